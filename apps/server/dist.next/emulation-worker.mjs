import {
  emulationPoint,
  emulationProblem
} from "./chunk-G25H5M32.mjs";
import {
  solvePooling
} from "./chunk-CECXGVCG.mjs";
import "./chunk-KNC77P3G.mjs";
import "./chunk-PAWJFY3S.mjs";

// apps/server/src/emulation/emulation-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { counts, assumptions, levels } = workerData;
var started = Date.now();
try {
  const points = [];
  for (const rate of levels) {
    const generated = emulationProblem(counts, assumptions, rate);
    if (generated.problem.needs.length === 0) {
      points.push(emulationPoint(rate, { ...generated, needs: 0 }, { sessions: [], totals: { cost: 0, standaloneCost: 0, savings: 0, seatsServed: 0 } }, assumptions));
      continue;
    }
    const plan = await solvePooling(generated.problem);
    points.push(emulationPoint(rate, { ...generated, needs: generated.problem.needs.length }, plan, assumptions));
  }
  parentPort?.postMessage({ type: "done", points, milliseconds: Date.now() - started });
} catch (error) {
  parentPort?.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) });
}
//# sourceMappingURL=emulation-worker.mjs.map
