import type { MutualFunder } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { ensureBooks } from '../finance/index.ts';
import { funderExists } from '../observatory/index.ts';
import { presentFunder } from './present.ts';
import { fundingRepository } from './repository.ts';

/** Adds a funder and its own grant revenue account (4301, 4302…), so that grants are reported by funder. */
export async function createFunder(
  deps: Deps,
  caller: Caller,
  input: {
    name: string;
    kind: MutualFunder['kind'];
    contactName?: string;
    contactEmail?: string;
    platformFunderId?: string | null;
  },
): Promise<MutualFunder> {
  const mutualId = mutualOf(caller);
  return inTransaction(deps, async (tx) => {
    await ensureBooks(tx.db, mutualId);
    const repo = fundingRepository(tx.db);
    if (await repo.funderByName(mutualId, input.name)) throw invalid('name', 'funder_name_taken');
    if (input.platformFunderId && !(await funderExists(tx.db, input.platformFunderId)))
      throw invalid('platformFunderId', 'funder_not_found');
    const id = await repo.insertFunder({
      mutual_id: mutualId,
      name: input.name,
      kind: input.kind,
      contact_name: input.contactName ?? '',
      contact_email: input.contactEmail ?? '',
      platform_funder_id: input.platformFunderId ?? null,
    });
    const taken = await repo.codesBetween(mutualId, '4301', '4399');
    const code = Array.from({ length: 99 }, (_, i) => String(4301 + i)).find((c) => !taken.has(c));
    if (!code) throw new AppError('conflict', 'no_free_grant_account');
    await repo.insertFunderAccount({
      mutual_id: mutualId,
      code,
      name_fr: `Subventions — ${input.name}`.slice(0, 200),
      name_en: `Grants — ${input.name}`.slice(0, 200),
      funder_id: id,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'funder.create',
      entityType: 'funder',
      entityId: id,
      change: input,
    });
    return presentFunder((await repo.funder(mutualId, id))!);
  });
}
