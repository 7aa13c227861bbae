import type { RetentionAnswer, SetRetentionRequest } from '@mutualis/contracts';
import { retentionPeriodProblem } from '@mutualis/domain/privacy/retention';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { invalid } from '../errors.ts';
import { retentionOf } from './get-retention.ts';
import { retentionRepository } from './retention-repository.ts';

/** The coordinator changes retention periods, each within its kind's bounds; audited with the periods set. */
export async function setRetention(deps: Deps, caller: Caller, body: SetRetentionRequest): Promise<RetentionAnswer> {
  const mutualId = mutualOf(caller);
  const seen = new Set<string>();
  body.periods.forEach((p, i) => {
    if (seen.has(p.kind)) throw invalid(`periods.${i}.kind`, 'retention_kind_twice');
    seen.add(p.kind);
    const problem = retentionPeriodProblem(p.kind, p.months);
    if (problem)
      throw invalid(`periods.${i}.months`, problem.code, {
        minimum: String(problem.minimum),
        maximum: String(problem.maximum),
      });
  });
  return inTransaction(deps, async (tx) => {
    const at = tx.now().toISOString();
    const repo = retentionRepository(tx.db);
    for (const p of body.periods) await repo.setPeriod(mutualId, p.kind, p.months, caller.userId, at);
    await auditRepository(tx.db).record({
      at,
      mutualId,
      actorUserId: caller.userId,
      action: 'retention.set',
      entityType: 'mutual',
      entityId: mutualId,
      change: Object.fromEntries(body.periods.map((p) => [p.kind, p.months])),
    });
    return retentionOf(tx, mutualId);
  });
}
