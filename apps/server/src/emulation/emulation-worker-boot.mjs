// Entry of the emulation worker thread: registers tsx so that the TypeScript worker (and the
// domain it imports) load in the thread, whatever flags the main process was started with.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
