import type { MeetingDaysRequest, SessionDetail } from '@mutualis/contracts';
import { sessionIsOpenForEnrolment } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { getSession } from './get-session.ts';
import { notifyParticipants } from './notify-delivery.ts';
import { trainingSessionRepository } from './session-repository.ts';
import { lockVisibleSession } from './visible-session.ts';

/** Replaces the meeting days of a session that has not started; participants hear of the change. */
export async function setMeetingDays(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string; days: MeetingDaysRequest['days'] },
): Promise<SessionDetail> {
  const { sessionId, days } = input;
  const mutualId = mutualOf(caller);
  const now = deps.now().toISOString();
  await inTransaction(deps, async (tx) => {
    const repo = trainingSessionRepository(tx.db);
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionIsOpenForEnrolment(row.status)) {
      throw new AppError('conflict', 'meeting_days_no_longer_change', { params: { status: row.status } });
    }
    const seen = new Set<string>();
    const normalised = days.map((d, i) => {
      if (d.endsAt <= d.startsAt) throw invalid(`days.${i}.endsAt`, 'ends_after_start');
      const key = `${d.day} ${d.startsAt}`;
      if (seen.has(key)) throw invalid(`days.${i}.day`, 'duplicate_meeting_day');
      seen.add(key);
      const [sh, sm] = d.startsAt.split(':').map(Number);
      const [eh, em] = d.endsAt.split(':').map(Number);
      const span = (eh * 60 + em - (sh * 60 + sm)) / 60;
      if (d.hours !== undefined && d.hours > span) throw invalid(`days.${i}.hours`, 'at_most', { maximum: span });
      return { day: d.day, startsAt: d.startsAt, endsAt: d.endsAt, hours: d.hours ?? Math.round(span * 100) / 100 };
    });
    await repo.replaceMeetingDays(mutualId, sessionId, normalised);
    await repo.bumpSequence(sessionId, now);
    await repo.recordEvent({
      mutualId,
      sessionId,
      actorUserId: caller.userId,
      kind: 'change',
      detail: { meetingDays: normalised },
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'session.meeting_days',
      entityType: 'training_session',
      entityId: sessionId,
      change: { days: normalised },
    });
    if (row.status === 'scheduled') {
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
