import type { Diagnostic } from '@mutualis/contracts';
import {
  canTransitionDiagnostic,
  type DiagnosticCoordinatorMove,
} from '@mutualis/domain/diagnostics/diagnostic-status';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { changeNeedStatus, needRepository } from '../needs/index.ts';
import { getDiagnostic } from './get-diagnostic.ts';
import { diagnosticRepository } from './repository.ts';
import { visibleDiagnostic } from './visible-diagnostic.ts';

/** Coordinator moves: start, complete (needs at least one proposed line), reopen, cancel (its proposed lines are withdrawn). */
export async function transitionDiagnostic(
  deps: Deps,
  caller: Caller,
  input: { diagnosticId: string; status: DiagnosticCoordinatorMove },
): Promise<Diagnostic> {
  const { diagnosticId: id, status: to } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const row = await visibleDiagnostic(tx, caller, id);
    const mutualId = row.mutual_id;
    if (!canTransitionDiagnostic(row.status, to)) {
      throw new AppError('conflict', 'status_change_not_allowed', {
        params: { from: row.status, to },
        fields: [{ field: 'status', code: 'status_change_not_allowed', params: { from: row.status, to } }],
      });
    }
    const proposedLines = () =>
      needRepository(tx.db).all({ mutualId, memberId: null }, { diagnosticId: id, status: 'proposed' });
    if (to === 'completed' && (await proposedLines()).length === 0) throw invalid('status', 'diagnostic_needs_lines');
    const nowIso = now.toISOString();
    await diagnosticRepository(tx.db).update(mutualId, id, {
      status: to,
      started_at: to === 'in_progress' ? (row.started_at ?? nowIso) : undefined,
      completed_at: to === 'completed' ? nowIso : undefined,
      updated_at: nowIso,
    });
    if (to === 'cancelled') {
      const proposed = await proposedLines();
      if (proposed.length)
        await changeNeedStatus(
          tx.db,
          { mutualId, userId: caller.userId },
          proposed.map((n) => n.id),
          'withdrawn',
          now,
          'diagnostic cancelled',
        );
    }
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      memberId: row.member_id,
      actorUserId: caller.userId,
      action: `diagnostic.${to}`,
      entityType: 'diagnostic',
      entityId: id,
      change: { from: row.status, to },
    });
    return getDiagnostic(tx, caller, { diagnosticId: id });
  });
}
