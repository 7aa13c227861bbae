import {
  PLAN_SOLVER_STEPS
} from "./chunk-UP7KH2ZN.mjs";
import {
  shareSession,
  standaloneCostCents
} from "./chunk-CECXGVCG.mjs";
import {
  parsePoolingProblem
} from "./chunk-KNC77P3G.mjs";
import {
  __name
} from "./chunk-PAWJFY3S.mjs";

// packages/domain/src/pooling-runs/standalone-by-need.ts
function compatible(n, o) {
  return o.topic === n.topic && n.languages.includes(o.language) && n.modes.includes(o.mode) && o.periods.some((p) => n.periods.includes(p)) && (o.mode === "virtual" || o.regions.includes(n.region));
}
__name(compatible, "compatible");
function standaloneCostByNeedCents(problemInput, servedSeats) {
  const problem = parsePoolingProblem(problemInput);
  const out = /* @__PURE__ */ new Map();
  for (const n of problem.needs) {
    const seats = servedSeats.get(n.id);
    if (seats === void 0) continue;
    const cost = standaloneCostCents(
      problem.offers.filter((o) => compatible(n, o)),
      seats
    );
    out.set(n.id, Number.isFinite(cost) ? cost : null);
  }
  return out;
}
__name(standaloneCostByNeedCents, "standaloneCostByNeedCents");

// packages/domain/src/pooling-runs/adjustments.ts
var InvalidAdjustmentError = class extends Error {
  static {
    __name(this, "InvalidAdjustmentError");
  }
  field;
  constructor(field, message) {
    super(`${field}: ${message}`);
    this.name = "InvalidAdjustmentError";
    this.field = field;
  }
};
var sep = "~";
function applyAdjustments(problem, adjustments) {
  const pins = adjustments.pins ?? [];
  const excludedSessions = adjustments.excludeSessions ?? [];
  const excludedNeeds = new Set(adjustments.excludeNeeds ?? []);
  const needById = new Map(problem.needs.map((n) => [n.id, n]));
  const offerById = new Map(problem.offers.map((o) => [o.id, o]));
  const usedIds = /* @__PURE__ */ new Set([...needById.keys(), ...offerById.keys()]);
  const freshId = /* @__PURE__ */ __name((base) => {
    let id = base;
    for (let k = 2; usedIds.has(id); k++) id = `${base}${sep}${k}`;
    usedIds.add(id);
    return id;
  }, "freshId");
  (adjustments.excludeNeeds ?? []).forEach((id, i) => {
    if (!needById.has(id)) throw new InvalidAdjustmentError(`excludeNeeds[${i}]`, `need "${id}" is not in the problem`);
  });
  excludedSessions.forEach((x, i) => {
    const o = offerById.get(x.offerId);
    if (!o) throw new InvalidAdjustmentError(`excludeSessions[${i}].offerId`, `offer "${x.offerId}" is not in the problem`);
  });
  const pinnedSeats = /* @__PURE__ */ new Map();
  const pinsPerSlot = /* @__PURE__ */ new Map();
  pins.forEach((pin, i) => {
    const where = `pins[${i}]`;
    const o = offerById.get(pin.offerId);
    if (!o) throw new InvalidAdjustmentError(`${where}.offerId`, `offer "${pin.offerId}" is not in the problem`);
    if (!problem.periods.includes(pin.period)) throw new InvalidAdjustmentError(`${where}.period`, `period "${pin.period}" is not in the problem`);
    if (excludedSessions.some((x) => x.offerId === pin.offerId && x.period === pin.period && (o.mode === "virtual" || x.region === pin.region)))
      throw new InvalidAdjustmentError(where, `session "${pin.id}" is both pinned and excluded`);
    pin.allocations.forEach((a, j) => {
      if (!needById.has(a.needId)) throw new InvalidAdjustmentError(`${where}.allocations[${j}].needId`, `need "${a.needId}" is not in the problem`);
      if (excludedNeeds.has(a.needId)) throw new InvalidAdjustmentError(`${where}.allocations[${j}].needId`, `need "${a.needId}" is both pinned and excluded`);
      pinnedSeats.set(a.needId, (pinnedSeats.get(a.needId) ?? 0) + a.seats);
    });
    const key = `${pin.offerId}\0${pin.period}`;
    pinsPerSlot.set(key, (pinsPerSlot.get(key) ?? 0) + 1);
    if ((pinsPerSlot.get(key) ?? 0) > (o.maxSessions ?? 1))
      throw new InvalidAdjustmentError(where, `offer "${o.id}" cannot run more than ${o.maxSessions ?? 1} session(s) in ${pin.period}`);
  });
  for (const [needId, seats] of pinnedSeats) {
    const n = needById.get(needId);
    if (seats > n.seats) throw new InvalidAdjustmentError("pins", `need "${needId}" has ${n.seats} seats but pins hold ${seats}`);
  }
  const offerOrigin = /* @__PURE__ */ new Map();
  const needOrigin = /* @__PURE__ */ new Map();
  const needs = [];
  for (const n of problem.needs) {
    if (excludedNeeds.has(n.id)) continue;
    const left = n.seats - (pinnedSeats.get(n.id) ?? 0);
    if (left > 0) needs.push(left === n.seats ? n : { ...n, seats: left });
  }
  const offers = [];
  for (const o of problem.offers) {
    const changed = /* @__PURE__ */ new Set();
    for (const x of excludedSessions) if (x.offerId === o.id) changed.add(x.period);
    for (const p of pins) if (p.offerId === o.id) changed.add(p.period);
    if (changed.size === 0) {
      offers.push(o);
      continue;
    }
    const untouched = o.periods.filter((p) => !changed.has(p));
    if (untouched.length > 0) offers.push({ ...o, periods: untouched });
    for (const period of o.periods.filter((p) => changed.has(p))) {
      const excludedHere = excludedSessions.filter((x) => x.offerId === o.id && x.period === period);
      if (o.mode === "virtual" && excludedHere.length > 0) continue;
      const regions = (o.regions ?? []).filter((r) => !excludedHere.some((x) => x.region === r));
      if (o.mode !== "virtual" && regions.length === 0) continue;
      const maxSessions = (o.maxSessions ?? 1) - (pinsPerSlot.get(`${o.id}\0${period}`) ?? 0);
      if (maxSessions <= 0) continue;
      const id = freshId(`${o.id}${sep}${period}`);
      offerOrigin.set(id, o.id);
      offers.push({ ...o, id, periods: [period], regions, maxSessions });
    }
  }
  const pinOfferIds = [];
  pins.forEach((pin, i) => {
    const o = offerById.get(pin.offerId);
    const topic = freshId(`pin${sep}${pin.id}${sep}${i}`);
    const offerId = freshId(`${o.id}${sep}pin${sep}${pin.id}`);
    offerOrigin.set(offerId, o.id);
    pinOfferIds.push(offerId);
    const seats = pin.allocations.reduce((t, a) => t + a.seats, 0);
    offers.push({
      ...o,
      id: offerId,
      topic,
      regions: pin.region === null ? o.regions ?? [] : [pin.region],
      periods: [pin.period],
      fixedCost: 0,
      seatCost: 0,
      minSeats: seats,
      maxSeats: seats,
      maxSessions: 1
    });
    for (const a of pin.allocations) {
      const n = needById.get(a.needId);
      const id = freshId(`${n.id}${sep}pin${sep}${pin.id}`);
      needOrigin.set(id, n.id);
      needs.push({ ...n, id, topic, seats: a.seats, region: pin.region ?? n.region, languages: [o.language], modes: [o.mode], periods: [pin.period] });
    }
  });
  return {
    problem: { ...problem, needs, offers },
    restorePlan(plan) {
      if (pins.length === 0 && offerOrigin.size === 0) return plan;
      return restore(problem, plan, offerOrigin, needOrigin, pins, pinOfferIds);
    }
  };
}
__name(applyAdjustments, "applyAdjustments");
var toCents = /* @__PURE__ */ __name((dollars) => Math.round(dollars * 100), "toCents");
var toDollars = /* @__PURE__ */ __name((cents2) => Math.round(cents2) / 100, "toDollars");
function restore(original, plan, offerOrigin, needOrigin, pins, pinOfferIds) {
  const parsed = parsePoolingProblem(original);
  const offerById = new Map(parsed.offers.map((o) => [o.id, o]));
  const sizeOf = new Map((parsed.members ?? []).map((m) => [m.id, m.sizeClass]));
  const { allocationRule, smallFirmDiscount } = parsed.policy;
  const pinOffers = new Set(pinOfferIds);
  const kept = /* @__PURE__ */ new Set();
  let pinnedCostCents = 0;
  const sessions = plan.sessions.map((s) => {
    const pinned = pinOffers.has(s.offerId);
    const offerId = offerOrigin.get(s.offerId) ?? s.offerId;
    const allocations = s.allocations.map((a) => ({ ...a, needId: needOrigin.get(a.needId) ?? a.needId }));
    if (!pinned) return { ...s, offerId, allocations };
    kept.add(s.offerId);
    const o = offerById.get(offerId);
    if (!o) throw new Error(`pinned offer ${offerId} missing from the problem`);
    const cost = o.fixedCostCents + o.seatCostCents * s.seats;
    pinnedCostCents += cost;
    const shares = shareSession(
      { fixedCostCents: o.fixedCostCents, seatCostCents: o.seatCostCents, allocations: allocations.map((a) => ({ memberId: a.memberId, seats: a.seats })) },
      allocationRule,
      (id) => sizeOf.get(id),
      smallFirmDiscount
    );
    return { ...s, offerId, cost: toDollars(cost), allocations: allocations.map((a, i) => ({ ...a, share: toDollars(shares[i]) })), pinned: true };
  });
  const unservedByNeed = /* @__PURE__ */ new Map();
  for (const u of plan.unserved) {
    const needId = needOrigin.get(u.needId) ?? u.needId;
    const prev = unservedByNeed.get(needId);
    unservedByNeed.set(needId, prev ? { ...prev, seats: prev.seats + u.seats } : { ...u, needId });
  }
  const servedByNeed = /* @__PURE__ */ new Map();
  const pooledByMember = /* @__PURE__ */ new Map();
  const seatsByMember = /* @__PURE__ */ new Map();
  for (const s of sessions)
    for (const a of s.allocations) {
      servedByNeed.set(a.needId, (servedByNeed.get(a.needId) ?? 0) + a.seats);
      pooledByMember.set(a.memberId, (pooledByMember.get(a.memberId) ?? 0) + toCents(a.share));
      seatsByMember.set(a.memberId, (seatsByMember.get(a.memberId) ?? 0) + a.seats);
    }
  const standaloneByNeed = standaloneCostByNeedCents(original, servedByNeed);
  const standaloneByMember = /* @__PURE__ */ new Map();
  for (const n of parsed.needs) {
    const c = standaloneByNeed.get(n.id);
    if (c !== void 0) standaloneByMember.set(n.memberId, (standaloneByMember.get(n.memberId) ?? 0) + (c ?? 0));
  }
  const members = plan.members.map((m) => {
    const pooled = pooledByMember.get(m.memberId) ?? 0;
    const standalone = standaloneByMember.get(m.memberId) ?? 0;
    return { ...m, seats: seatsByMember.get(m.memberId) ?? 0, pooledCost: toDollars(pooled), standaloneCost: toDollars(standalone), savings: toDollars(standalone - pooled) };
  });
  const warned = new Set((plan.warnings ?? []).map((w) => w.memberId));
  const warnings = [...plan.warnings ?? []];
  for (const m of members)
    if (m.pooledCost > m.standaloneCost && !warned.has(m.memberId))
      warnings.push({ memberId: m.memberId, message: `member "${m.memberId}" pays ${toDollars(toCents(m.pooledCost) - toCents(m.standaloneCost)).toFixed(2)} more than alone because of a pinned session` });
  const costCents = sessions.reduce((t, s) => t + toCents(s.cost), 0);
  const penaltyCents = toCents(plan.totals.penalty);
  const objectiveCents = costCents + penaltyCents;
  const standaloneCents = [...standaloneByMember.values()].reduce((t, v) => t + v, 0);
  const lowerBoundCents = Math.min(objectiveCents, toCents(plan.bound.lowerBound) + pinnedCostCents);
  const baseline = plan.baseline ? (() => {
    const objective = toCents(plan.baseline.objective) + pinnedCostCents;
    return { ...plan.baseline, objective: toDollars(objective), cost: toDollars(toCents(plan.baseline.cost) + pinnedCostCents), improvement: objective > 0 ? (objective - objectiveCents) / objective : 0 };
  })() : void 0;
  const notKept = pins.filter((_, i) => !kept.has(pinOfferIds[i])).map((p) => p.id);
  return {
    ...plan,
    sessions,
    unserved: [...unservedByNeed.values()],
    members,
    totals: { ...plan.totals, cost: toDollars(costCents), objective: toDollars(objectiveCents), standaloneCost: toDollars(standaloneCents), savings: toDollars(standaloneCents - costCents) },
    bound: { lowerBound: toDollars(lowerBoundCents), gap: objectiveCents > 0 ? (objectiveCents - lowerBoundCents) / objectiveCents : 0, optimal: lowerBoundCents === objectiveCents },
    ...baseline ? { baseline } : {},
    warnings,
    ...notKept.length > 0 ? { pinsNotKept: notKept } : {}
  };
}
__name(restore, "restore");

// packages/domain/src/pooling-runs/plan-figures.ts
var cents = /* @__PURE__ */ __name((dollars) => Math.round(dollars * 100), "cents");
var perSeat = /* @__PURE__ */ __name((costCents, seats) => seats > 0 ? Math.round(costCents / seats) : null, "perSeat");
function readSolverMethod(method) {
  const text = (method ?? "").trim();
  const byComponent = text.startsWith("by component:");
  const words = (byComponent ? text.slice("by component:".length) : text).split(",").map((w) => w.trim()).filter((w) => w !== "" && w !== "none");
  const known = /* @__PURE__ */ __name((w) => PLAN_SOLVER_STEPS.includes(w), "known");
  return { byComponent, steps: words.filter(known), other: words.filter((w) => !known(w)) };
}
__name(readSolverMethod, "readSolverMethod");
function planFigures(plan) {
  const realCostCents = plan.sessions.reduce((t, s) => t + cents(s.cost), 0);
  const seatsServed = plan.sessions.reduce((t, s) => t + s.allocations.reduce((u, a) => u + a.seats, 0), 0);
  const seatsUnserved = plan.unserved.reduce((t, u) => t + u.seats, 0);
  const seatsRequested = seatsServed + seatsUnserved;
  const aloneCostCents = plan.members.reduce((t, m) => t + cents(m.standaloneCost), 0);
  const savingVsAloneCents = aloneCostCents - realCostCents;
  const costPerSeatServedCents = perSeat(realCostCents, seatsServed);
  let baseline = null;
  if (plan.baseline) {
    const b = plan.baseline;
    const bCost = cents(b.cost);
    const bServed = Math.max(0, seatsRequested - b.seatsUnserved);
    const bPerSeat = perSeat(bCost, bServed);
    baseline = {
      realCostCents: bCost,
      seatsServed: bServed,
      seatsUnserved: b.seatsUnserved,
      costPerSeatServedCents: bPerSeat,
      savingCents: bCost - realCostCents,
      extraSeatsServed: seatsServed - bServed,
      costPerSeatSavingRate: bPerSeat !== null && bPerSeat > 0 && costPerSeatServedCents !== null ? (bPerSeat - costPerSeatServedCents) / bPerSeat : null
    };
  }
  const solver = plan.solver ?? {};
  const penalty = plan.totals?.penalty ?? 0;
  return {
    realCostCents,
    sessions: plan.sessions.length,
    seatsRequested,
    seatsServed,
    seatsUnserved,
    costPerSeatServedCents,
    aloneCostCents,
    savingVsAloneCents,
    savingVsAloneRate: aloneCostCents > 0 ? savingVsAloneCents / aloneCostCents : 0,
    baseline,
    technical: {
      objective: plan.totals?.objective ?? realCostCents / 100,
      penaltyPerUnservedSeat: seatsUnserved > 0 ? Math.round(penalty / seatsUnserved * 100) / 100 : null,
      lowerBound: plan.bound.lowerBound,
      gap: plan.bound.gap,
      optimal: plan.bound.optimal,
      baselineObjective: plan.baseline?.objective ?? null,
      improvementOnObjective: plan.baseline?.improvement ?? null,
      method: readSolverMethod(solver.method),
      milliseconds: typeof solver.milliseconds === "number" ? solver.milliseconds : null,
      components: typeof solver.components === "number" ? solver.components : null,
      componentsOptimal: typeof solver.componentsOptimal === "number" ? solver.componentsOptimal : null
    }
  };
}
__name(planFigures, "planFigures");

// packages/domain/src/pooling-runs/compare.ts
var slotOf = /* @__PURE__ */ __name((s) => `${s.offerId}\0${s.period}\0${s.region ?? ""}`, "slotOf");
var round2 = /* @__PURE__ */ __name((x) => Math.round(x * 100) / 100, "round2");
var MEASURES = [
  { key: "realCost", kind: "money", of: /* @__PURE__ */ __name((f) => f.realCostCents, "of") },
  { key: "seatsServed", kind: "seats", of: /* @__PURE__ */ __name((f) => f.seatsServed, "of") },
  { key: "seatsUnserved", kind: "seats", of: /* @__PURE__ */ __name((f) => f.seatsUnserved, "of") },
  { key: "costPerSeatServed", kind: "money", of: /* @__PURE__ */ __name((f) => f.costPerSeatServedCents, "of") },
  { key: "aloneCost", kind: "money", of: /* @__PURE__ */ __name((f) => f.aloneCostCents, "of") },
  { key: "savingVsAlone", kind: "money", of: /* @__PURE__ */ __name((f) => f.savingVsAloneCents, "of") },
  { key: "objective", kind: "score", of: /* @__PURE__ */ __name((f) => f.technical.objective, "of") }
];
function comparePlans(a, b) {
  const fa = planFigures(a);
  const fb = planFigures(b);
  const rows = MEASURES.map(({ key, kind, of }) => {
    const va = of(fa);
    const vb = of(fb);
    return { key, kind, a: va, b: vb, difference: va === null || vb === null ? null : round2(vb - va) };
  });
  const waiting = /* @__PURE__ */ new Map();
  for (const s of b.sessions) waiting.set(slotOf(s), [...waiting.get(slotOf(s)) ?? [], s]);
  const both = [];
  const onlyA = [];
  for (const s of a.sessions) {
    const match = waiting.get(slotOf(s))?.shift();
    if (match) both.push({ a: s, b: match });
    else onlyA.push(s);
  }
  const onlyB = [...waiting.values()].flat();
  return { figures: rows.filter((r) => r.kind !== "score"), technical: rows.filter((r) => r.kind === "score"), sessions: { both, onlyA, onlyB } };
}
__name(comparePlans, "comparePlans");

export {
  standaloneCostByNeedCents,
  InvalidAdjustmentError,
  applyAdjustments,
  planFigures,
  comparePlans
};
//# sourceMappingURL=chunk-DHZEEJPS.mjs.map
