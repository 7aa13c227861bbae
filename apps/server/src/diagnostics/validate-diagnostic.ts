import type { Diagnostic } from '@mutualis/contracts';
import { canTransitionDiagnostic } from '@mutualis/domain/diagnostics/diagnostic-status';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError, forbidden, invalid } from '../errors.ts';
import { changeNeedStatus, needRepository } from '../needs/index.ts';
import { getDiagnostic } from './get-diagnostic.ts';
import { diagnosticRepository } from './repository.ts';
import { visibleDiagnostic } from './visible-diagnostic.ts';

/** The member contact validates a completed diagnostic: its proposed lines open, except those it rejects. */
export async function validateDiagnostic(
  deps: Deps,
  caller: Caller,
  input: { diagnosticId: string; rejectedNeedIds?: string[] },
): Promise<Diagnostic> {
  if (caller.role !== 'member_contact') throw forbidden('member_validates_diagnostic');
  const { diagnosticId: id } = input;
  const rejectedNeedIds = input.rejectedNeedIds ?? [];
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const row = await visibleDiagnostic(tx, caller, id);
    const mutualId = row.mutual_id;
    if (!canTransitionDiagnostic(row.status, 'validated'))
      throw new AppError('conflict', 'diagnostic_not_validatable', { params: { status: row.status } });
    const proposed = await needRepository(tx.db).all(
      { mutualId, memberId: row.member_id },
      { diagnosticId: id, status: 'proposed' },
    );
    const ids = new Set(proposed.map((n) => n.id));
    const unknown = rejectedNeedIds.filter((x) => !ids.has(x));
    if (unknown.length) throw invalid('rejectedNeedIds', 'not_proposed_lines', { ids: unknown.join(', ') });
    const rejected = new Set(rejectedNeedIds);
    const accepted = proposed.filter((n) => !rejected.has(n.id)).map((n) => n.id);
    const actor = { mutualId, userId: caller.userId };
    if (accepted.length) await changeNeedStatus(tx.db, actor, accepted, 'open', now, 'validated by the member');
    if (rejected.size) await changeNeedStatus(tx.db, actor, [...rejected], 'withdrawn', now, 'rejected by the member');
    const nowIso = now.toISOString();
    await diagnosticRepository(tx.db).update(mutualId, id, {
      status: 'validated',
      validated_at: nowIso,
      validated_by: caller.userId,
      updated_at: nowIso,
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      memberId: row.member_id,
      actorUserId: caller.userId,
      action: 'diagnostic.validated',
      entityType: 'diagnostic',
      entityId: id,
      change: { accepted, rejected: [...rejected] },
    });
    return getDiagnostic(tx, caller, { diagnosticId: id });
  });
}
