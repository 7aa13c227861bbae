import { isNoShow } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import type { Deps } from '../caller.ts';
import { attendanceRepository } from './attendance-repository.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { issueDueAttestations } from './issue-due-attestations.ts';
import { scheduleQuestionnaires } from './schedule-questionnaires.ts';
import { trainingSessionRepository } from './session-repository.ts';

/**
 * What follows delivery, in the caller's transaction (`tx`): participants absent from every day
 * become no-shows (billed), attestations go to those who completed, questionnaires are scheduled.
 */
export async function onSessionDelivered(tx: Deps, sessionId: string, mutualId: string, actorUserId: string) {
  const enrolments = enrolmentRepository(tx.db);
  const days = await trainingSessionRepository(tx.db).meetingDays(sessionId);
  const attendance = await attendanceRepository(tx.db).forSession(sessionId);
  const now = tx.now().toISOString();
  for (const e of await enrolments.listForSession(sessionId, null, ['confirmed'])) {
    const mine = attendance.filter((a) => a.enrolmentId === e.id);
    if (isNoShow(mine, days.length)) {
      await enrolments.setStatus(e.id, 'no_show', now, { reason: 'absent from every meeting day' });
      await auditRepository(tx.db).record({
        at: now,
        mutualId,
        memberId: e.memberId,
        actorUserId,
        action: 'enrolment.no_show',
        entityType: 'enrolment',
        entityId: e.id,
        change: { from: 'confirmed', to: 'no_show' },
      });
    }
  }
  await issueDueAttestations(tx, sessionId, mutualId, actorUserId);
  await scheduleQuestionnaires(tx, sessionId, mutualId);
}
