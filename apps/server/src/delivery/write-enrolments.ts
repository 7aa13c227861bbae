import type { Enrolment } from '@mutualis/contracts';
import type { EnrolmentStatus } from '@mutualis/domain/delivery/enrolment';
import { auditRepository } from '../audit/index.ts';
import type { Caller, Deps } from '../caller.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { notifyParticipants } from './notify-delivery.ts';
import { presentEnrolment } from './present.ts';
import type { SessionRow } from './session-repository.ts';

/** An enrolment decided (checked, its status given by the seat rule), to write. */
export interface DecidedEnrolment {
  caller: Caller;
  employeeId: string;
  memberId: string;
  status: EnrolmentStatus;
}

/**
 * Writes decided enrolments of one session together, in the order given (their places on the session
 * follow it), under the session's row lock the caller holds: one insert each for the enrolments, their
 * audit entries and the e-mails of the confirmed and of the waitlisted, then one read of them and one of
 * the waitlist's ranks. Answers each as its caller sees it, in the same order. `auditChange` is added to
 * each audit entry's change.
 */
export async function writeEnrolments(
  tx: Deps,
  row: SessionRow,
  decided: readonly DecidedEnrolment[],
  auditChange: Record<string, unknown> = {},
): Promise<Enrolment[]> {
  if (decided.length === 0) return [];
  const enrolments = enrolmentRepository(tx.db);
  const inserted = await enrolments.insertMany(
    decided.map((d) => ({
      mutualId: row.mutualId,
      sessionId: row.id,
      memberId: d.memberId,
      employeeId: d.employeeId,
      status: d.status,
      enrolledBy: d.caller.userId,
    })),
  );
  const idOf = (d: DecidedEnrolment) => inserted.get(d.employeeId)!.id;
  await auditRepository(tx.db).recordMany(
    decided.map((d) => ({
      at: tx.now(),
      mutualId: row.mutualId,
      memberId: d.memberId,
      actorUserId: d.caller.userId,
      action: 'enrolment.create',
      entityType: 'enrolment',
      entityId: idOf(d),
      change: { sessionId: row.id, employeeId: d.employeeId, status: d.status, ...auditChange },
    })),
  );
  const full = new Map((await enrolments.findMany(decided.map(idOf), row.mutualId)).map((e) => [e.id, e]));
  const people = decided.map((d) => full.get(idOf(d))!);
  await notifyParticipants(
    tx,
    row,
    people.filter((p) => p.status === 'confirmed'),
    row.status === 'scheduled' ? 'session_invitation' : 'enrolment_confirmation',
  );
  await notifyParticipants(
    tx,
    row,
    people.filter((p) => p.status === 'waitlisted'),
    'waitlisted',
  );
  // waitlist ranks, read once: 1 for the next person on the waitlist
  const waitlist = people.some((p) => p.status === 'waitlisted')
    ? (await enrolments.waitlist(row.id)).map((w) => Number(w.position))
    : [];
  const rankOf = (position: number) => waitlist.filter((p) => p <= position).length;
  const answers: Enrolment[] = [];
  for (const [i, d] of decided.entries()) {
    const e = people[i];
    const rank = e.status === 'waitlisted' ? rankOf(Number(e.position)) : undefined;
    answers.push(await presentEnrolment(tx.db, e, d.caller.locale, rank));
  }
  return answers;
}
