import { todayInMontreal } from '@mutualis/domain/dates';
import { ageing } from '@mutualis/domain/finance/receivables';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { ensureBooks } from './books.ts';
import { openItems } from './receivables.ts';

/** Receivables by age of invoice (0–30, 31–60, 61–90, over 90 days) at a date, in all and per member. */
export async function getAgeing(deps: Deps, caller: Caller, query: { asOf?: string }) {
  const mutualId = mutualOf(caller);
  await ensureBooks(deps.db, mutualId);
  const asOf = query.asOf ?? todayInMontreal(deps.now());
  const items = await openItems(deps.db, mutualId, asOf);
  const byMember = new Map<string, typeof items>();
  for (const i of items) byMember.set(i.memberId, [...(byMember.get(i.memberId) ?? []), i]);
  const members = [...byMember.values()]
    .map((list) => {
      const buckets = ageing(list, asOf);
      return {
        memberId: list[0].memberId,
        memberName: list[0].memberName,
        buckets,
        totalCents: Object.values(buckets).reduce((a, b) => a + b, 0),
      };
    })
    .filter((m) => m.totalCents > 0)
    .sort((a, b) => b.totalCents - a.totalCents);
  const buckets = ageing(items, asOf);
  return { asOf, buckets, totalCents: Object.values(buckets).reduce((a, b) => a + b, 0), members };
}
