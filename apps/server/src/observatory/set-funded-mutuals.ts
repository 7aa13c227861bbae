import type { Funder } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { invalid, notFound } from '../errors.ts';
import { readFunders, requirePlatform } from './list-funders.ts';
import { observatoryRepository } from './repository.ts';

/** Sets the mutuals a funder funds; its accounts see exactly these in the observatory (platform administrator). */
export async function setFundedMutuals(
  deps: Deps,
  caller: Caller,
  input: { funderId: string; mutualIds: string[] },
): Promise<Funder> {
  requirePlatform(caller);
  const ids = [...new Set(input.mutualIds)];
  return inTransaction(deps, async (tx) => {
    const repo = observatoryRepository(tx.db);
    if (!(await repo.funderExists(input.funderId))) throw notFound('funder');
    const existing = new Set(await repo.existingMutualIds(ids));
    const unknown = input.mutualIds.findIndex((id) => !existing.has(id));
    if (unknown >= 0) throw invalid(`mutualIds.${unknown}`, 'no_such_mutual');
    await repo.setFundedMutuals(input.funderId, ids);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: null,
      actorUserId: caller.userId,
      action: 'funder.mutuals',
      entityType: 'funder',
      entityId: input.funderId,
      change: { mutualIds: ids },
    });
    return (await readFunders(tx.db, { limit: 1, offset: 0 }, [input.funderId]))[0];
  });
}
