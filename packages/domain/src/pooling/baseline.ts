// The naive baseline: what a coordinator does by hand today, to measure the engine against.
import type { DraftSession } from './draft.ts';
import { sessionSeats } from './draft.ts';
import type { PoolingInstance } from './instance.ts';
import { compareIds } from './order.ts';

/**
 * Naive plan: needs are taken first come first served in input order; each joins the group
 * (topic, region, language, period) of its first language and period that some compatible offer
 * can serve; a group fills its open sessions first, then opens a session of the course that is
 * cheapest per seat when full (fixedCost / maxSeats + seatCost) while the offer has sessions left
 * in that period. Sessions that end below minSeats (or minMembersPerSession) are cancelled and
 * their seats left unserved. The result always respects every session rule.
 */
export function planNaiveBaseline(inst: PoolingInstance): DraftSession[] {
  const { needs, offers, policy } = inst.problem;
  const used = new Map<number, number>(); // sessions per (offer, period) group
  const openByGroupKey = new Map<string, { session: DraftSession; seats: number }[]>();
  const perSeat = (slot: number) => {
    const o = offers[inst.slots[slot].offer];
    return o.fixedCostCents / o.maxSeats + o.seatCostCents;
  };
  const hasRoom = (slot: number) =>
    (used.get(inst.slots[slot].group) ?? 0) < offers[inst.slots[slot].offer].maxSessions;
  const all: { session: DraftSession; seats: number }[] = [];

  needs.forEach((n, ni) => {
    const slots = inst.compatibleSlots[ni];
    if (slots.length === 0) return;
    // first (language, period) in the need's own order that can be served
    let chosen: { language: string; period: string; key: string } | null = null;
    for (const language of n.languages) {
      for (const period of n.periods) {
        const key = `${n.topic}\u0000${n.region}\u0000${language}\u0000${period}`;
        const open = openByGroupKey.get(key) ?? [];
        const fits = slots.some((si) => {
          const s = inst.slots[si];
          if (s.period !== period || offers[s.offer].language !== language) return false;
          return hasRoom(si) || open.some((g) => g.session.slot === si && g.seats < offers[s.offer].maxSeats);
        });
        if (fits) {
          chosen = { language, period, key };
          break;
        }
      }
      if (chosen) break;
    }
    if (!chosen) return;
    const { language, period, key } = chosen;
    const open = openByGroupKey.get(key) ?? [];
    openByGroupKey.set(key, open);
    let left = n.seats;
    for (const g of open) {
      if (left === 0) break;
      if (!slots.includes(g.session.slot)) continue;
      const room = offers[inst.slots[g.session.slot].offer].maxSeats - g.seats;
      const take = Math.min(room, left);
      if (take <= 0) continue;
      g.session.allocations.push({ need: ni, seats: take });
      g.seats += take;
      left -= take;
    }
    while (left > 0) {
      const candidates = slots.filter((si) => {
        const s = inst.slots[si];
        return s.period === period && offers[s.offer].language === language && hasRoom(si);
      });
      if (candidates.length === 0) break;
      candidates.sort(
        (a, b) => perSeat(a) - perSeat(b) || compareIds(offers[inst.slots[a].offer].id, offers[inst.slots[b].offer].id),
      );
      const slot = candidates[0];
      const take = Math.min(offers[inst.slots[slot].offer].maxSeats, left);
      const g = { session: { slot, allocations: [{ need: ni, seats: take }] }, seats: take };
      used.set(inst.slots[slot].group, (used.get(inst.slots[slot].group) ?? 0) + 1);
      open.push(g);
      all.push(g);
      left -= take;
    }
  });

  return all
    .map((g) => g.session)
    .filter((s) => {
      const o = offers[inst.slots[s.slot].offer];
      if (sessionSeats(s) < o.minSeats) return false;
      return new Set(s.allocations.map((a) => needs[a.need].memberId)).size >= policy.minMembersPerSession;
    });
}
