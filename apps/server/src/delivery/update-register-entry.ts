import type { RegisterEntryDto, RegisterUpdate } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError } from '../errors.ts';
import { getRegisterEntry } from './get-register-entry.ts';
import { registerRepository } from './register-repository.ts';
import { lockVisibleSession } from './visible-session.ts';

/** The coordinator states register values; null goes back to the course's or the results' value. */
export async function updateRegisterEntry(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string; changes: RegisterUpdate },
): Promise<RegisterEntryDto> {
  const { sessionId, changes } = input;
  const mutualId = mutualOf(caller);
  await inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (row.status === 'cancelled') throw new AppError('conflict', 'cancelled_no_register');
    // the duration is the meeting days' hours, as on the attestations: it is not stated by hand once there are days
    if (changes.durationHours !== undefined && row.firstDay) {
      throw new AppError('conflict', 'duration_from_meeting_days', {
        fields: [{ field: 'durationHours', code: 'duration_from_meeting_days' }],
      });
    }
    const blankToNull = (v: string | null | undefined) => (v === undefined ? undefined : v?.trim() ? v.trim() : null);
    await registerRepository(tx.db).save(
      sessionId,
      mutualId,
      {
        title: blankToNull(changes.title),
        objectives: blankToNull(changes.objectives),
        content: blankToNull(changes.content),
        duration_hours: changes.durationHours,
        provider_or_trainer: blankToNull(changes.providerOrTrainer),
        cost_cents: changes.costCents,
        evaluation_result: blankToNull(changes.evaluationResult),
      },
      caller.userId,
      deps.now().toISOString(),
    );
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'register.update',
      entityType: 'training_session',
      entityId: sessionId,
      change: { ...changes },
    });
  });
  return getRegisterEntry(deps, caller, { sessionId });
}
