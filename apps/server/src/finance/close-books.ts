import type { FinanceSettings } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { closeProblem } from '@mutualis/domain/finance/fiscal-year';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { ensureBooks } from './books.ts';
import { ledgerRepository } from './ledger-repository.ts';
import { presentSettings } from './present.ts';

/** Closes the books through a month end: from then on no entry may be dated on or before it. */
export async function closeBooks(deps: Deps, caller: Caller, input: { through: string }): Promise<FinanceSettings> {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  const today = todayInMontreal(now);
  return inTransaction(deps, async (tx) => {
    const settings = await ensureBooks(tx.db, mutualId);
    const problem = closeProblem(input.through, settings.closed_through);
    if (problem)
      throw problem.code === 'books_already_closed'
        ? new AppError('period_closed', problem.code, {
            params: problem.params,
            fields: [{ field: 'through', code: problem.code, params: problem.params }],
          })
        : invalid('through', problem.code, problem.params);
    if (input.through >= today) throw invalid('through', 'period_not_ended');
    await ledgerRepository(tx.db).updateSettings(mutualId, {
      closed_through: input.through,
      updated_at: now.toISOString(),
      updated_by: caller.userId,
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'finance.close',
      entityType: 'finance_settings',
      entityId: mutualId,
      change: input,
    });
    return presentSettings(await ensureBooks(tx.db, mutualId), today);
  });
}
