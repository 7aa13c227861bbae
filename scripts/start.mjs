#!/usr/bin/env node
// `npm start`: builds what is stale, then runs the server, in one process.
// The web app is built only when its sources changed (scripts/web-build.mjs, ~15 s), the server's
// bundle likewise (scripts/server-build.mjs, ~1 s); then the bundle runs here (apps/server/dist/main.mjs),
// without tsx (decisions 50 and 51).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureServerBuild, serverMain } from './server-build.mjs';
import { buildWeb, webBuildStatus } from './web-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const started = performance.now();
const web = webBuildStatus(root);
if (web.current) {
  console.log(`web app up to date (${web.reason}), not rebuilt [${Math.round(performance.now() - started)} ms]`);
} else {
  console.log(`building the web app: ${web.reason}`);
  const status = buildWeb(root);
  if (status !== 0) process.exit(status);
}
await ensureServerBuild(root);
process.setSourceMapsEnabled(true); // stack traces name the TypeScript sources
await import(pathToFileURL(serverMain(root)).href);
