import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { STAMP_FILE, webBuildStatus, webSourcesHash, writeStamp } from './web-build.mjs';

// Issue #15: `npm start` rebuilds the web app only when its sources changed.

const here = path.dirname(fileURLToPath(import.meta.url));
const script = path.join(here, 'web-build.mjs');

/** A tree with the web build's inputs and a finished build in apps/web/dist. */
function fixture(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mutualis-webbuild-'));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write('apps/web/index.html', '<div id="root"></div>');
  write('apps/web/vite.config.ts', 'export default {};');
  write('apps/web/package.json', '{}');
  write('apps/web/src/main.tsx', 'console.log(1);');
  write('apps/web/src/i18n/locales/fr/common.json', '{"a":"b"}');
  write('packages/contracts/src/index.ts', 'export const x = 1;');
  write('packages/domain/src/index.ts', 'export const y = 1;');
  write('package-lock.json', '{"lockfileVersion":3}');
  write('apps/web/dist/index.html', '<html></html>');
  return root;
}

describe('web build: rebuilt only when its sources changed', () => {
  it('given a build stamped with the sources, then it is current; a changed, added or removed source makes it stale', () => {
    const root = fixture();
    try {
      assert.deepEqual(webBuildStatus(root), { current: false, reason: 'the build has no stamp' });
      writeStamp(root);
      assert.equal(webBuildStatus(root).current, true);

      fs.writeFileSync(path.join(root, 'apps/web/src/main.tsx'), 'console.log(2);');
      assert.deepEqual(webBuildStatus(root), { current: false, reason: 'its sources changed' });
      writeStamp(root);
      fs.mkdirSync(path.join(root, 'apps/web/src/i18n/locales/en'));
      fs.writeFileSync(path.join(root, 'apps/web/src/i18n/locales/en/common.json'), '{"a":"c"}');
      assert.equal(webBuildStatus(root).current, false, 'a new locale file (found by a glob import)');
      writeStamp(root);
      fs.writeFileSync(path.join(root, 'packages/contracts/src/index.ts'), 'export const x = 2;');
      assert.equal(webBuildStatus(root).current, false, 'the contracts are bundled');
      writeStamp(root);
      fs.writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3,"x":1}');
      assert.equal(webBuildStatus(root).current, false, 'dependencies changed');
      writeStamp(root);
      fs.rmSync(path.join(root, 'packages/domain/src/index.ts'));
      assert.equal(webBuildStatus(root).current, false, 'a removed file');
      writeStamp(root);

      // tests beside the sources do not go into the build
      fs.writeFileSync(path.join(root, 'packages/contracts/src/index.test.ts'), 'test');
      assert.equal(webBuildStatus(root).current, true);
      // a missing build
      fs.rmSync(path.join(root, 'apps/web/dist/index.html'));
      assert.deepEqual(webBuildStatus(root), { current: false, reason: 'no build yet' });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('hashes paths as well as contents', () => {
    const root = fixture();
    try {
      const before = webSourcesHash(root);
      fs.renameSync(path.join(root, 'apps/web/src/main.tsx'), path.join(root, 'apps/web/src/other.tsx'));
      assert.notEqual(webSourcesHash(root), before);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('given unchanged sources, then `web-build.mjs --if-changed` (what npm start runs) does not build, in well under a second', () => {
    const root = fixture();
    try {
      writeStamp(root);
      const t0 = performance.now();
      // the fixture has no vite: a build would fail
      const result = spawnSync(process.execPath, [script, '--if-changed', '--root', root], { encoding: 'utf8' });
      const ms = performance.now() - t0;
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /web app up to date .*not rebuilt/);
      assert.ok(ms < 5000, `${ms.toFixed(0)} ms (a node start and one hash)`);
      assert.ok(fs.existsSync(path.join(root, 'apps/web/dist', STAMP_FILE)));

      fs.writeFileSync(path.join(root, 'apps/web/src/main.tsx'), 'console.log(3);');
      const stale = spawnSync(process.execPath, [script, '--if-changed', '--root', root], { encoding: 'utf8' });
      assert.match(stale.stdout, /building the web app: its sources changed/);
      assert.notEqual(stale.status, 0, 'it tried to build (and the fixture has no vite)');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('npm start checks the build before starting the server, and the test runner does the same before browser tests', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(here, '../package.json'), 'utf8'));
    assert.equal(pkg.scripts.start, 'node scripts/start.mjs');
    const start = fs.readFileSync(path.join(here, 'start.mjs'), 'utf8');
    assert.ok(start.indexOf('webBuildStatus(root)') < start.indexOf('await import('), 'the web app is checked first');
    assert.match(fs.readFileSync(path.join(here, 'run-tests.mjs'), 'utf8'), /web-build\.mjs', '--if-changed'/);
  });
});
