import type { Mutual, UpdateMutualRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { notFound } from '../errors.ts';
import { mutualValues, slugTaken } from './mutual-values.ts';
import { presentMutual } from './present.ts';
import { mutualRepository } from './repository.ts';
import { visibleMutual } from './visible-mutual.ts';

/** Edits a mutual's identity and parameters (platform administrator; update-delivery-settings.ts lets coordinators edit some of their own). */
export async function updateMutual(
  deps: Deps,
  caller: Caller,
  input: { mutualId: string; changes: UpdateMutualRequest },
): Promise<Mutual> {
  const { mutualId, changes } = input;
  return inTransaction(deps, async (tx) => {
    const mutuals = mutualRepository(tx.db);
    const before = await visibleMutual(tx, caller, mutualId);
    if (changes.slug !== undefined && changes.slug !== before.slug && (await mutuals.findBySlug(changes.slug)))
      throw slugTaken();
    const values = mutualValues(changes);
    if (Object.keys(values).length === 0) return presentMutual(before);
    const row = await mutuals.update(mutualId, values);
    if (!row) throw notFound('mutual');
    const shown = presentMutual(before) as Record<string, unknown>;
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'update',
      entityType: 'mutual',
      entityId: mutualId,
      change: { before: Object.fromEntries(Object.keys(changes).map((k) => [k, shown[k]])), after: changes },
    });
    return presentMutual(row);
  });
}
