import { todayInMontreal } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { providerRepository } from '../catalogue/index.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { userRepository } from '../accounts/index.ts';
import { AppError, invalid, notFound } from '../errors.ts';
import { mutualOf } from '../caller.ts';
import type { Deps, Caller } from '../caller.ts';
import { promoteWaitlist } from './enrol-participant.ts';
import { notifyParticipants } from './notify-delivery.ts';

export interface UpdateSessionInput {
  title?: string;
  seatsMin?: number;
  seatsMax?: number;
  costCents?: number;
  goNoGoDate?: string | null;
  place?: string | null;
  virtualLink?: string | null;
  trainerUserId?: string | null;
  trainerName?: string | null;
  providerId?: string | null;
  notes?: string;
}

const FINISHED = ['delivered', 'evaluated', 'cancelled'];
// Changes that participants must hear about (and calendars must pick up).
const VISIBLE = ['title', 'place', 'virtualLink'] as const;

/** A coordinator edits a session; visible changes bump the calendar SEQUENCE and notify participants. */
export async function updateSession(deps: Deps, caller: Caller, sessionId: string, input: UpdateSessionInput) {
  const mutualId = mutualOf(caller);
  const now = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const repo = trainingSessionRepository(trx);
    if (!(await repo.lock(sessionId, mutualId))) throw notFound('Session');
    const row = (await repo.find(sessionId, { kind: 'mutual', mutualId }))!;
    if (FINISHED.includes(row.status)) throw new AppError('conflict', `A ${row.status} session can no longer be edited`);
    const seatsMin = input.seatsMin ?? row.seatsMin;
    const seatsMax = input.seatsMax ?? row.seatsMax;
    if (seatsMax < seatsMin) throw invalid('seatsMax', 'must be at least seatsMin');
    if (input.seatsMax !== undefined && input.seatsMax < row.seatsConfirmed) {
      throw invalid('seatsMax', `${row.seatsConfirmed} participants are already confirmed`);
    }
    if (input.providerId && !(await providerRepository(trx).find(mutualId, input.providerId))) {
      throw invalid('providerId', 'no such provider in this mutual');
    }
    if (input.trainerUserId) {
      const trainer = await userRepository(trx).findTrainer(mutualId, input.trainerUserId);
      if (!trainer) throw invalid('trainerUserId', 'no such trainer account in this mutual');
      const providerId = input.providerId ?? row.providerId;
      if (providerId && trainer.provider_id !== providerId) throw invalid('trainerUserId', "this trainer is not the session's provider's");
    }
    await repo.update(
      sessionId,
      {
        title: input.title,
        seats_min: input.seatsMin,
        seats_max: input.seatsMax,
        cost_cents: input.costCents,
        go_no_go_date: input.goNoGoDate,
        place: input.place,
        virtual_link: input.virtualLink,
        trainer_user_id: input.trainerUserId,
        trainer_name: input.trainerName,
        provider_id: input.providerId,
        notes: input.notes,
      },
      now,
    );
    const visibleChange = VISIBLE.some((k) => input[k] !== undefined && input[k] !== row[k]);
    if (visibleChange) await repo.bumpSequence(sessionId, now);
    await repo.recordEvent({ mutualId, sessionId, actorUserId: caller.userId, kind: 'change', detail: { ...input } });
    await auditRepository(trx).record({ at: now, mutualId, actorUserId: caller.userId, action: 'session.update', entityType: 'training_session', entityId: sessionId, change: { ...input } });
    if (input.seatsMax !== undefined && input.seatsMax > row.seatsMax) await promoteWaitlist(trx, deps, sessionId, mutualId, todayInMontreal(deps.now()));
    if (visibleChange && ['scheduled', 'in_delivery'].includes(row.status)) {
      const updated = (await repo.find(sessionId, { kind: 'mutual', mutualId }))!;
      await notifyParticipants(trx, deps, updated, await enrolmentRepository(trx).listForSession(sessionId, null, ['confirmed']), 'session_change');
    }
  });
}

/** Replaces the meeting days of a session that has not started; participants hear of the change. */
export async function setMeetingDays(
  deps: Deps,
  caller: Caller,
  sessionId: string,
  days: { day: string; startsAt: string; endsAt: string; hours?: number }[],
) {
  const mutualId = mutualOf(caller);
  const now = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const repo = trainingSessionRepository(trx);
    if (!(await repo.lock(sessionId, mutualId))) throw notFound('Session');
    const row = (await repo.find(sessionId, { kind: 'mutual', mutualId }))!;
    if (!['proposed', 'confirmed', 'scheduled'].includes(row.status)) {
      throw new AppError('conflict', `The meeting days of a ${row.status} session cannot change`);
    }
    const seen = new Set<string>();
    const normalised = days.map((d, i) => {
      if (d.endsAt <= d.startsAt) throw invalid(`days.${i}.endsAt`, 'must be after startsAt');
      const key = `${d.day} ${d.startsAt}`;
      if (seen.has(key)) throw invalid(`days.${i}.day`, 'duplicate meeting day');
      seen.add(key);
      const [sh, sm] = d.startsAt.split(':').map(Number);
      const [eh, em] = d.endsAt.split(':').map(Number);
      const span = (eh * 60 + em - (sh * 60 + sm)) / 60;
      if (d.hours !== undefined && d.hours > span) throw invalid(`days.${i}.hours`, `must be at most ${span}`);
      return { day: d.day, startsAt: d.startsAt, endsAt: d.endsAt, hours: d.hours ?? Math.round(span * 100) / 100 };
    });
    await repo.replaceMeetingDays(mutualId, sessionId, normalised);
    await repo.bumpSequence(sessionId, now);
    await repo.recordEvent({ mutualId, sessionId, actorUserId: caller.userId, kind: 'change', detail: { meetingDays: normalised } });
    await auditRepository(trx).record({ at: now, mutualId, actorUserId: caller.userId, action: 'session.meeting_days', entityType: 'training_session', entityId: sessionId, change: { days: normalised } });
    if (row.status === 'scheduled') {
      const updated = (await repo.find(sessionId, { kind: 'mutual', mutualId }))!;
      await notifyParticipants(trx, deps, updated, await enrolmentRepository(trx).listForSession(sessionId, null, ['confirmed']), 'session_change');
    }
  });
}
