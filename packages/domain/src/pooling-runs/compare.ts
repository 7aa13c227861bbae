// Side-by-side comparison of two plans: totals and which sessions differ.
import type { PlanJson } from './adjustments.ts';

type Session = PlanJson['sessions'][number];

export interface PlanTotalsJson {
  cost: number;
  penalty: number;
  objective: number;
  seatsServed: number;
  seatsUnserved: number;
  standaloneCost: number;
  savings: number;
}

export interface PlanComparison {
  totals: { key: keyof PlanTotalsJson; a: number; b: number; difference: number }[];
  sessions: {
    /** sessions with the same offer, period and region in both plans (paired in order) */
    both: { a: Session; b: Session }[];
    onlyA: Session[];
    onlyB: Session[];
  };
}

const TOTAL_KEYS: (keyof PlanTotalsJson)[] = ['objective', 'cost', 'penalty', 'seatsServed', 'seatsUnserved', 'standaloneCost', 'savings'];
const slotOf = (s: Session) => `${s.offerId}\u0000${s.period}\u0000${s.region ?? ''}`;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Compares plan b with plan a: every total with b − a, and sessions matched by offer, period and region (each session appears exactly once). */
export function comparePlans(a: PlanJson & { totals: PlanTotalsJson }, b: PlanJson & { totals: PlanTotalsJson }): PlanComparison {
  const totals = TOTAL_KEYS.map((key) => ({ key, a: a.totals[key], b: b.totals[key], difference: round2(b.totals[key] - a.totals[key]) }));
  const waiting = new Map<string, Session[]>();
  for (const s of b.sessions) waiting.set(slotOf(s), [...(waiting.get(slotOf(s)) ?? []), s]);
  const both: PlanComparison['sessions']['both'] = [];
  const onlyA: Session[] = [];
  for (const s of a.sessions) {
    const match = waiting.get(slotOf(s))?.shift();
    if (match) both.push({ a: s, b: match });
    else onlyA.push(s);
  }
  const onlyB = [...waiting.values()].flat();
  return { totals, sessions: { both, onlyA, onlyB } };
}
