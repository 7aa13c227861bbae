import type { SessionDetail, UpdateSessionRequest } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { sessionIsAnnounced, sessionIsFinished } from '@mutualis/domain/delivery/index';
import { userRepository } from '../accounts/index.ts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { providerRepository } from '../catalogue/index.ts';
import { AppError, invalid } from '../errors.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { getSession } from './get-session.ts';
import { notifyParticipants } from './notify-delivery.ts';
import { promoteWaitlist } from './promote-waitlist.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { lockVisibleSession } from './visible-session.ts';

// Changes that participants must hear about (and calendars must pick up).
const VISIBLE = ['title', 'place', 'virtualLink'] as const;

/** A coordinator edits a session; visible changes bump the calendar SEQUENCE and notify participants. */
export async function updateSession(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string; changes: UpdateSessionRequest },
): Promise<SessionDetail> {
  const { sessionId, changes } = input;
  const mutualId = mutualOf(caller);
  const now = deps.now().toISOString();
  await inTransaction(deps, async (tx) => {
    const repo = trainingSessionRepository(tx.db);
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (sessionIsFinished(row.status))
      throw new AppError('conflict', 'session_no_longer_editable', { params: { status: row.status } });
    const seatsMin = changes.seatsMin ?? row.seatsMin;
    const seatsMax = changes.seatsMax ?? row.seatsMax;
    if (seatsMax < seatsMin) throw invalid('seatsMax', 'max_below_min');
    if (changes.seatsMax !== undefined && changes.seatsMax < row.seatsConfirmed) {
      throw invalid('seatsMax', 'participants_already_confirmed', { count: row.seatsConfirmed });
    }
    if (changes.providerId && !(await providerRepository(tx.db).find(mutualId, changes.providerId))) {
      throw invalid('providerId', 'no_such_provider');
    }
    if (changes.trainerUserId) {
      const trainer = await userRepository(tx.db).findTrainer(mutualId, changes.trainerUserId);
      if (!trainer) throw invalid('trainerUserId', 'no_such_trainer');
      const providerId = changes.providerId ?? row.providerId;
      if (providerId && trainer.provider_id !== providerId) throw invalid('trainerUserId', 'trainer_not_of_provider');
    }
    await repo.update(
      sessionId,
      {
        title: changes.title,
        seats_min: changes.seatsMin,
        seats_max: changes.seatsMax,
        cost_cents: changes.costCents,
        go_no_go_date: changes.goNoGoDate,
        place: changes.place,
        virtual_link: changes.virtualLink,
        trainer_user_id: changes.trainerUserId,
        trainer_name: changes.trainerName,
        provider_id: changes.providerId,
        notes: changes.notes,
      },
      now,
    );
    const visibleChange = VISIBLE.some((k) => changes[k] !== undefined && changes[k] !== row[k]);
    if (visibleChange) await repo.bumpSequence(sessionId, now);
    await repo.recordEvent({ mutualId, sessionId, actorUserId: caller.userId, kind: 'change', detail: { ...changes } });
    // each field changed, as it was → as it is (the title: the one the coordinator gave, not the course's)
    const was: Record<string, unknown> = { ...row, title: row.ownTitle };
    const change = Object.fromEntries(
      Object.entries(changes)
        .filter(([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify(was[k] ?? null))
        .map(([k, v]) => [k, { from: was[k] ?? null, to: v }]),
    );
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'session.update',
      entityType: 'training_session',
      entityId: sessionId,
      change,
    });
    if (changes.seatsMax !== undefined && changes.seatsMax > row.seatsMax)
      await promoteWaitlist(tx, sessionId, mutualId, todayInMontreal(deps.now()));
    if (visibleChange && sessionIsAnnounced(row.status)) {
      const updated = (await repo.find(sessionId, { kind: 'mutual', mutualId }))!;
      await notifyParticipants(
        tx,
        updated,
        await enrolmentRepository(tx.db).listForSession(sessionId, null, ['confirmed']),
        'session_change',
      );
    }
  });
  return getSession(deps, caller, { sessionId });
}
