// A draft plan inside the engine: sessions in slots with seats per need, before cost sharing.
import type { PoolingInstance } from './instance.ts';

export interface DraftAllocation {
  need: number;
  seats: number;
}

export interface DraftSession {
  slot: number;
  allocations: DraftAllocation[];
}

/** Seats held by a draft session. */
export function sessionSeats(s: DraftSession): number {
  let t = 0;
  for (const a of s.allocations) t += a.seats;
  return t;
}

/** Cost of one session in cents: fixedCost + seatCost × seats. */
export function sessionCostCents(inst: PoolingInstance, s: DraftSession): number {
  const o = inst.problem.offers[inst.slots[s.slot].offer];
  return o.fixedCostCents + o.seatCostCents * sessionSeats(s);
}

/** Objective in cents (session costs + penalty for unserved seats) over the given needs and the sessions serving them. */
export function draftObjectiveCents(
  inst: PoolingInstance,
  sessions: readonly DraftSession[],
  needs: readonly number[],
): number {
  let cost = 0;
  const served = new Map<number, number>();
  for (const s of sessions) {
    cost += sessionCostCents(inst, s);
    for (const a of s.allocations) served.set(a.need, (served.get(a.need) ?? 0) + a.seats);
  }
  let unserved = 0;
  for (const n of needs) unserved += inst.problem.needs[n].seats - (served.get(n) ?? 0);
  return cost + unserved * inst.problem.policy.unservedSeatPenaltyCents;
}

/**
 * Splits the seats given to one slot into `count` sessions of near-equal size (so each holds
 * between minSeats and maxSeats when min·count ≤ total ≤ max·count), filling them in need order.
 */
export function splitSlotIntoSessions(
  slot: number,
  count: number,
  seatsByNeed: readonly DraftAllocation[],
): DraftSession[] {
  const total = seatsByNeed.reduce((t, a) => t + a.seats, 0);
  if (count <= 0 || total <= 0) return [];
  const sessions: DraftSession[] = [];
  const base = Math.floor(total / count);
  const extra = total % count;
  let k = 0;
  let left = seatsByNeed[0]?.seats ?? 0;
  for (let j = 0; j < count; j++) {
    let size = base + (j < extra ? 1 : 0);
    const allocations: DraftAllocation[] = [];
    while (size > 0 && k < seatsByNeed.length) {
      const take = Math.min(size, left);
      if (take > 0) allocations.push({ need: seatsByNeed[k].need, seats: take });
      size -= take;
      left -= take;
      if (left === 0) {
        k++;
        left = seatsByNeed[k]?.seats ?? 0;
      }
    }
    if (allocations.length > 0) sessions.push({ slot, allocations });
  }
  return sessions;
}

/**
 * Firm-session incidences a slot can offer with `count` sessions: Σ over firms of min(firm's seats, count).
 * Seats held by one slot can be split into `count` sessions each with at least K distinct firms and
 * between minSeats and maxSeats seats exactly when this is ≥ K·count and minSeats·count ≤ seats ≤
 * maxSeats·count (splitSlotAmongFirms builds such a split).
 */
export function firmIncidences(
  seatsByNeed: readonly DraftAllocation[],
  firmOf: (need: number) => string,
  count: number,
): number {
  const byFirm = new Map<string, number>();
  for (const a of seatsByNeed) byFirm.set(firmOf(a.need), (byFirm.get(firmOf(a.need)) ?? 0) + a.seats);
  let total = 0;
  for (const seats of byFirm.values()) total += Math.min(seats, count);
  return total;
}

/**
 * Splits the seats given to one slot into `count` sessions so that each session gets as many
 * distinct firms as possible: each firm's first min(seats, count) seats go one per session, round
 * robin over the sessions (so a firm never lands twice in a session through them), then the other
 * seats (of firms already in every session) fill the emptiest sessions. Sessions end with ⌊T/count⌋
 * or ⌈T/count⌉ seats and at least ⌊incidences/count⌋ distinct firms.
 */
export function splitSlotAmongFirms(
  slot: number,
  count: number,
  seatsByNeed: readonly DraftAllocation[],
  firmOf: (need: number) => string,
): DraftSession[] {
  if (count <= 0) return [];
  const firms = new Map<string, DraftAllocation[]>();
  for (const a of seatsByNeed) {
    if (a.seats <= 0) continue;
    const f = firmOf(a.need);
    firms.set(f, [...(firms.get(f) ?? []), a]);
  }
  const seats: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  const size = new Array<number>(count).fill(0);
  const add = (j: number, need: number) => {
    seats[j].set(need, (seats[j].get(need) ?? 0) + 1);
    size[j]++;
  };
  const rest: number[] = [];
  let next = 0;
  for (const list of firms.values()) {
    let tokens = Math.min(
      count,
      list.reduce((t, a) => t + a.seats, 0),
    );
    for (const a of list) {
      for (let i = 0; i < a.seats; i++) {
        if (tokens > 0) {
          add(next, a.need);
          next = (next + 1) % count;
          tokens--;
        } else rest.push(a.need);
      }
    }
  }
  for (const need of rest) {
    let j = 0;
    for (let i = 1; i < count; i++) if (size[i] < size[j]) j = i;
    add(j, need);
  }
  return seats
    .filter((m) => m.size > 0)
    .map((m) => ({
      slot,
      allocations: [...m].map(([need, n]) => ({ need, seats: n })).sort((a, b) => a.need - b.need),
    }));
}

/** Checks a draft against the session rules (compatibility, min/max seats, maxSessions, members per session, need seats); returns the first violation or null. */
export function findDraftViolation(inst: PoolingInstance, sessions: readonly DraftSession[]): string | null {
  const { needs, offers, policy } = inst.problem;
  const perGroup = new Map<number, number>();
  const served = new Map<number, number>();
  for (const s of sessions) {
    const slot = inst.slots[s.slot];
    const o = offers[slot.offer];
    const seats = sessionSeats(s);
    if (seats < o.minSeats || seats > o.maxSeats) return `session in slot ${s.slot} has ${seats} seats`;
    const members = new Set<string>();
    for (const a of s.allocations) {
      if (!Number.isInteger(a.seats) || a.seats <= 0) return `bad seats ${a.seats}`;
      if (!slot.needs.includes(a.need)) return `need ${a.need} not compatible with slot ${s.slot}`;
      members.add(needs[a.need].memberId);
      served.set(a.need, (served.get(a.need) ?? 0) + a.seats);
    }
    if (members.size < policy.minMembersPerSession) return `session in slot ${s.slot} has ${members.size} members`;
    perGroup.set(slot.group, (perGroup.get(slot.group) ?? 0) + 1);
  }
  for (const [g, count] of perGroup)
    if (count > offers[inst.groups[g].offer].maxSessions) return `group ${g} has ${count} sessions`;
  for (const [n, seats] of served) if (seats > needs[n].seats) return `need ${n} gets ${seats} seats`;
  return null;
}
