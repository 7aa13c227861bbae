import type { Diagnostic, UpdateDiagnosticRequest } from '@mutualis/contracts';
import { diagnosticIsEditable } from '@mutualis/domain/diagnostics/diagnostic-status';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError } from '../errors.ts';
import { getDiagnostic } from './get-diagnostic.ts';
import { diagnosticRepository } from './repository.ts';
import { visibleDiagnostic } from './visible-diagnostic.ts';

/** Records a diagnostic's content (challenges, skills gaps, priorities, constraints, notes) until it is completed (coordinators). */
export async function updateDiagnostic(
  deps: Deps,
  caller: Caller,
  input: { diagnosticId: string; changes: UpdateDiagnosticRequest },
): Promise<Diagnostic> {
  const { diagnosticId: id, changes } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const row = await visibleDiagnostic(tx, caller, id);
    if (!diagnosticIsEditable(row.status))
      throw new AppError('conflict', 'diagnostic_not_editable', { params: { status: row.status } });
    await diagnosticRepository(tx.db).update(row.mutual_id, id, {
      scheduled_on: changes.scheduledOn,
      challenges: changes.challenges,
      skills_gaps: changes.skillsGaps ? JSON.stringify(changes.skillsGaps) : undefined,
      priorities: changes.priorities,
      constraints: changes.constraints ? JSON.stringify(changes.constraints) : undefined,
      notes: changes.notes,
      updated_at: now.toISOString(),
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId: row.mutual_id,
      memberId: row.member_id,
      actorUserId: caller.userId,
      action: 'diagnostic.update',
      entityType: 'diagnostic',
      entityId: id,
      change: changes,
    });
    return getDiagnostic(tx, caller, { diagnosticId: id });
  });
}
