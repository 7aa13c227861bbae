// A standalone checker of a plan against every rule of the spec; used by the tests and
// available to anyone who wants to verify a plan produced elsewhere.
import { parsePoolingProblem } from './problem.ts';
import { standaloneCostCents } from './standalone.ts';

type Json = Record<string, unknown>;
const cents = (v: unknown) => (typeof v === 'number' ? Math.round(v * 100) : Number.NaN);
const isCents = (v: unknown) => typeof v === 'number' && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;

/** Lists every way `plan` breaks the spec for `problem` (both as parsed JSON); an empty list means the plan is valid. */
export function checkPlan(problemInput: unknown, planInput: unknown): string[] {
  const problem = parsePoolingProblem(problemInput);
  const errors: string[] = [];
  const fail = (m: string) => {
    if (errors.length < 200) errors.push(m);
  };
  const plan = planInput as Json;
  if (typeof plan !== 'object' || plan === null) return ['plan must be an object'];
  const { needs, offers, policy } = problem;
  const needById = new Map(needs.map((n) => [n.id, n]));
  const offerById = new Map(offers.map((o) => [o.id, o]));
  const sessions = Array.isArray(plan.sessions) ? (plan.sessions as Json[]) : [];
  if (!Array.isArray(plan.sessions)) fail('sessions must be an array');

  const served = new Map<string, number>();
  const pooled = new Map<string, number>();
  const perOfferPeriod = new Map<string, number>();
  const sessionIds = new Set<string>();
  let costCents = 0;
  for (const s of sessions) {
    const sid = String(s.id);
    const where = `session ${sid}`;
    if (sessionIds.has(sid)) fail(`${where}: duplicate id`);
    sessionIds.add(sid);
    const o = offerById.get(String(s.offerId));
    if (!o) {
      fail(`${where}: unknown offer ${String(s.offerId)}`);
      continue;
    }
    const period = String(s.period);
    if (!o.periods.includes(period)) fail(`${where}: offer ${o.id} does not run in ${period}`);
    if (o.mode === 'virtual' && s.region !== null) fail(`${where}: a virtual session must have region null`);
    if (o.mode === 'in_person' && !o.regions.includes(String(s.region)))
      fail(`${where}: region ${String(s.region)} not in offer ${o.id} regions`);
    const key = `${o.id}\u0000${period}`;
    perOfferPeriod.set(key, (perOfferPeriod.get(key) ?? 0) + 1);
    const allocations = Array.isArray(s.allocations) ? (s.allocations as Json[]) : [];
    let seats = 0;
    let shares = 0;
    const firms = new Set<string>();
    for (const a of allocations) {
      const n = needById.get(String(a.needId));
      const aSeats = a.seats as number;
      if (!n) {
        fail(`${where}: unknown need ${String(a.needId)}`);
        continue;
      }
      if (!Number.isInteger(aSeats) || aSeats < 1) fail(`${where}: need ${n.id} has ${String(a.seats)} seats`);
      if (a.memberId !== n.memberId)
        fail(`${where}: need ${n.id} memberId ${String(a.memberId)} should be ${n.memberId}`);
      if (n.topic !== o.topic) fail(`${where}: need ${n.id} topic differs from offer ${o.id}`);
      if (!n.languages.includes(o.language)) fail(`${where}: need ${n.id} does not accept language ${o.language}`);
      if (!n.modes.includes(o.mode)) fail(`${where}: need ${n.id} does not accept mode ${o.mode}`);
      if (!n.periods.includes(period)) fail(`${where}: need ${n.id} does not accept period ${period}`);
      if (o.mode === 'in_person' && s.region !== n.region)
        fail(`${where}: need ${n.id} is in region ${n.region}, not ${String(s.region)}`);
      if (!isCents(a.share) || cents(a.share) < 0)
        fail(`${where}: need ${n.id} share ${String(a.share)} is not a non-negative amount`);
      seats += aSeats;
      shares += cents(a.share);
      firms.add(n.memberId);
      served.set(n.id, (served.get(n.id) ?? 0) + aSeats);
      pooled.set(n.memberId, (pooled.get(n.memberId) ?? 0) + cents(a.share));
    }
    if (s.seats !== seats) fail(`${where}: seats ${String(s.seats)} but allocations hold ${seats}`);
    if (seats < o.minSeats || seats > o.maxSeats)
      fail(`${where}: ${seats} seats outside [${o.minSeats}, ${o.maxSeats}]`);
    if (firms.size < policy.minMembersPerSession)
      fail(`${where}: ${firms.size} members, fewer than ${policy.minMembersPerSession}`);
    const expected = o.fixedCostCents + o.seatCostCents * seats;
    if (cents(s.cost) !== expected) fail(`${where}: cost ${String(s.cost)} should be ${expected / 100}`);
    if (shares !== cents(s.cost)) fail(`${where}: shares sum to ${shares / 100}, cost is ${String(s.cost)}`);
    costCents += expected;
  }
  for (const [key, count] of perOfferPeriod) {
    const [offerId, period] = key.split('\u0000');
    const max = offerById.get(offerId)?.maxSessions ?? 1;
    if (count > max) fail(`offer ${offerId} runs ${count} sessions in ${period}, more than maxSessions ${max}`);
  }

  const unservedList = Array.isArray(plan.unserved) ? (plan.unserved as Json[]) : [];
  if (!Array.isArray(plan.unserved)) fail('unserved must be an array');
  const unserved = new Map<string, number>();
  for (const u of unservedList) {
    const id = String(u.needId);
    if (!needById.has(id)) fail(`unserved: unknown need ${id}`);
    if (unserved.has(id)) fail(`unserved: need ${id} listed twice`);
    if (!Number.isInteger(u.seats) || (u.seats as number) < 1)
      fail(`unserved: need ${id} has ${String(u.seats)} seats`);
    if (typeof u.reason !== 'string' || u.reason === '') fail(`unserved: need ${id} has no reason`);
    unserved.set(id, u.seats as number);
  }
  let seatsServed = 0;
  let seatsUnserved = 0;
  for (const n of needs) {
    const s = served.get(n.id) ?? 0;
    const u = unserved.get(n.id) ?? 0;
    if (s + u !== n.seats) fail(`need ${n.id}: ${s} served + ${u} unserved ≠ ${n.seats} seats`);
    seatsServed += s;
    seatsUnserved += u;
  }

  // members: standalone cost per need from its served seats
  const standalone = new Map<string, number>();
  const memberSeats = new Map<string, number>();
  for (const n of needs) {
    standalone.set(n.memberId, standalone.get(n.memberId) ?? 0);
    memberSeats.set(n.memberId, (memberSeats.get(n.memberId) ?? 0) + (served.get(n.id) ?? 0));
    const s = served.get(n.id) ?? 0;
    if (s === 0) continue;
    const compatible = offers.filter(
      (o) =>
        o.topic === n.topic &&
        n.languages.includes(o.language) &&
        n.modes.includes(o.mode) &&
        o.periods.some((p) => n.periods.includes(p)) &&
        (o.mode === 'virtual' || o.regions.includes(n.region)),
    );
    standalone.set(n.memberId, (standalone.get(n.memberId) ?? 0) + standaloneCostCents(compatible, s));
  }
  const warned = new Set(
    (Array.isArray(plan.warnings) ? (plan.warnings as Json[]) : []).map((w) =>
      String(typeof w === 'object' && w ? w.memberId : w),
    ),
  );
  const memberRows = Array.isArray(plan.members) ? (plan.members as Json[]) : [];
  if (!Array.isArray(plan.members)) fail('members must be an array');
  const listed = new Set<string>();
  for (const m of memberRows) {
    const id = String(m.memberId);
    listed.add(id);
    if (!standalone.has(id)) {
      fail(`member ${id}: has no need`);
      continue;
    }
    const p = pooled.get(id) ?? 0;
    const alone = standalone.get(id) ?? 0;
    if (m.seats !== memberSeats.get(id))
      fail(`member ${id}: seats ${String(m.seats)} should be ${memberSeats.get(id)}`);
    if (cents(m.pooledCost) !== p) fail(`member ${id}: pooledCost ${String(m.pooledCost)} should be ${p / 100}`);
    if (cents(m.standaloneCost) !== alone)
      fail(`member ${id}: standaloneCost ${String(m.standaloneCost)} should be ${alone / 100}`);
    if (cents(m.savings) !== alone - p)
      fail(`member ${id}: savings ${String(m.savings)} should be ${(alone - p) / 100}`);
    if (p > alone && !warned.has(id))
      fail(`member ${id}: pays ${p / 100} pooled, more than ${alone / 100} alone, and is not in warnings`);
  }
  for (const id of standalone.keys()) if (!listed.has(id)) fail(`member ${id}: missing from members`);

  const totals = (plan.totals ?? {}) as Json;
  const penalty = policy.unservedSeatPenaltyCents * seatsUnserved;
  const standaloneTotal = [...standalone.values()].reduce((t, v) => t + v, 0);
  const expect = (field: string, value: number, isMoney = true) => {
    const got = isMoney ? cents(totals[field]) : totals[field];
    if (got !== value) fail(`totals.${field} is ${String(totals[field])}, should be ${isMoney ? value / 100 : value}`);
  };
  expect('cost', costCents);
  expect('penalty', penalty);
  expect('objective', costCents + penalty);
  expect('seatsServed', seatsServed, false);
  expect('seatsUnserved', seatsUnserved, false);
  expect('standaloneCost', standaloneTotal);
  expect('savings', standaloneTotal - costCents);

  const bound = (plan.bound ?? {}) as Json;
  const objective = costCents + penalty;
  const lb = cents(bound.lowerBound);
  if (!(lb <= objective))
    fail(`bound.lowerBound ${String(bound.lowerBound)} is above the objective ${objective / 100}`);
  const gap = objective > 0 ? (objective - lb) / objective : 0;
  if (typeof bound.gap !== 'number' || Math.abs(bound.gap - gap) > 1e-6)
    fail(`bound.gap ${String(bound.gap)} should be ${gap}`);
  if (bound.optimal === true && lb !== objective)
    fail('bound.optimal is true but the lower bound is below the objective');
  if (typeof bound.optimal !== 'boolean') fail('bound.optimal must be a boolean');
  const solver = (plan.solver ?? {}) as Json;
  if (typeof solver.method !== 'string' || typeof solver.milliseconds !== 'number')
    fail('solver must give method and milliseconds');
  return errors;
}
