// Worker threads on the server's TypeScript modules, from the sources or from the server bundle.
// From the sources (tests, `npm run dev`, the CLI) a thread first registers tsx (worker-boot.mjs), then
// loads the module; from the bundle that `npm start` runs (scripts/server-build.mjs), the module was
// bundled beside it as plain JavaScript of the same name, and the thread loads that at once.
import { Worker } from 'node:worker_threads';

const fromBundle = import.meta.url.endsWith('.mjs');
const boot = new URL('./worker-boot.mjs', import.meta.url);

/** A thread running `source` (a .ts module's URL), with `workerData`. */
export function startWorkerThread(source: URL, workerData: Record<string, unknown>): Worker {
  if (fromBundle) return new Worker(new URL(source.href.replace(/\.ts$/, '.mjs')), { workerData });
  return new Worker(boot, { workerData: { ...workerData, entry: source.href } });
}
