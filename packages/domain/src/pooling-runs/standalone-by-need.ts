// What each need's seats would have cost its member bought alone, for the savings statements.
import { parsePoolingProblem, standaloneCostCents } from '../pooling/index.ts';
import type { Need, Offer } from '../pooling/problem.ts';

/** Offers that could serve the need on their own, per the contract's compatibility rule. */
function compatible(n: Need, o: Offer): boolean {
  return (
    o.topic === n.topic &&
    n.languages.includes(o.language) &&
    n.modes.includes(o.mode) &&
    o.periods.some((p) => n.periods.includes(p)) &&
    (o.mode === 'virtual' || o.regions.includes(n.region))
  );
}

/**
 * Standalone cost in cents of the given served seats of each need (the contract's rule: private
 * sessions of compatible offers, at least minSeats paid per session). A need without a compatible
 * offer gets null.
 */
export function standaloneCostByNeedCents(
  problemInput: unknown,
  servedSeats: ReadonlyMap<string, number>,
): Map<string, number | null> {
  const problem = parsePoolingProblem(problemInput);
  const out = new Map<string, number | null>();
  for (const n of problem.needs) {
    const seats = servedSeats.get(n.id);
    if (seats === undefined) continue;
    const cost = standaloneCostCents(
      problem.offers.filter((o) => compatible(n, o)),
      seats,
    );
    out.set(n.id, Number.isFinite(cost) ? cost : null);
  }
  return out;
}
