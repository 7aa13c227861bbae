import type { RecognitionFile, UpdateRecognitionFile } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { readRecognition } from './get-recognition.ts';
import { coordinatorMutualOf } from './governance-access.ts';
import { recognitionRepository } from './recognition-repository.ts';

/** Changes the recognition file (coordinators); the basis is the mutual's kind. */
export async function updateRecognition(
  deps: Deps,
  caller: Caller,
  input: UpdateRecognitionFile,
): Promise<RecognitionFile> {
  const mutualId = coordinatorMutualOf(caller);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = recognitionRepository(tx.db);
    const { basis, ...fields } = input;
    if (basis) await repo.setBasis(mutualId, basis);
    const columns: Record<string, unknown> = {
      legal_name: fields.legalName,
      neq: fields.neq,
      incorporated_on: fields.incorporatedOn,
      address: fields.address,
      skills_problems: fields.skillsProblems,
      pooling_rationale: fields.poolingRationale,
      collaboration: fields.collaboration,
      viable_members: fields.viableMembers,
      viability_budget_cents: fields.viabilityBudgetCents,
      viability_activity: fields.viabilityActivity,
      resolution_body: fields.resolutionBody,
      resolution_adopted_on: fields.resolutionAdoptedOn,
      resolution_reference: fields.resolutionReference,
    };
    for (const k of Object.keys(columns)) if (columns[k] === undefined) delete columns[k];
    await repo.saveFile(mutualId, { ...columns, updated_by: caller.userId, updated_at: now.toISOString() });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'recognition.update',
      entityType: 'recognition_file',
      entityId: mutualId,
      change: input,
    });
    return readRecognition(tx.db, mutualId, todayInMontreal(now));
  });
}
