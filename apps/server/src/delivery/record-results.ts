import type { ResultsRequest, Roster } from '@mutualis/contracts';
import { sessionTakesResults } from '@mutualis/domain/delivery/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError, type FieldError, invalidFields } from '../errors.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
import { getRoster } from './get-roster.ts';
import { lockVisibleSession } from './visible-session.ts';

/** Records each participant's evaluation result: passed / not passed and an optional score; answers the roster. */
export async function recordResults(
  deps: Deps,
  caller: Caller,
  input: { sessionId: string } & ResultsRequest,
): Promise<Roster> {
  const { sessionId, entries } = input;
  await inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionTakesResults(row.status))
      throw new AppError('conflict', 'not_recordable_now', { params: { status: row.status } });
    const enrolments = enrolmentRepository(tx.db);
    const people = new Set((await enrolments.listForSession(sessionId, null, ['confirmed'])).map((e) => e.id));
    const errors: FieldError[] = entries.flatMap((e, i) =>
      people.has(e.enrolmentId)
        ? []
        : [{ field: `entries.${i}.enrolmentId`, code: 'not_confirmed_participant' as const }],
    );
    if (errors.length) throw invalidFields(errors);
    for (const e of entries)
      await enrolments.setResult(e.enrolmentId, { outcome: e.outcome, score: e.score ?? null, note: e.note ?? null });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: row.mutualId,
      actorUserId: caller.userId,
      action: 'results.record',
      entityType: 'training_session',
      entityId: sessionId,
      change: { entries },
    });
  });
  return getRoster(deps, caller, { sessionId });
}
