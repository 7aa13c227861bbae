#!/usr/bin/env node
// Runs the test suite: `node scripts/run-tests.mjs [domain|api|unit|browser|all] [name …] [--watch]` (default all).
//   domain   the pure packages (packages/*): answers in well under a minute
//   api      the server (API tests on a fresh database per file), the scripts and the web app's non-browser tests
//   unit     domain + api (what CI runs on each database)
//   browser  the browser tests (builds the web app first; needs /usr/bin/chromium)
//   all      unit then browser (browser skipped with a message when Chromium is missing)
// names after the set keep only the files whose name starts with one of them
//   (`browser finance privacy` runs finance.browser.test.ts and privacy.browser.test.ts); a name that
//   matches no file fails.
// --watch re-runs the chosen set's files when they or what they import change (node --test --watch).
// Node 20's test runner does not expand globs, so the files are found here; finding none fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const watch = args.includes('--watch');
const [which = 'all', ...names] = args.filter((a) => !a.startsWith('--'));
const SETS = ['domain', 'api', 'unit', 'browser', 'all'];
if (!SETS.includes(which)) {
  console.error(`unknown test set "${which}": use ${SETS.join(', ')}`);
  process.exit(2);
}
if (watch && which === 'all') {
  console.error('--watch needs one set: domain, api, unit or browser');
  process.exit(2);
}

function find(dir, predicate, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) find(full, predicate, out);
    else if (predicate(full)) out.push(path.relative(root, full));
  }
  return out;
}

const isTest = (f) => /\.test\.tsx?$/.test(f);
const isBrowserTest = (f) => /\.browser\.test\.ts$/.test(f);
const domain = find(path.join(root, 'packages'), isTest).sort();
const api = [
  ...find(path.join(root, 'apps/server'), isTest),
  ...find(path.join(root, 'scripts'), isTest),
  ...find(path.join(root, 'apps/web/test'), (f) => isTest(f) && !isBrowserTest(f)),
].sort();
const browser = find(path.join(root, 'apps/web/test'), isBrowserTest).sort();

function run(all, label, extraArgs = []) {
  const files = names.length === 0 ? all : all.filter((f) => names.some((n) => path.basename(f).startsWith(n)));
  for (const n of names) {
    if (!all.some((f) => path.basename(f).startsWith(n))) {
      console.error(`no ${label} test file starts with "${n}"`);
      process.exit(1);
    }
  }
  if (files.length === 0) {
    console.error(`no ${label} test files found`);
    process.exit(1);
  }
  console.log(`running ${files.length} ${label} test file(s)${watch ? ' (watching)' : ''}`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', ...(watch ? ['--watch'] : []), ...extraArgs, ...files],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'test' },
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (which === 'domain') run(domain, 'domain', ['--test-concurrency=2']);
if (which === 'api') run(api, 'API', ['--test-concurrency=2']);
if (which === 'unit' || which === 'all') run([...domain, ...api], 'unit and API', ['--test-concurrency=2']);
if (which === 'browser' || which === 'all') {
  if (which === 'all' && !fs.existsSync('/usr/bin/chromium')) {
    console.log(
      'browser tests skipped: /usr/bin/chromium is not installed (apt-get install -y chromium); .ci/run installs it',
    );
  } else {
    // the browser tests use the built app, as `npm start` serves it: build only when its sources changed
    const build = spawnSync(process.execPath, ['scripts/web-build.mjs', '--if-changed'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
    run(browser, 'browser', ['--test-concurrency=1']);
  }
}
