import { promotions, sessionIsOpenForEnrolment } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import type { Deps } from '../caller.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { notifyParticipants } from './notify-delivery.ts';
import { seatRulePicture } from './seat-rule-picture.ts';
import { trainingSessionRepository } from './session-repository.ts';

/**
 * Fills free seats from the waitlist in arrival order (a firm's reservation first goes to its
 * own people) and tells each promoted person. A step of other use cases: call it inside their
 * transaction (`tx`), with the session locked.
 */
export async function promoteWaitlist(tx: Deps, sessionId: string, mutualId: string, today: string) {
  const repo = trainingSessionRepository(tx.db);
  const row = await repo.find(sessionId, { kind: 'mutual', mutualId });
  if (!row || !sessionIsOpenForEnrolment(row.status)) return [];
  const enrolments = enrolmentRepository(tx.db);
  const waiting = (await enrolments.waitlist(sessionId)).map((w) => ({ ...w, position: Number(w.position) }));
  const promoted = promotions(await seatRulePicture(tx.db, row, today), waiting);
  const now = tx.now().toISOString();
  const people = [];
  for (const p of promoted) {
    await enrolments.setStatus(p.id, 'confirmed', now, { reason: 'promoted from the waitlist' });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      memberId: p.memberId,
      actorUserId: null,
      action: 'enrolment.promote',
      entityType: 'enrolment',
      entityId: p.id,
      change: { from: 'waitlisted', to: 'confirmed' },
    });
    people.push((await enrolments.find(p.id, { mutualId, memberId: null }))!);
  }
  await notifyParticipants(tx, row, people, 'waitlist_promotion');
  return promoted.map((p) => p.id);
}
