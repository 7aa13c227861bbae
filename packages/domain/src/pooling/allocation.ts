// Cost sharing: how a session's cost is split among the needs it serves. Each rule is a small
// pure function; `capAtStandalone` then makes sure no member pays more than it would alone.
import { compareIds, splitByLargestRemainder } from './order.ts';
import type { AllocationRule, SizeClass } from './problem.ts';

export interface SessionToShare {
  fixedCostCents: number;
  seatCostCents: number;
  /** one entry per need served by the session */
  allocations: { memberId: string; seats: number }[];
}

/** Cost of a session to share, in cents. */
export function sessionCostToShare(s: SessionToShare): number {
  return s.fixedCostCents + s.seatCostCents * s.allocations.reduce((t, a) => t + a.seats, 0);
}

/** `per_seat`: shares in proportion to seats; they sum to the session's cost to the cent. */
export function shareBySeat(s: SessionToShare): number[] {
  return splitByLargestRemainder(
    sessionCostToShare(s),
    s.allocations.map((a) => a.seats),
  );
}

/** `fixed_equal_by_firm`: the fixed cost split equally among the firms present, seat cost by seats; shares sum to the cost. */
export function shareFixedEquallyByFirm(s: SessionToShare): number[] {
  const firms = [...new Set(s.allocations.map((a) => a.memberId))].sort(compareIds);
  const fixedPerFirm = splitByLargestRemainder(
    s.fixedCostCents,
    firms.map(() => 1),
  );
  const shares = s.allocations.map((a) => a.seats * s.seatCostCents);
  firms.forEach((firm, f) => {
    const mine = s.allocations.flatMap((a, i) => (a.memberId === firm ? [i] : []));
    const parts = splitByLargestRemainder(
      fixedPerFirm[f],
      mine.map((i) => s.allocations[i].seats),
    );
    mine.forEach((i, k) => {
      shares[i] += parts[k];
    });
  });
  return shares;
}

/** True for the firms the small-firm discount favours. */
export function isSmallFirm(sizeClass: SizeClass | undefined): boolean {
  return sizeClass === 'micro' || sizeClass === 'small';
}

/**
 * `small_firm_discount`: shares in proportion to seats, a micro or small firm's seats weighing
 * (1 − discount); the others pay the difference. Shares sum to the cost; equal to per_seat when all
 * firms are alike. Members of unknown size get no discount.
 */
export function shareWithSmallFirmDiscount(
  s: SessionToShare,
  sizeClassOf: (memberId: string) => SizeClass | undefined,
  discount: number,
): number[] {
  return splitByLargestRemainder(
    sessionCostToShare(s),
    s.allocations.map((a) => a.seats * (isSmallFirm(sizeClassOf(a.memberId)) ? 1 - discount : 1)),
  );
}

/** Shares of one session under the chosen rule, before the standalone cap. */
export function shareSession(
  s: SessionToShare,
  rule: AllocationRule,
  sizeClassOf: (memberId: string) => SizeClass | undefined,
  discount: number,
): number[] {
  if (rule === 'fixed_equal_by_firm') return shareFixedEquallyByFirm(s);
  if (rule === 'small_firm_discount') return shareWithSmallFirmDiscount(s, sizeClassOf, discount);
  return shareBySeat(s);
}

export interface CappedShares {
  /** shares[session][allocation] in cents; each session's shares still sum to its cost */
  shares: number[][];
  /** members whose pooled cost still exceeds their standalone cost, by id */
  overStandalone: string[];
}

/**
 * Caps every member's pooled cost at its standalone cost: the excess is moved, within sessions
 * the member attends, to members who still save (first directly, then along chains of shared
 * sessions). Session sums never change and no share becomes negative. Members that cannot be
 * brought under their standalone cost are listed in `overStandalone`.
 */
export function capAtStandalone(
  sessions: readonly SessionToShare[],
  shares: readonly number[][],
  standaloneOf: (memberId: string) => number,
): CappedShares {
  // member-level shares per session
  const memberIndex = new Map<string, number>();
  const memberIds: string[] = [];
  const sessionMembers: { members: number[]; amount: number[]; seats: number[] }[] = sessions.map((s, si) => {
    const members: number[] = [];
    const amount: number[] = [];
    const seats: number[] = [];
    s.allocations.forEach((a, ai) => {
      let m = memberIndex.get(a.memberId);
      if (m === undefined) {
        m = memberIds.length;
        memberIds.push(a.memberId);
        memberIndex.set(a.memberId, m);
      }
      let k = members.indexOf(m);
      if (k < 0) {
        k = members.length;
        members.push(m);
        amount.push(0);
        seats.push(0);
      }
      amount[k] += shares[si][ai];
      seats[k] += a.seats;
    });
    return { members, amount, seats };
  });
  const pooled = memberIds.map(() => 0);
  const sessionsOf: number[][] = memberIds.map(() => []);
  sessionMembers.forEach((sm, si) => {
    sm.members.forEach((m, k) => {
      pooled[m] += sm.amount[k];
      sessionsOf[m].push(si);
    });
  });
  const cap = memberIds.map((id) => standaloneOf(id));
  const headroom = (m: number) => cap[m] - pooled[m];
  const changed = new Set<number>();
  const move = (si: number, from: number, to: number, cents: number) => {
    const sm = sessionMembers[si];
    sm.amount[sm.members.indexOf(from)] -= cents;
    sm.amount[sm.members.indexOf(to)] += cents;
    pooled[from] -= cents;
    pooled[to] += cents;
    changed.add(si);
  };
  const over = memberIds
    .map((_, m) => m)
    .filter((m) => headroom(m) < 0)
    .sort((a, b) => compareIds(memberIds[a], memberIds[b]));

  // 1. spread directly over the members of the same sessions who still save, by seats
  for (const m of over) {
    for (const si of sessionsOf[m]) {
      if (headroom(m) >= 0) break;
      const sm = sessionMembers[si];
      let receivers = sm.members.filter((r) => r !== m && headroom(r) > 0);
      let amount = Math.min(-headroom(m), sm.amount[sm.members.indexOf(m)]);
      while (amount > 0 && receivers.length > 0) {
        const parts = splitByLargestRemainder(
          amount,
          receivers.map((r) => sm.seats[sm.members.indexOf(r)]),
        );
        let moved = 0;
        receivers.forEach((r, k) => {
          const c = Math.min(parts[k], headroom(r));
          if (c > 0) move(si, m, r, c);
          moved += c;
        });
        amount -= moved;
        receivers = receivers.filter((r) => headroom(r) > 0);
        if (moved === 0) break;
      }
    }
  }

  // 2. chains: m pays less in session A, a co-member pays more there and less in session B, …
  let budget = 20_000;
  for (const m of over) {
    while (headroom(m) < 0 && budget-- > 0) {
      const prev = new Map<number, { member: number; session: number }>();
      const queue = [m];
      prev.set(m, { member: -1, session: -1 });
      let target = -1;
      for (let q = 0; q < queue.length && target < 0; q++) {
        const a = queue[q];
        for (const si of sessionsOf[a]) {
          const sm = sessionMembers[si];
          if (sm.amount[sm.members.indexOf(a)] <= 0) continue;
          for (const b of sm.members) {
            if (prev.has(b)) continue;
            prev.set(b, { member: a, session: si });
            if (headroom(b) > 0) {
              target = b;
              break;
            }
            queue.push(b);
          }
          if (target >= 0) break;
        }
      }
      if (target < 0) break;
      const path: { from: number; to: number; session: number }[] = [];
      for (let b = target; b !== m; ) {
        const p = prev.get(b);
        if (!p) break;
        path.push({ from: p.member, to: b, session: p.session });
        b = p.member;
      }
      let delta = Math.min(-headroom(m), headroom(target));
      for (const e of path) {
        const sm = sessionMembers[e.session];
        delta = Math.min(delta, sm.amount[sm.members.indexOf(e.from)]);
      }
      if (delta <= 0) break;
      for (const e of path) move(e.session, e.from, e.to, delta);
    }
  }

  // back to need-level shares: only sessions that changed are re-split, by seats within a member
  const out = shares.map((row) => [...row]);
  for (const si of changed) {
    const s = sessions[si];
    const sm = sessionMembers[si];
    sm.members.forEach((m, k) => {
      const mine = s.allocations.flatMap((a, i) => (a.memberId === memberIds[m] ? [i] : []));
      const parts = splitByLargestRemainder(
        sm.amount[k],
        mine.map((i) => s.allocations[i].seats),
      );
      mine.forEach((i, j) => {
        out[si][i] = parts[j];
      });
    });
  }
  const overStandalone = memberIds.filter((_, m) => headroom(m) < 0).sort(compareIds);
  return { shares: out, overStandalone };
}
