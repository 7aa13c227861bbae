import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// packages/domain/src/demo-data/random.ts
function cyrb128(text) {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ h1 >>> 18, 597399067);
  h2 = Math.imul(h4 ^ h2 >>> 22, 2869860233);
  h3 = Math.imul(h1 ^ h3 >>> 17, 951274213);
  h4 = Math.imul(h2 ^ h4 >>> 19, 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
__name(cyrb128, "cyrb128");
var hex = /* @__PURE__ */ __name((n) => (n >>> 0).toString(16).padStart(8, "0"), "hex");
function createRng(seed) {
  const key = String(seed);
  let [a, b, c, d] = cyrb128(key);
  const nextU32 = /* @__PURE__ */ __name(() => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = a + b | 0;
    a = b ^ b >>> 9;
    b = c + (c << 3) | 0;
    c = c << 21 | c >>> 11;
    d = d + 1 | 0;
    t = t + d | 0;
    c = c + t | 0;
    return t >>> 0;
  }, "nextU32");
  for (let i = 0; i < 12; i++) nextU32();
  const next = /* @__PURE__ */ __name(() => nextU32() / 4294967296, "next");
  const rng = {
    next,
    int: /* @__PURE__ */ __name((min, max) => min + Math.floor(next() * (max - min + 1)), "int"),
    chance: /* @__PURE__ */ __name((p) => next() < p, "chance"),
    pick: /* @__PURE__ */ __name((items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)];
    }, "pick"),
    weighted: /* @__PURE__ */ __name((items) => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return items[items.length - 1][0];
    }, "weighted"),
    normal: /* @__PURE__ */ __name((mean, sd) => {
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }, "normal"),
    fork: /* @__PURE__ */ __name((label) => createRng(`${key}/${label}`), "fork"),
    uuid: /* @__PURE__ */ __name(() => {
      const w = [nextU32(), nextU32(), nextU32(), nextU32()].map(hex).join("");
      const variant = (Number.parseInt(w[16], 16) & 3 | 8).toString(16);
      return `${w.slice(0, 8)}-${w.slice(8, 12)}-4${w.slice(13, 16)}-${variant}${w.slice(17, 20)}-${w.slice(20, 32)}`;
    }, "uuid")
  };
  return rng;
}
__name(createRng, "createRng");

// packages/domain/src/governance/emulation.ts
var DEFAULT_EMULATION_ASSUMPTIONS = {
  participationRate: 0.1,
  needsPerFirm: { micro: 1, small: 2, medium: 3, large: 4 },
  topics: 12,
  periods: 6,
  virtualShare: 0.3,
  coursePrice: { fixedCostCents: 18e4, seatCostCents: 9e3, minSeats: 6, maxSeats: 14 },
  minFirmsPerSession: 2,
  operatingCostCents: 9e6,
  publicFundingShare: 0.5,
  timeLimitSeconds: 2,
  seed: 1
};
var SEATS_BY_SIZE = { micro: [1, 2], small: [1, 4], medium: [2, 8], large: [3, 12] };
function hashOf(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
__name(hashOf, "hashOf");
function poisson(rng, mean) {
  if (mean <= 0) return 0;
  const limit = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rng.next();
  } while (p > limit && k < 50);
  return k - 1;
}
__name(poisson, "poisson");
function participatingFirms(counts, rate) {
  return counts.map((c) => ({ scianCode: c.scianCode, sizeClass: c.sizeClass, firms: Math.round(c.firms * Math.min(1, Math.max(0, rate))) }));
}
__name(participatingFirms, "participatingFirms");
var periodCode = /* @__PURE__ */ __name((i) => `2030-${String(i % 12 + 1).padStart(2, "0")}`, "periodCode");
function emulationProblem(counts, a, rate = a.participationRate) {
  const rng = createRng(`emulation/${a.seed}`);
  const region = "territory";
  const periods = Array.from({ length: Math.max(1, Math.min(12, a.periods)) }, (_, i) => periodCode(i));
  const topics = Array.from({ length: Math.max(1, a.topics) }, (_, i) => `topic-${String(i + 1).padStart(2, "0")}`);
  const weights = topics.map((_, i) => 1 / (i + 1) ** 0.9);
  const needs = [];
  const members = [];
  const firmsBySize = { micro: 0, small: 0, medium: 0, large: 0 };
  let firmNo = 0;
  let seats = 0;
  for (const row of participatingFirms(counts, rate)) {
    const order = [...topics].sort((x, y) => hashOf(`${row.scianCode}/${x}`) - hashOf(`${row.scianCode}/${y}`));
    const byRow = rng.fork(`${row.scianCode}/${row.sizeClass}`);
    for (let f = 0; f < row.firms; f++) {
      firmNo++;
      firmsBySize[row.sizeClass]++;
      const memberId = `f${firmNo}`;
      members.push({ id: memberId, sizeClass: row.sizeClass });
      const count = Math.max(1, poisson(byRow, a.needsPerFirm[row.sizeClass]));
      const chosen = /* @__PURE__ */ new Set();
      for (let k = 0; k < count && chosen.size < order.length; k++) {
        let topic = byRow.weighted(order.map((t, i) => [t, weights[i]]));
        while (chosen.has(topic)) topic = order[(order.indexOf(topic) + 1) % order.length];
        chosen.add(topic);
        const [lo, hi] = SEATS_BY_SIZE[row.sizeClass];
        const n = byRow.int(lo, hi);
        const span = byRow.int(1, Math.min(3, periods.length));
        const start = byRow.int(0, periods.length - span);
        needs.push({
          id: `n${needs.length + 1}`,
          memberId,
          topic,
          seats: n,
          region,
          languages: ["fr"],
          modes: byRow.chance(a.virtualShare) ? ["in_person", "virtual"] : ["in_person"],
          periods: periods.slice(start, start + span)
        });
        seats += n;
      }
    }
  }
  const price = a.coursePrice;
  const offers = [];
  topics.forEach((topic, i) => {
    const jitter = 0.8 + 0.4 * rng.fork(`price/${i}`).next();
    const fixedCost = Math.round(price.fixedCostCents * jitter / 100);
    const seatCost = Math.round(price.seatCostCents * jitter / 100);
    const common = { topic, language: "fr", periods, fixedCost, seatCost, minSeats: price.minSeats, maxSeats: price.maxSeats, maxSessions: 20 };
    offers.push({ id: `o${i + 1}-in-person`, providerId: `p${i % 4 + 1}`, mode: "in_person", regions: [region], ...common });
    offers.push({ id: `o${i + 1}-virtual`, providerId: `p${i % 4 + 1}`, mode: "virtual", regions: [], ...common, fixedCost: Math.round(fixedCost * 0.8) });
  });
  return {
    problem: {
      periods,
      needs,
      offers,
      members,
      policy: { unservedSeatPenalty: 1e3, minMembersPerSession: Math.max(1, a.minFirmsPerSession), timeLimitSeconds: a.timeLimitSeconds }
    },
    firms: firmNo,
    firmsBySize,
    seats
  };
}
__name(emulationProblem, "emulationProblem");
function participationLevels(rate) {
  const levels = [0.25, 0.5, 1, 1.5, 2].map((m) => Math.min(1, Math.round(rate * m * 1e3) / 1e3)).filter((r) => r > 0);
  return [.../* @__PURE__ */ new Set([...levels, Math.round(rate * 1e3) / 1e3])].sort((x, y) => x - y);
}
__name(participationLevels, "participationLevels");
function emulationPoint(rate, generated, plan, a) {
  const cents = /* @__PURE__ */ __name((dollars) => Math.round(dollars * 100), "cents");
  const sessions = plan.sessions.length;
  const firmsPerSession = sessions === 0 ? 0 : plan.sessions.reduce((n, s) => n + new Set(s.allocations.map((x) => x.memberId)).size, 0) / sessions;
  const standalone = cents(plan.totals.standaloneCost);
  const savings = cents(plan.totals.savings);
  const uncovered = Math.round(a.operatingCostCents * (1 - Math.min(1, Math.max(0, a.publicFundingShare))));
  return {
    participationRate: rate,
    firms: generated.firms,
    needs: generated.needs,
    seats: generated.seats,
    seatsServed: plan.totals.seatsServed,
    sessions,
    firmsPerSession: Math.round(firmsPerSession * 100) / 100,
    pooledCostCents: cents(plan.totals.cost),
    standaloneCostCents: standalone,
    savingsCents: savings,
    savingsShare: standalone > 0 ? Math.round(savings / standalone * 1e4) / 1e4 : 0,
    savingsPerFirmCents: generated.firms > 0 ? Math.round(savings / generated.firms) : 0,
    uncoveredCostCents: uncovered,
    viable: generated.firms > 0 && savings >= uncovered
  };
}
__name(emulationPoint, "emulationPoint");
function membersNeededToBeViable(points) {
  const sorted = [...points].sort((x, y) => x.firms - y.firms);
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i];
    if (!p.viable) continue;
    const before = sorted[i - 1];
    if (!before || before.savingsCents >= p.savingsCents) return p.firms;
    const need = p.uncoveredCostCents;
    const t = (need - before.savingsCents) / (p.savingsCents - before.savingsCents);
    return Math.max(before.firms + 1, Math.ceil(before.firms + Math.max(0, Math.min(1, t)) * (p.firms - before.firms)));
  }
  return null;
}
__name(membersNeededToBeViable, "membersNeededToBeViable");

export {
  createRng,
  DEFAULT_EMULATION_ASSUMPTIONS,
  emulationProblem,
  participationLevels,
  emulationPoint,
  membersNeededToBeViable
};
//# sourceMappingURL=chunk-G25H5M32.mjs.map
