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
export function draftObjectiveCents(inst: PoolingInstance, sessions: readonly DraftSession[], needs: readonly number[]): number {
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
export function splitSlotIntoSessions(slot: number, count: number, seatsByNeed: readonly DraftAllocation[]): DraftSession[] {
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
  for (const [g, count] of perGroup) if (count > offers[inst.groups[g].offer].maxSessions) return `group ${g} has ${count} sessions`;
  for (const [n, seats] of served) if (seats > needs[n].seats) return `need ${n} gets ${seats} seats`;
  return null;
}
