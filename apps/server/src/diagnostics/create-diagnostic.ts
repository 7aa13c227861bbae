import type { CreateDiagnosticRequest, Diagnostic } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { invalid } from '../errors.ts';
import { needRepository } from '../needs/index.ts';
import { getDiagnostic } from './get-diagnostic.ts';
import { constraintsOf } from './present.ts';
import { diagnosticRepository } from './repository.ts';

/** Schedules a diagnostic with a member firm of the mutual (coordinators). */
export async function createDiagnostic(
  deps: Deps,
  caller: Caller,
  input: CreateDiagnosticRequest,
): Promise<Diagnostic> {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    if (!(await needRepository(tx.db).member(mutualId, input.memberId))) throw invalid('memberId', 'no_such_member');
    const id = await diagnosticRepository(tx.db).insert({
      mutual_id: mutualId,
      member_id: input.memberId,
      scheduled_on: input.scheduledOn,
      conducted_by: caller.userId,
      challenges: input.challenges ?? '',
      skills_gaps: JSON.stringify(input.skillsGaps ?? []),
      priorities: input.priorities ?? '',
      constraints: JSON.stringify(constraintsOf(input.constraints)),
      notes: input.notes ?? '',
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      memberId: input.memberId,
      actorUserId: caller.userId,
      action: 'diagnostic.create',
      entityType: 'diagnostic',
      entityId: id,
      change: input,
    });
    return getDiagnostic(tx, caller, { diagnosticId: id });
  });
}
