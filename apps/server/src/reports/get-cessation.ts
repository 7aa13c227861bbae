import { todayInMontreal } from '@mutualis/domain/dates';
import { cessationLiability } from '@mutualis/domain/finance/receivables';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { ensureBooks } from '../finance/index.ts';
import { reportRepository } from './repository.ts';

/**
 * What the mutual would owe the provincial fund if it ceased on a date (s.12): the employers'
 * payments (they count as their 1 % spending) not spent on its activities, the oldest spent first,
 * with simple interest at the rate of the settings from the day each was received.
 */
export async function getCessation(deps: Deps, caller: Caller, query: { asOf?: string }) {
  const mutualId = mutualOf(caller);
  const asOf = query.asOf ?? todayInMontreal(deps.now());
  const settings = await ensureBooks(deps.db, mutualId);
  const repo = reportRepository(deps.db);
  const [payments, spent] = await Promise.all([repo.paymentsByDay(mutualId, asOf), repo.expensesTo(mutualId, asOf)]);
  const owed = cessationLiability(payments, spent, asOf, settings.cessation_interest_ppm);
  return {
    asOf,
    receivedCents: payments.reduce((s, p) => s + p.cents, 0),
    spentCents: spent,
    principalCents: owed.principalCents,
    interestCents: owed.interestCents,
    totalCents: owed.totalCents,
    interestRatePpm: settings.cessation_interest_ppm,
  };
}
