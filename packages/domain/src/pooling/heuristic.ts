// Construction heuristic plus improvement for one component: a fast feasible plan that seeds
// the MILP and stands alone when a component is too large for it.
import type { DraftSession } from './draft.ts';
import { draftObjectiveCents, sessionSeats } from './draft.ts';
import type { Component, PoolingInstance } from './instance.ts';

interface State {
  inst: PoolingInstance;
  remaining: Map<number, number>;
  groupLeft: Map<number, number>;
  sessions: DraftSession[];
}

function newState(inst: PoolingInstance, comp: Component, sessions: DraftSession[] = []): State {
  const remaining = new Map(comp.needs.map((n) => [n, inst.problem.needs[n].seats]));
  const groupLeft = new Map(comp.groups.map((g) => [g, inst.problem.offers[inst.groups[g].offer].maxSessions]));
  for (const s of sessions) {
    const g = inst.slots[s.slot].group;
    groupLeft.set(g, (groupLeft.get(g) ?? 0) - 1);
    for (const a of s.allocations) remaining.set(a.need, (remaining.get(a.need) ?? 0) - a.seats);
  }
  return {
    inst,
    remaining,
    groupLeft,
    sessions: sessions.map((s) => ({ slot: s.slot, allocations: s.allocations.map((a) => ({ ...a })) })),
  };
}

/** Opens sessions greedily, cheapest cost per seat first, while that beats leaving the seats unserved. */
function openGreedily(st: State, comp: Component): void {
  const { inst, remaining, groupLeft } = st;
  const { needs, offers, policy } = inst.problem;
  const pen = policy.unservedSeatPenaltyCents;
  const minMembers = policy.minMembersPerSession;
  const avail = new Map<number, number>();
  for (const k of comp.slots) {
    let a = 0;
    for (const n of inst.slots[k].needs) a += remaining.get(n) ?? 0;
    avail.set(k, a);
  }
  const take = (n: number, seats: number) => {
    remaining.set(n, (remaining.get(n) ?? 0) - seats);
    for (const k of inst.needSlots[n]) avail.set(k, (avail.get(k) ?? 0) - seats);
  };
  for (;;) {
    const candidates: { k: number; perSeat: number; q: number }[] = [];
    for (const k of comp.slots) {
      const slot = inst.slots[k];
      if ((groupLeft.get(slot.group) ?? 0) <= 0) continue;
      const o = offers[slot.offer];
      const q = Math.min(o.maxSeats, avail.get(k) ?? 0);
      if (q < o.minSeats || q === 0) continue;
      const cost = o.fixedCostCents + o.seatCostCents * q;
      if (cost >= pen * q) continue;
      candidates.push({ k, perSeat: cost / q, q });
    }
    if (candidates.length === 0) return;
    candidates.sort((a, b) => a.perSeat - b.perSeat || a.k - b.k);
    let opened = false;
    for (const c of candidates) {
      const slot = inst.slots[c.k];
      const open = slot.needs
        .filter((n) => (remaining.get(n) ?? 0) > 0)
        .sort((a, b) => inst.needSlots[a].length - inst.needSlots[b].length || a - b);
      if (minMembers > 1 && new Set(open.map((n) => needs[n].memberId)).size < minMembers) continue;
      const seatsOf = new Map<number, number>();
      let left = c.q;
      if (minMembers > 1) {
        // one seat for the first needs of distinct members, so the session has enough firms
        const firms = new Set<string>();
        for (const n of open) {
          if (firms.size >= minMembers || left === 0) break;
          if (firms.has(needs[n].memberId)) continue;
          firms.add(needs[n].memberId);
          seatsOf.set(n, 1);
          left--;
        }
      }
      for (const n of open) {
        if (left === 0) break;
        const t = Math.min(left, (remaining.get(n) ?? 0) - (seatsOf.get(n) ?? 0));
        if (t > 0) {
          seatsOf.set(n, (seatsOf.get(n) ?? 0) + t);
          left -= t;
        }
      }
      const allocations = [...seatsOf].map(([need, seats]) => ({ need, seats })).sort((a, b) => a.need - b.need);
      for (const a of allocations) take(a.need, a.seats);
      st.sessions.push({ slot: c.k, allocations });
      groupLeft.set(slot.group, (groupLeft.get(slot.group) ?? 0) - 1);
      opened = true;
      break;
    }
    if (!opened) return;
  }
}

/** Adds remaining seats to open sessions with room, cheapest seat cost first. */
function fillOpenSessions(st: State, comp: Component): void {
  const { inst, remaining } = st;
  const { offers, policy } = inst.problem;
  const bySlot = new Map<number, DraftSession[]>();
  for (const s of st.sessions) bySlot.set(s.slot, [...(bySlot.get(s.slot) ?? []), s]);
  for (const n of comp.needs) {
    let left = remaining.get(n) ?? 0;
    if (left <= 0) continue;
    const slots = inst.needSlots[n]
      .filter((k) => bySlot.has(k))
      .sort((a, b) => offers[inst.slots[a].offer].seatCostCents - offers[inst.slots[b].offer].seatCostCents || a - b);
    for (const k of slots) {
      const o = offers[inst.slots[k].offer];
      if (o.seatCostCents >= policy.unservedSeatPenaltyCents) continue;
      for (const s of bySlot.get(k) ?? []) {
        const room = o.maxSeats - sessionSeats(s);
        const t = Math.min(room, left);
        if (t <= 0) continue;
        const a = s.allocations.find((x) => x.need === n);
        if (a) a.seats += t;
        else s.allocations.push({ need: n, seats: t });
        left -= t;
        if (left === 0) break;
      }
      if (left === 0) break;
    }
    remaining.set(n, left);
  }
}

/** Closes sessions whose seats are cheaper elsewhere (moved to open sessions with room) or left unserved. */
function closeCostlySessions(st: State): boolean {
  const { inst } = st;
  const { offers, policy } = inst.problem;
  const pen = policy.unservedSeatPenaltyCents;
  let improved = false;
  const order = [...st.sessions].sort((a, b) => {
    const pa = costPerSeat(inst, a);
    const pb = costPerSeat(inst, b);
    return pb - pa || a.slot - b.slot;
  });
  for (const s of order) {
    const o = offers[inst.slots[s.slot].offer];
    let delta = -(o.fixedCostCents + o.seatCostCents * sessionSeats(s));
    const moves: { to: DraftSession; need: number; seats: number }[] = [];
    const room = new Map<DraftSession, number>();
    for (const a of s.allocations) {
      let left = a.seats;
      const targets = st.sessions
        .filter((t) => t !== s && inst.needSlots[a.need].includes(t.slot))
        .sort(
          (x, y) =>
            offers[inst.slots[x.slot].offer].seatCostCents - offers[inst.slots[y.slot].offer].seatCostCents ||
            x.slot - y.slot,
        );
      for (const t of targets) {
        const to = offers[inst.slots[t.slot].offer];
        if (to.seatCostCents >= pen) break;
        const r = room.get(t) ?? to.maxSeats - sessionSeats(t);
        const k = Math.min(r, left);
        if (k <= 0) continue;
        room.set(t, r - k);
        moves.push({ to: t, need: a.need, seats: k });
        delta += to.seatCostCents * k;
        left -= k;
        if (left === 0) break;
      }
      delta += pen * left;
    }
    if (delta >= 0) continue;
    // apply: the other sessions only gain seats, so they keep their minimum and their firms
    for (const m of moves) {
      const a = m.to.allocations.find((x) => x.need === m.need);
      if (a) a.seats += m.seats;
      else m.to.allocations.push({ need: m.need, seats: m.seats });
    }
    for (const a of s.allocations) {
      const moved = moves.filter((m) => m.need === a.need).reduce((t, m) => t + m.seats, 0);
      st.remaining.set(a.need, (st.remaining.get(a.need) ?? 0) + a.seats - moved);
    }
    st.sessions.splice(st.sessions.indexOf(s), 1);
    const g = inst.slots[s.slot].group;
    st.groupLeft.set(g, (st.groupLeft.get(g) ?? 0) + 1);
    improved = true;
  }
  return improved;
}

function costPerSeat(inst: PoolingInstance, s: DraftSession): number {
  const o = inst.problem.offers[inst.slots[s.slot].offer];
  const seats = sessionSeats(s);
  return (o.fixedCostCents + o.seatCostCents * seats) / seats;
}

/** A feasible plan for one component: greedy opening, filling, then closing sessions that do not pay off; never worse than `start` when given. */
export function planComponentHeuristically(
  inst: PoolingInstance,
  comp: Component,
  start?: readonly DraftSession[],
): DraftSession[] {
  const st = newState(inst, comp);
  openGreedily(st, comp);
  fillOpenSessions(st, comp);
  for (let round = 0; round < 3; round++) {
    if (!closeCostlySessions(st)) break;
    openGreedily(st, comp);
    fillOpenSessions(st, comp);
  }
  const candidates = [st.sessions];
  if (start && start.length > 0) {
    const improved = newState(inst, comp, [...start]);
    fillOpenSessions(improved, comp);
    closeCostlySessions(improved);
    openGreedily(improved, comp);
    fillOpenSessions(improved, comp);
    candidates.push(improved.sessions);
  }
  let best = candidates[0];
  let bestCost = draftObjectiveCents(inst, best, comp.needs);
  for (const c of candidates.slice(1)) {
    const cost = draftObjectiveCents(inst, c, comp.needs);
    if (cost < bestCost) {
      best = c;
      bestCost = cost;
    }
  }
  for (const s of best) s.allocations.sort((a, b) => a.need - b.need);
  return best;
}
