import type { Enrolment } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { decideEnrolments, sessionIsOpenForEnrolment } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { type BatchResult, type Caller, type Deps, inTransaction, type MemberScope, memberScopeOf } from '../caller.ts';
import { AppError, notFound } from '../errors.ts';
import { checkEnrollable } from './enrollable-employee.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { notifyParticipants } from './notify-delivery.ts';
import { presentEnrolment } from './present.ts';
import { seatRulePicture } from './seat-rule-picture.ts';
import { type SessionRow, trainingSessionRepository } from './session-repository.ts';
import { sessionVisibilityOf } from './visible-session.ts';

interface EnrolRequest {
  caller: Caller;
  scope: MemberScope;
  sessionId: string;
  employeeId: string;
}

/**
 * Enrols an employee: confirmed when its firm has a seat (its reservation or a free seat),
 * otherwise waitlisted. A member contact may enrol only its own firm's employees.
 * Requests for one session are served in batches (decision 65): those that arrive while a batch of
 * the session is being written wait for the next one, which serves them all in one transaction under
 * the session's row lock, in arrival order. The answer comes once its batch committed.
 */
export async function enrolParticipant(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string; employeeId: string },
): Promise<Enrolment> {
  const request: EnrolRequest = { caller, scope: memberScopeOf(caller), ...input };
  if (deps.db.isTransaction) {
    // a step of a larger write: a batch of one in that transaction
    const [result] = await enrolBatch(deps, request.scope.mutualId, input.sessionId, [request]);
    if (!result.ok) throw result.error;
    return result.value;
  }
  return deps.batches.run(`enrol:${request.scope.mutualId}:${input.sessionId}`, request, (requests) =>
    enrolBatch(deps, request.scope.mutualId, input.sessionId, requests),
  );
}

/**
 * One batch of enrolment requests on one session, in one transaction: the session's row is locked,
 * each request is checked in arrival order (the session visible to its caller and open, the employee
 * its caller's to enrol, still employed, not already there, its firm's dues not overdue); a request
 * that fails gets its own error and the others go on. The rest are decided in arrival order (the seat
 * rule, decideEnrolments) and written with one insert each for enrolments, audit entries and e-mails.
 */
export async function enrolBatch(
  deps: Deps,
  mutualId: string,
  sessionId: string,
  requests: readonly EnrolRequest[],
): Promise<BatchResult<Enrolment>[]> {
  const today = todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const sessions = trainingSessionRepository(tx.db);
    if (!(await sessions.lock(sessionId, mutualId)))
      return requests.map(() => ({ ok: false, error: notFound('session') }));
    const enrolments = enrolmentRepository(tx.db);
    const employeeIds = [...new Set(requests.map((r) => r.employeeId))];
    const employees = await enrolments.employeesAmong(employeeIds, mutualId);
    const active = await enrolments.activeAmong(sessionId, employeeIds);
    const overdue = await enrolments.overdueDues(
      mutualId,
      [...employees.values()].map((e) => e.memberId),
    );
    const rowsSeenBy = new Map<string, SessionRow | undefined>();
    const results: BatchResult<Enrolment>[] = [];
    const accepted: { index: number; request: EnrolRequest; memberId: string }[] = [];
    let session: SessionRow | undefined;
    for (const [index, request] of requests.entries()) {
      try {
        const visibility = sessionVisibilityOf(request.caller);
        const seenAs = JSON.stringify(visibility);
        if (!rowsSeenBy.has(seenAs)) rowsSeenBy.set(seenAs, await sessions.find(sessionId, visibility));
        const row = rowsSeenBy.get(seenAs);
        if (!row) throw notFound('session');
        if (!sessionIsOpenForEnrolment(row.status))
          throw new AppError('enrolment_closed', 'session_takes_no_enrolment', { params: { status: row.status } });
        const employee = checkEnrollable(employees.get(request.employeeId), request.scope, {
          today,
          field: 'employeeId',
          active: active.has(request.employeeId),
        });
        const dues = overdue.get(employee.memberId);
        if (dues)
          throw new AppError('dues_overdue', 'dues_overdue', {
            params: dues,
            fields: [{ field: 'memberId', code: 'dues_overdue', params: dues }],
          });
        active.add(request.employeeId); // the same employee twice in a batch: the second is already there
        session = row;
        accepted.push({ index, request, memberId: employee.memberId });
      } catch (error) {
        // a refusal is this request's own; a database failure ends the batch's transaction (and a
        // crossing with another transaction runs the batch again, decision 86)
        if (!(error instanceof AppError)) throw error;
        results[index] = { ok: false, error };
      }
    }
    if (!session) return results;
    const row = session;
    const statuses = decideEnrolments(
      await seatRulePicture(tx.db, row, today),
      accepted.map((a) => a.memberId),
    );
    const inserted = await enrolments.insertMany(
      accepted.map((a, i) => ({
        mutualId,
        sessionId,
        memberId: a.memberId,
        employeeId: a.request.employeeId,
        status: statuses[i],
        enrolledBy: a.request.caller.userId,
      })),
    );
    const idOf = (a: (typeof accepted)[number]) => inserted.get(a.request.employeeId)!.id;
    await auditRepository(tx.db).recordMany(
      accepted.map((a, i) => ({
        at: deps.now(),
        mutualId,
        memberId: a.memberId,
        actorUserId: a.request.caller.userId,
        action: 'enrolment.create',
        entityType: 'enrolment',
        entityId: idOf(a),
        change: { sessionId, employeeId: a.request.employeeId, status: statuses[i] },
      })),
    );
    const full = new Map((await enrolments.findMany(accepted.map(idOf), mutualId)).map((e) => [e.id, e]));
    const people = accepted.map((a) => full.get(idOf(a))!);
    const confirmedKind = row.status === 'scheduled' ? 'session_invitation' : 'enrolment_confirmation';
    await notifyParticipants(
      tx,
      row,
      people.filter((p) => p.status === 'confirmed'),
      confirmedKind,
    );
    await notifyParticipants(
      tx,
      row,
      people.filter((p) => p.status === 'waitlisted'),
      'waitlisted',
    );
    // waitlist ranks, read once: 1 for the next person on the waitlist
    const waitlist = (await enrolments.waitlist(sessionId)).map((w) => Number(w.position));
    const rankOf = (position: number) => waitlist.filter((p) => p <= position).length;
    for (const [i, a] of accepted.entries()) {
      const e = people[i];
      const rank = e.status === 'waitlisted' ? rankOf(Number(e.position)) : undefined;
      results[a.index] = { ok: true, value: await presentEnrolment(tx.db, e, a.request.caller.locale, rank) };
    }
    return results;
  });
}
