import { randomBytes } from 'node:crypto';
import { formatAttestationNumber, verificationCode } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import type { Deps } from '../caller.ts';
import { attestationRepository } from './attestation-repository.ts';
import { deliveredFactsOf } from './delivered-facts-of.ts';
import { trainingSessionRepository } from './session-repository.ts';

/**
 * Issues an attestation to every participant of a delivered session who completed it (attended
 * at least the mutual's threshold of the hours) and has none yet. Dates and hours are the delivered
 * facts' (the register reads the same). Returns who got one and who not.
 * A step of other use cases: call it inside their transaction (`tx`).
 */
export async function issueDueAttestations(tx: Deps, sessionId: string, mutualId: string, actorUserId: string | null) {
  const repo = trainingSessionRepository(tx.db);
  const row = (await repo.find(sessionId, { kind: 'mutual', mutualId }))!;
  const { facts, people } = await deliveredFactsOf(tx.db, row);
  const attestations = attestationRepository(tx.db);
  const done = new Set((await attestations.issuedEnrolmentIds(sessionId)).map((r) => r.enrolment_id));
  const issued: string[] = [];
  const notCompleted: { enrolmentId: string; name: string; hoursAttended: number }[] = [];
  for (const e of people) {
    if (e.status !== 'confirmed' || done.has(e.id)) continue;
    const hours = e.delivered.hoursAttended;
    if (!e.delivered.completed || !facts.firstDay || !facts.lastDay) {
      notCompleted.push({ enrolmentId: e.id, name: e.employeeName, hoursAttended: hours });
      continue;
    }
    const lastDay = facts.lastDay;
    const seq = await attestations.nextSequence(mutualId);
    const number = formatAttestationNumber(Number(lastDay.slice(0, 4)), seq, verificationCode(randomBytes(8)));
    const { id } = await attestations.insert({
      mutual_id: mutualId,
      number,
      enrolment_id: e.id,
      session_id: sessionId,
      member_id: e.memberId,
      employee_id: e.employeeId,
      participant_name: e.employeeName,
      course_title_fr: row.title,
      course_title_en: row.courseTitleEn,
      provider_name: row.providerName,
      date_from: facts.firstDay,
      date_to: lastDay,
      hours,
      issued_at: tx.now().toISOString(),
    });
    await auditRepository(tx.db).record({
      at: tx.now(),
      mutualId,
      memberId: e.memberId,
      actorUserId,
      action: 'attestation.issue',
      entityType: 'attestation',
      entityId: id,
      change: { number, enrolmentId: e.id },
    });
    issued.push(id);
  }
  return { issued, notCompleted };
}
