import type { Enrolment } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { decideEnrolments, sessionIsOpenForEnrolment } from '@mutualis/domain/delivery/index';
import { type BatchResult, type Caller, type Deps, inTransaction, type MemberScope, memberScopeOf } from '../caller.ts';
import { AppError, notFound } from '../errors.ts';
import { checkEnrollable } from './enrollable-employee.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { seatRulePicture } from './seat-rule-picture.ts';
import { type SessionRow, trainingSessionRepository } from './session-repository.ts';
import { sessionVisibilityOf } from './visible-session.ts';
import { writeEnrolments } from './write-enrolments.ts';

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
 * rule, decideEnrolments) and written together (writeEnrolments).
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
    const answers = await writeEnrolments(
      tx,
      row,
      accepted.map((a, i) => ({
        caller: a.request.caller,
        employeeId: a.request.employeeId,
        memberId: a.memberId,
        status: statuses[i],
      })),
    );
    for (const [i, a] of accepted.entries()) results[a.index] = { ok: true, value: answers[i] };
    return results;
  });
}
