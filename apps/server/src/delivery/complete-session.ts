import { isNoShow } from '@mutualis/domain/delivery/index';
import type { Db } from '../db/client.ts';
import { attendanceRepository } from './attendance-repository.ts';
import { auditRepository } from '../audit/index.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';
import type { Deps } from '../caller.ts';
import { issueAttestationsInTrx } from './issue-attestations.ts';
import { scheduleQuestionnaires } from './send-questionnaires.ts';

/**
 * What follows delivery, in the same transaction: participants absent from every day become
 * no-shows (billed), attestations go to those who completed, questionnaires are scheduled.
 */
export async function onSessionDelivered(trx: Db, deps: Deps, sessionId: string, mutualId: string, actorUserId: string) {
  const enrolments = enrolmentRepository(trx);
  const days = await trainingSessionRepository(trx).meetingDays(sessionId);
  const attendance = await attendanceRepository(trx).forSession(sessionId);
  const now = deps.now().toISOString();
  for (const e of await enrolments.listForSession(sessionId, null, ['confirmed'])) {
    const mine = attendance.filter((a) => a.enrolmentId === e.id);
    if (isNoShow(mine, days.length)) {
      await enrolments.setStatus(e.id, 'no_show', now, { reason: 'absent from every meeting day' });
      await auditRepository(trx).record({
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
  await issueAttestationsInTrx(trx, deps, sessionId, mutualId, actorUserId);
  await scheduleQuestionnaires(trx, deps, sessionId, mutualId);
}
