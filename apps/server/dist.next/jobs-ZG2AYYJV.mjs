import {
  failInterruptedPoolingRuns,
  startDeliveryJobs
} from "./chunk-OYUDEUZA.mjs";
import {
  startOutboxSender
} from "./chunk-BGY2DUO2.mjs";
import "./chunk-DHZEEJPS.mjs";
import "./chunk-UP7KH2ZN.mjs";
import "./chunk-CECXGVCG.mjs";
import "./chunk-KNC77P3G.mjs";
import "./chunk-HFS7U24M.mjs";
import "./chunk-YGYWNK2I.mjs";
import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// apps/server/src/jobs/index.ts
function startBackgroundJobs(deps) {
  const loops = [startOutboxSender(deps)];
  void failInterruptedPoolingRuns(deps).catch((error) => console.error("pooling: could not fail interrupted runs", error));
  loops.push({ stop: /* @__PURE__ */ __name(() => deps.poolingRuns.stop(), "stop") });
  loops.push(startDeliveryJobs(deps));
  return {
    async stop() {
      await Promise.all(loops.map((loop) => loop.stop()));
    }
  };
}
__name(startBackgroundJobs, "startBackgroundJobs");
export {
  startBackgroundJobs
};
//# sourceMappingURL=jobs-ZG2AYYJV.mjs.map
