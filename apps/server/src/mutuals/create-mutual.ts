import type { CreateMutualRequest, Mutual } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { mutualValues, slugTaken } from './mutual-values.ts';
import { presentMutual } from './present.ts';
import { mutualRepository } from './repository.ts';

/** Creates a mutual (platform administrator); its first coordinator is then invited with POST /api/users. */
export async function createMutual(deps: Deps, caller: Caller, input: CreateMutualRequest): Promise<Mutual> {
  return inTransaction(deps, async (tx) => {
    const mutuals = mutualRepository(tx.db);
    if (await mutuals.findBySlug(input.slug)) throw slugTaken();
    const row = await mutuals.insert({ ...mutualValues(input), name: input.name, slug: input.slug, kind: input.kind });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: row.id,
      actorUserId: caller.userId,
      action: 'create',
      entityType: 'mutual',
      entityId: row.id,
      change: input,
    });
    return presentMutual(row);
  });
}
