import type { Enrolments, WaitlistOrderRequest } from '@mutualis/contracts';
import { reorderWaitlist as reorder, sessionIsOpenForEnrolment } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { presentEnrolment } from './present.ts';
import { lockVisibleSession } from './visible-session.ts';

/** A coordinator puts a session's waitlist in a new order (every waitlisted enrolment once); answers the waitlist in that order. */
export async function reorderWaitlist(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string } & WaitlistOrderRequest,
): Promise<Enrolments> {
  const { sessionId, enrolmentIds } = input;
  return inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionIsOpenForEnrolment(row.status)) throw new AppError('enrolment_closed', 'session_takes_no_enrolment');
    const enrolments = enrolmentRepository(tx.db);
    const waitlist = (await enrolments.waitlist(sessionId)).map((w) => ({ ...w, position: Number(w.position) }));
    const result = reorder(waitlist, enrolmentIds);
    if (!result.ok) {
      const index = enrolmentIds.indexOf(result.id);
      const what = ({ unknown: 'not_on_waitlist', duplicate: 'named_twice', missing: 'order_leaves_out' } as const)[
        result.problem
      ];
      throw invalid(
        result.problem === 'missing'
          ? 'enrolmentIds'
          : `enrolmentIds.${result.problem === 'duplicate' ? enrolmentIds.lastIndexOf(result.id) : index}`,
        what,
        result.problem === 'missing' ? { id: result.id } : undefined,
      );
    }
    await enrolments.setPositions(result.moves);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: row.mutualId,
      actorUserId: caller.userId,
      action: 'waitlist.reorder',
      entityType: 'training_session',
      entityId: sessionId,
      change: { before: waitlist.map((w) => w.id), after: enrolmentIds },
    });
    // the waitlist read back in one statement (one per person before), answered in its new order
    const byId = new Map((await enrolments.findMany(enrolmentIds, row.mutualId)).map((e) => [e.id, e]));
    const items = [];
    for (const [i, id] of enrolmentIds.entries())
      items.push(await presentEnrolment(tx.db, byId.get(id)!, caller.locale, i + 1));
    return { items };
  });
}
