// Entry of the embedded database's thread (db/pglite-worker.ts): registers tsx so that the TypeScript
// module loads in the thread, whatever flags the main process was started with.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
