#!/usr/bin/env node
// The web app's build, and whether it is current: `node scripts/web-build.mjs [--if-changed] [--root <dir>]`.
// `npm start` runs it with --if-changed: the build (15 s here) runs only when apps/web/dist is missing
// or was built from other sources than those in the tree. The build itself (vite.config.ts) writes
// dist/.build-stamp.json with the hash of its inputs, and precompresses every text file (.br, .gz).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const STAMP_FILE = '.build-stamp.json';

/**
 * What the web build reads besides node_modules: the app, its static files, its configuration, the
 * packages it bundles (contracts, domain), and the lockfile (which stands for node_modules). Tests beside
 * the sources are left out: they change nothing in the build.
 */
const INPUTS = [
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/package.json',
  'apps/web/src',
  'apps/web/public',
  'packages/contracts/package.json',
  'packages/contracts/src',
  'packages/domain/package.json',
  'packages/domain/src',
  'package-lock.json',
  'tsconfig.json',
  'scripts/web-build.mjs',
];
const isTest = (name) => /\.test\.tsx?$/.test(name);

function listFiles(root, rel, out) {
  const full = path.join(root, rel);
  let stat;
  try {
    stat = fs.statSync(full);
  } catch {
    return out; // an input that does not exist (no public/ folder) counts as empty
  }
  if (stat.isFile()) {
    out.push(rel);
    return out;
  }
  for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || isTest(entry.name)) continue;
    listFiles(root, path.posix.join(rel, entry.name), out);
  }
  return out;
}

/** SHA-256 over the path and content of every file of `inputs` (files or folders under root), in a fixed order. */
export function sourcesHash(root, inputs) {
  const hash = createHash('sha256');
  const files = inputs.flatMap((input) => listFiles(root, input, [])).sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return `sha256:${hash.digest('hex')}`;
}

/** The hash of the web build's inputs, kept in its stamp. */
export function webSourcesHash(root) {
  return sourcesHash(root, INPUTS);
}

export function distDir(root) {
  return path.join(root, 'apps/web/dist');
}

/** Written by the build once every file is in dist/ (a build that fails half-way leaves no stamp). */
export function writeStamp(root, sourcesHash = webSourcesHash(root)) {
  const stamp = { sources: sourcesHash, builtAt: new Date().toISOString() };
  fs.writeFileSync(path.join(distDir(root), STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
}

/** Whether dist/ holds a finished build of exactly the sources in the tree; with the reason if not. */
export function webBuildStatus(root) {
  const dist = distDir(root);
  if (!fs.existsSync(path.join(dist, 'index.html'))) return { current: false, reason: 'no build yet' };
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(dist, STAMP_FILE), 'utf8'));
  } catch {
    return { current: false, reason: 'the build has no stamp' };
  }
  if (stamp.sources !== webSourcesHash(root)) return { current: false, reason: 'its sources changed' };
  return { current: true, reason: `built ${stamp.builtAt}` };
}

/** Runs `vite build` in apps/web (which writes the stamp); returns its exit status. */
export function buildWeb(root) {
  // vite as the web app resolves it (apps/web/node_modules/vite, or hoisted)
  const vitePackage = createRequire(path.join(root, 'apps/web/package.json')).resolve('vite/package.json');
  const vite = path.join(path.dirname(vitePackage), 'bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: path.join(root, 'apps/web'), stdio: 'inherit' });
  return result.status ?? 1;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const rootAt = args.indexOf('--root');
  const root =
    rootAt >= 0 ? path.resolve(args[rootAt + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const started = performance.now();
  if (args.includes('--if-changed')) {
    const status = webBuildStatus(root);
    if (status.current) {
      console.log(`web app up to date (${status.reason}), not rebuilt [${Math.round(performance.now() - started)} ms]`);
      process.exit(0);
    }
    console.log(`building the web app: ${status.reason}`);
  }
  process.exit(buildWeb(root));
}
