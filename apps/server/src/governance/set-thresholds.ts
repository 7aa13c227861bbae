import type { Scorecard, SetThresholds } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { indicatorDefinition, isValidThreshold } from '@mutualis/domain/governance/scorecard';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError, type FieldError } from '../errors.ts';
import { scorecardOf } from './get-scorecard.ts';
import { boardManagerMutualOf } from './governance-access.ts';
import { scorecardRepository } from './scorecard-repository.ts';

/** Sets the board's thresholds (coordinator or chair): green at least as good as amber; null returns to the default. */
export async function setThresholds(deps: Deps, caller: Caller, input: SetThresholds): Promise<Scorecard> {
  const mutualId = await boardManagerMutualOf(deps, caller);
  const fields = input.thresholds.flatMap((t, i): FieldError[] => {
    if (t.green === null && t.amber === null) return [];
    if (t.green === null || t.amber === null) return [{ field: `thresholds.${i}`, code: 'thresholds_both_or_neither' }];
    if (!isValidThreshold(t.indicator, { green: t.green, amber: t.amber })) {
      const d = indicatorDefinition(t.indicator);
      if (!d.defaultThreshold) return [{ field: `thresholds.${i}`, code: 'indicator_has_no_threshold' }];
      if (d.better === 'higher') return [{ field: `thresholds.${i}`, code: 'green_at_least_amber' }];
      return [{ field: `thresholds.${i}`, code: 'green_at_most_amber' }];
    }
    return [];
  });
  if (fields.length) throw new AppError('validation_failed', 'fields_invalid', { fields });
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = scorecardRepository(tx.db);
    for (const t of input.thresholds) {
      await repo.setThreshold(
        mutualId,
        t.indicator,
        t.green === null || t.amber === null ? null : { green: t.green, amber: t.amber },
        caller.userId,
        now.toISOString(),
      );
    }
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'scorecard.thresholds',
      entityType: 'scorecard',
      entityId: mutualId,
      change: input,
    });
    return scorecardOf(tx.db, mutualId, { today: todayInMontreal(now), outside: false });
  });
}
