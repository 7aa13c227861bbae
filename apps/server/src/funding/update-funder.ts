import type { MutualFunder } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { invalid, notFound } from '../errors.ts';
import { funderExists } from '../observatory/index.ts';
import { presentFunder } from './present.ts';
import { fundingRepository } from './repository.ts';

/** Changes a funder (its grant account follows its name). */
export async function updateFunder(
  deps: Deps,
  caller: Caller,
  input: {
    funderId: string;
    changes: {
      name?: string;
      kind?: MutualFunder['kind'];
      contactName?: string;
      contactEmail?: string;
      platformFunderId?: string | null;
    };
  },
): Promise<MutualFunder> {
  const mutualId = mutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const repo = fundingRepository(tx.db);
    const funder = await repo.funder(mutualId, input.funderId);
    if (!funder) throw notFound('funder');
    const c = input.changes;
    if (c.name && c.name.toLowerCase() !== funder.name.toLowerCase() && (await repo.funderByName(mutualId, c.name)))
      throw invalid('name', 'funder_name_taken');
    if (c.platformFunderId && !(await funderExists(tx.db, c.platformFunderId)))
      throw invalid('platformFunderId', 'funder_not_found');
    await repo.updateFunder(mutualId, funder.id, {
      ...(c.name !== undefined && { name: c.name }),
      ...(c.kind !== undefined && { kind: c.kind }),
      ...(c.contactName !== undefined && { contact_name: c.contactName }),
      ...(c.contactEmail !== undefined && { contact_email: c.contactEmail }),
      ...(c.platformFunderId !== undefined && { platform_funder_id: c.platformFunderId }),
      updated_at: deps.now().toISOString(),
    });
    if (c.name) await repo.renameFunderAccount(mutualId, funder.id, c.name);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'funder.update',
      entityType: 'funder',
      entityId: funder.id,
      change: c,
    });
    return presentFunder((await repo.funder(mutualId, funder.id))!);
  });
}
