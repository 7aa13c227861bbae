import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// packages/domain/src/pooling-runs/plan-measures.ts
var PLAN_SOLVER_STEPS = ["milp", "neighbourhood search", "heuristic", "baseline"];
var PLAN_COMPARISON_KEYS = ["realCost", "seatsServed", "seatsUnserved", "costPerSeatServed", "aloneCost", "savingVsAlone", "objective"];
var PLAN_MEASURE_KINDS = ["money", "seats", "score"];

// packages/domain/src/pooling-runs/run-status.ts
var POOLING_RUN_STATUSES = ["queued", "running", "succeeded", "failed", "cancelled"];
var ACTIVE_POOLING_RUN_STATUSES = ["queued", "running"];
function poolingRunHasPlan(status) {
  return status === "succeeded";
}
__name(poolingRunHasPlan, "poolingRunHasPlan");

export {
  PLAN_SOLVER_STEPS,
  PLAN_COMPARISON_KEYS,
  PLAN_MEASURE_KINDS,
  POOLING_RUN_STATUSES,
  ACTIVE_POOLING_RUN_STATUSES,
  poolingRunHasPlan
};
//# sourceMappingURL=chunk-UP7KH2ZN.mjs.map
