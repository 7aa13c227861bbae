import type { Funder } from '@mutualis/contracts';
import type { FunderKind } from '@mutualis/domain/governance/funders';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError } from '../errors.ts';
import { readFunders, requirePlatform } from './list-funders.ts';
import { observatoryRepository } from './repository.ts';

export const nameTaken = () =>
  new AppError('conflict', 'funder_name_taken', { fields: [{ field: 'name', code: 'funder_name_taken' }] });

/** Adds a funder (platform administrator). */
export async function createFunder(
  deps: Deps,
  caller: Caller,
  input: { name: string; kind: FunderKind },
): Promise<Funder> {
  requirePlatform(caller);
  return inTransaction(deps, async (tx) => {
    const repo = observatoryRepository(tx.db);
    if (await repo.funderNameTaken(input.name)) throw nameTaken();
    const id = await repo.insertFunder(input.name, input.kind);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: null,
      actorUserId: caller.userId,
      action: 'funder.create',
      entityType: 'funder',
      entityId: id,
      change: input,
    });
    return (await readFunders(tx.db, { limit: 1, offset: 0 }, [id]))[0];
  });
}
