import {
  applyAdjustments
} from "./chunk-DHZEEJPS.mjs";
import "./chunk-UP7KH2ZN.mjs";
import {
  solvePooling
} from "./chunk-CECXGVCG.mjs";
import {
  InvalidPoolingProblemError
} from "./chunk-KNC77P3G.mjs";
import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// apps/server/src/pooling/pooling-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { problem, adjustments } = workerData;
var post = /* @__PURE__ */ __name((m) => parentPort?.postMessage(m), "post");
try {
  const adjusted = applyAdjustments(problem, adjustments);
  const plan = await solvePooling(adjusted.problem, {
    onProgress: /* @__PURE__ */ __name((p) => post({ type: "progress", progress: { ...p } }), "onProgress")
  });
  post({ type: "done", plan: adjusted.restorePlan(plan) });
} catch (error) {
  const message = error instanceof InvalidPoolingProblemError ? `invalid problem: ${error.message}` : error instanceof Error ? error.message : String(error);
  post({ type: "failed", message });
}
//# sourceMappingURL=pooling-worker.mjs.map
