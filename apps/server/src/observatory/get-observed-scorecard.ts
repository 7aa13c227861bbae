import type { Scorecard } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import { scorecardOf } from '../governance/index.ts';
import { observedMutual } from './observer-scope.ts';

/** An observed mutual's scorecard as seen from outside: small cells suppressed, the board's thresholds kept. */
export async function getObservedScorecard(
  deps: Deps,
  caller: Caller,
  input: { mutualId: string; year?: number; from?: number },
): Promise<Scorecard> {
  const mutualId = await observedMutual(deps, caller, input.mutualId);
  return scorecardOf(deps.db, mutualId, {
    today: todayInMontreal(deps.now()),
    year: input.year,
    from: input.from,
    outside: true,
  });
}
