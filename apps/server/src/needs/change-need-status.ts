import { canTransitionNeed, type NeedStatus } from '@mutualis/domain/needs/index';
import { auditRepository } from '../audit/index.ts';
import type { Db } from '../db/client.ts';
import { AppError, notFound } from '../errors.ts';
import { needRepository } from './repository.ts';

/**
 * Moves needs to another status inside the caller's transaction (pooling marks needs planned,
 * delivery scheduled or closed, a diagnostic opens them). Refuses the whole batch if one move is
 * not allowed by the transition rules.
 */
export async function changeNeedStatus(
  trx: Db,
  actor: { mutualId: string; userId: string | null },
  needIds: string[],
  to: NeedStatus,
  now: Date,
  note?: string,
) {
  const repo = needRepository(trx);
  const rows = await repo.all({ mutualId: actor.mutualId, memberId: null }, { ids: needIds });
  if (rows.length !== new Set(needIds).size) throw notFound('need');
  const refused = rows.filter((r) => !canTransitionNeed(r.status, to));
  if (refused.length) {
    throw new AppError('conflict', 'need_transition_refused', {
      params: { ids: refused.map((r) => r.id).join(', ') },
      fields: [{ field: 'status', code: 'status_change_not_allowed', params: { from: refused[0].status, to } }],
    });
  }
  for (const r of rows)
    await repo.update(actor.mutualId, r.id, {
      status: to,
      status_changed_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
  await auditRepository(trx).recordMany(
    rows.map((r) => ({
      at: now,
      mutualId: actor.mutualId,
      memberId: r.member_id,
      actorUserId: actor.userId,
      action: 'need.status',
      entityType: 'need',
      entityId: r.id,
      change: { from: r.status, to, note: note ?? null },
    })),
  );
}
