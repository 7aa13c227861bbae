// Entry of a worker thread started from the sources (worker-thread.ts): registers tsx so that the
// TypeScript module (workerData.entry) and what it imports load in the thread, whatever flags the main
// process was started with.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
