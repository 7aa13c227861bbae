#!/usr/bin/env node
// The server's bundle, and whether it is current: `node scripts/server-build.mjs [--if-changed] [--root <dir>]`.
// `npm start` (scripts/start.mjs) runs the server from apps/server/dist/main.mjs: plain JavaScript bundled
// by esbuild from apps/server/src and the workspace packages, the npm packages left as imports. Loading
// ~500 TypeScript modules through tsx took ~2.5 s of CPU at every start; the bundle loads in ~0.6 s
// (docs/performance.md, "Start"; decisions 51 and 52). Tests, `npm run dev` and the CLI still run the sources.
// The bundle keeps the sources' layout where code finds files beside itself: main.mjs and its chunks
// sit in one folder two levels under apps/ (as src/ does, for ../../web/dist), the migrations are
// copied to dist/migrations (db/migrate.ts reads ./migrations), and each worker thread's module is
// bundled under its own name (worker-thread.ts: db/pglite-worker.ts -> pglite-worker.mjs).
// The bundle also carries new-database.tar.gz, a new embedded database with every migration applied
// (db/make-database-template.ts, ~5 s of CPU, made again only when the migrations or the packages
// changed): a first start on an empty data folder loads it instead of running initdb (~4 s less).
// It also carries new-demo-database.tar.gz, the same database with the demo seeded (~5 s of CPU, made
// again at every build: the seed runs the app's own use cases): a first start with SEED_DEMO loads it
// and has nothing to seed (decision 72).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourcesHash } from './web-build.mjs';

export const SERVER_STAMP_FILE = '.build-stamp.json';

/** What the bundle is made of besides node_modules (tests beside the sources are left out). */
const INPUTS = [
  'apps/server/src',
  'apps/server/package.json',
  'packages/contracts/package.json',
  'packages/contracts/src',
  'packages/domain/package.json',
  'packages/domain/src',
  'package-lock.json',
  'tsconfig.json',
  'scripts/server-build.mjs',
];

/** Entry points: the server, and the modules that worker threads run. */
const ENTRIES = [
  { in: 'apps/server/src/main.ts', out: 'main' },
  { in: 'apps/server/src/db/pglite-worker.ts', out: 'pglite-worker' },
  { in: 'apps/server/src/pooling/pooling-worker.ts', out: 'pooling-worker' },
  { in: 'apps/server/src/emulation/emulation-worker.ts', out: 'emulation-worker' },
  { in: 'apps/server/src/db/make-database-template.ts', out: 'make-database-template' },
];

export const TEMPLATE_FILE = 'new-database.tar.gz';
/** The template with the demo seeded: made at every build, from TEMPLATE_FILE. */
export const DEMO_TEMPLATE_FILE = 'new-demo-database.tar.gz';
/** What the database template is made of: it is made again only when one of these changed. */
const TEMPLATE_INPUTS = [
  'apps/server/src/db/migrations',
  'apps/server/src/db/migrate.ts',
  'apps/server/src/db/make-database-template.ts',
  'apps/server/src/jobs/index.ts',
  'package-lock.json',
];

export function serverDistDir(root) {
  return path.join(root, 'apps/server/dist');
}

/** The file `npm start` runs. */
export function serverMain(root) {
  return path.join(serverDistDir(root), 'main.mjs');
}

export function serverSourcesHash(root) {
  return sourcesHash(root, INPUTS);
}

/** Whether dist/ holds a finished bundle of exactly the sources in the tree; with the reason if not. */
export function serverBuildStatus(root) {
  if (!fs.existsSync(serverMain(root))) return { current: false, reason: 'no bundle yet' };
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(serverDistDir(root), SERVER_STAMP_FILE), 'utf8'));
  } catch {
    return { current: false, reason: 'the bundle has no stamp' };
  }
  if (stamp.sources !== serverSourcesHash(root)) return { current: false, reason: 'its sources changed' };
  return { current: true, reason: `built ${stamp.builtAt}` };
}

/** Bundles the server into a new folder, then puts it in place of dist/ with its stamp (a failed build leaves dist/ as it was). */
export async function buildServer(root) {
  const sources = serverSourcesHash(root); // before reading the sources: a change during the build is seen next time
  const esbuild = await import('esbuild');
  const dist = serverDistDir(root);
  const next = `${dist}.next`;
  fs.rmSync(next, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: next,
    bundle: true,
    splitting: true, // main.ts's dynamic imports stay separate chunks: the database opens while they load
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    keepNames: true, // bundling renames clashing functions and classes; errors keep their names
    logLevel: 'warning',
    plugins: [
      {
        name: 'npm-packages-external',
        setup(build) {
          // npm packages load from node_modules as they are; the workspace's own packages are bundled
          build.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('@mutualis/') || args.path.startsWith('node:')
              ? undefined
              : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  fs.cpSync(path.join(root, 'apps/server/src/db/migrations'), path.join(next, 'migrations'), { recursive: true });
  const template = makeTemplate(root, dist, next);
  const demo = template !== null && makeDemoTemplate(root, next);
  fs.writeFileSync(
    path.join(next, SERVER_STAMP_FILE),
    `${JSON.stringify({ sources, template, demo, builtAt: new Date().toISOString() }, null, 2)}\n`,
  );
  fs.rmSync(dist, { recursive: true, force: true });
  fs.renameSync(next, dist);
}

/**
 * Puts the database template in `next`: the previous bundle's if it was made of the same inputs, else
 * a new one. Returns the hash of its inputs, or null if it could not be made (a first start then runs
 * initdb, as without a bundle).
 */
function makeTemplate(root, dist, next) {
  const inputs = sourcesHash(root, TEMPLATE_INPUTS);
  try {
    const previous = JSON.parse(fs.readFileSync(path.join(dist, SERVER_STAMP_FILE), 'utf8'));
    if (previous.template === inputs && fs.existsSync(path.join(dist, TEMPLATE_FILE))) {
      fs.copyFileSync(path.join(dist, TEMPLATE_FILE), path.join(next, TEMPLATE_FILE));
      return inputs;
    }
  } catch {
    // no previous bundle
  }
  const made = spawnSync(
    process.execPath,
    [path.join(next, 'make-database-template.mjs'), path.join(next, TEMPLATE_FILE)],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (made.status === 0) return inputs;
  fs.rmSync(path.join(next, TEMPLATE_FILE), { force: true });
  console.warn(`the new database's template could not be made (first starts will run initdb):\n${made.stderr}`);
  return null;
}

/**
 * Puts the template with the demo seeded in `next`, made from its new template by the bundle's own
 * seed. Returns whether it was made (if not, a first start seeds the demo itself, as without a bundle).
 */
function makeDemoTemplate(root, next) {
  const made = spawnSync(
    process.execPath,
    [
      path.join(next, 'make-database-template.mjs'),
      '--demo',
      path.join(next, DEMO_TEMPLATE_FILE),
      path.join(next, TEMPLATE_FILE),
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (made.status === 0) return true;
  fs.rmSync(path.join(next, DEMO_TEMPLATE_FILE), { force: true });
  console.warn(`the demo database's template could not be made (first starts will seed the demo):\n${made.stderr}`);
  return false;
}

/** Builds the bundle if it is missing or stale; says which, with the time it took. */
export async function ensureServerBuild(root, log = console.log) {
  const started = performance.now();
  const status = serverBuildStatus(root);
  if (status.current) {
    log(`server bundle up to date (${status.reason}), not rebuilt [${Math.round(performance.now() - started)} ms]`);
    return;
  }
  await buildServer(root);
  log(`server bundled: ${status.reason} [${Math.round(performance.now() - started)} ms]`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const rootAt = args.indexOf('--root');
  const root =
    rootAt >= 0 ? path.resolve(args[rootAt + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  if (args.includes('--if-changed')) await ensureServerBuild(root);
  else await buildServer(root);
}
