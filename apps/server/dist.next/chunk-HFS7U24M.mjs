import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// apps/server/src/worker-thread.ts
import { Worker } from "node:worker_threads";
var fromBundle = import.meta.url.endsWith(".mjs");
var boot = new URL("./worker-boot.mjs", import.meta.url);
function startWorkerThread(source, workerData) {
  if (fromBundle) return new Worker(new URL(source.href.replace(/\.ts$/, ".mjs")), { workerData });
  return new Worker(boot, { workerData: { ...workerData, entry: source.href } });
}
__name(startWorkerThread, "startWorkerThread");

export {
  startWorkerThread
};
//# sourceMappingURL=chunk-HFS7U24M.mjs.map
