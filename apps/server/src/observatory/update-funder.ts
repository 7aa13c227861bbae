import type { Funder } from '@mutualis/contracts';
import type { FunderKind } from '@mutualis/domain/governance/funders';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { notFound } from '../errors.ts';
import { nameTaken } from './create-funder.ts';
import { readFunders, requirePlatform } from './list-funders.ts';
import { observatoryRepository } from './repository.ts';

/** Renames a funder or changes its kind (platform administrator). */
export async function updateFunder(
  deps: Deps,
  caller: Caller,
  input: { funderId: string; changes: { name?: string; kind?: FunderKind } },
): Promise<Funder> {
  requirePlatform(caller);
  return inTransaction(deps, async (tx) => {
    const repo = observatoryRepository(tx.db);
    if (!(await repo.funderExists(input.funderId))) throw notFound('funder');
    if (input.changes.name && (await repo.funderNameTaken(input.changes.name, input.funderId))) throw nameTaken();
    await repo.updateFunder(input.funderId, input.changes);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: null,
      actorUserId: caller.userId,
      action: 'funder.update',
      entityType: 'funder',
      entityId: input.funderId,
      change: input.changes,
    });
    return (await readFunders(tx.db, { limit: 1, offset: 0 }, [input.funderId]))[0];
  });
}
