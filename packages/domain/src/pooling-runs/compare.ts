// Side-by-side comparison of two plans: their real figures, the optimiser's objective apart, and
// which sessions differ.
import type { PlanJson } from './adjustments.ts';
import { type PlanFigures, planFigures } from './plan-figures.ts';
import type { PlanComparisonKey, PlanMeasureKind } from './plan-measures.ts';

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

/** One measure of both plans: money in cents, seats, or the optimiser's score (objective, dollars-like, not money). */
export interface PlanComparisonRow {
  key: PlanComparisonKey;
  kind: PlanMeasureKind;
  a: number | null;
  b: number | null;
  /** b − a; null when either is unknown */
  difference: number | null;
}

export interface PlanComparison {
  /** the plans' real figures (plan-figures.ts): never the optimiser's penalty */
  figures: PlanComparisonRow[];
  /** the optimiser's objective (real cost + penalty for unserved seats), for the technical details */
  technical: PlanComparisonRow[];
  sessions: {
    /** sessions with the same offer, period and region in both plans (paired in order) */
    both: { a: Session; b: Session }[];
    onlyA: Session[];
    onlyB: Session[];
  };
}

const slotOf = (s: Session) => `${s.offerId}\u0000${s.period}\u0000${s.region ?? ''}`;
const round2 = (x: number) => Math.round(x * 100) / 100;

const MEASURES: { key: PlanComparisonKey; kind: PlanComparisonRow['kind']; of: (f: PlanFigures) => number | null }[] = [
  { key: 'realCost', kind: 'money', of: (f) => f.realCostCents },
  { key: 'seatsServed', kind: 'seats', of: (f) => f.seatsServed },
  { key: 'seatsUnserved', kind: 'seats', of: (f) => f.seatsUnserved },
  { key: 'costPerSeatServed', kind: 'money', of: (f) => f.costPerSeatServedCents },
  { key: 'aloneCost', kind: 'money', of: (f) => f.aloneCostCents },
  { key: 'savingVsAlone', kind: 'money', of: (f) => f.savingVsAloneCents },
  { key: 'objective', kind: 'score', of: (f) => f.technical.objective },
];

/** Compares plan b with plan a: every real figure and the objective with b − a, and sessions matched by offer, period and region (each session appears exactly once). */
export function comparePlans(a: PlanJson, b: PlanJson): PlanComparison {
  const fa = planFigures(a);
  const fb = planFigures(b);
  const rows = MEASURES.map(({ key, kind, of }): PlanComparisonRow => {
    const va = of(fa);
    const vb = of(fb);
    return { key, kind, a: va, b: vb, difference: va === null || vb === null ? null : round2(vb - va) };
  });
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
  return {
    figures: rows.filter((r) => r.kind !== 'score'),
    technical: rows.filter((r) => r.kind === 'score'),
    sessions: { both, onlyA, onlyB },
  };
}
