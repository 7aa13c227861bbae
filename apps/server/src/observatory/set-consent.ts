import type { ResearchConsent } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { forbidden } from '../errors.ts';
import { getConsent } from './get-consent.ts';
import { observatoryRepository } from './repository.ts';

/** Records the board's decision to let researchers see the mutual's aggregates, or to withdraw it (coordinators). */
export async function setConsent(
  deps: Deps,
  caller: Caller,
  input: { consented: boolean; note?: string },
): Promise<ResearchConsent> {
  if (caller.role !== 'coordinator') throw forbidden('board_decision_coordinator_only');
  const mutualId = mutualOf(caller);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    await observatoryRepository(tx.db).setConsent(
      mutualId,
      input.consented,
      todayInMontreal(now),
      caller.userId,
      input.note ?? '',
    );
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'research_consent.set',
      entityType: 'mutual',
      entityId: mutualId,
      change: input,
    });
    return getConsent(tx, caller);
  });
}
