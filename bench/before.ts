// "Before" and "after" in one run: a copy of an earlier commit (git archive, no worktree registered)
// beside this tree, sharing this tree's node_modules except the workspace packages, which point at
// the copy's own. Benchmarks start its server next to ours and print both figures side by side.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './server-process.ts';

/** The commit before issue #15's changes: the figures the issue quotes come from this code. */
export const BEFORE_REV = '0ffd782';

export interface Checkout {
  root: string;
  rev: string;
  remove(): void;
}

/** Extracts `rev` into a temporary folder with a node_modules of links; remove() deletes it. */
export function checkoutBefore(rev = BEFORE_REV): Checkout {
  const sha = execFileSync('git', ['rev-parse', '--short', `${rev}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mutualis-before-${sha}-`));
  const archive = path.join(dir, '.archive.tar');
  execFileSync('git', ['archive', '--format=tar', '-o', archive, sha], { cwd: root });
  execFileSync('tar', ['-xf', archive, '-C', dir]);
  fs.rmSync(archive);
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(modules);
  for (const entry of fs.readdirSync(path.join(root, 'node_modules'))) {
    if (entry === '@mutualis') continue;
    fs.symlinkSync(path.join(root, 'node_modules', entry), path.join(modules, entry));
  }
  fs.mkdirSync(path.join(modules, '@mutualis'));
  for (const [name, where] of [
    ['contracts', 'packages/contracts'],
    ['domain', 'packages/domain'],
    ['server', 'apps/server'],
    ['web', 'apps/web'],
  ]) {
    if (fs.existsSync(path.join(dir, where)))
      fs.symlinkSync(path.join(dir, where), path.join(modules, '@mutualis', name));
  }
  // the web app's own node_modules (vite, plugin-react, a second @mantine), for a build of the copy
  const webModules = path.join(root, 'apps/web/node_modules');
  if (fs.existsSync(webModules) && fs.existsSync(path.join(dir, 'apps/web'))) {
    fs.symlinkSync(webModules, path.join(dir, 'apps/web/node_modules'));
  }
  return { root: dir, rev: sha, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
