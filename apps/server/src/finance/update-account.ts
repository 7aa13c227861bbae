import type { LedgerAccount } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { invalid, notFound } from '../errors.ts';
import { ensureBooks } from './books.ts';
import { ledgerRepository } from './ledger-repository.ts';
import { presentAccount } from './present.ts';

/** Renames or (de)activates an account; the accounts the posting rules use, and funders' accounts, stay active. */
export async function updateAccount(
  deps: Deps,
  caller: Caller,
  input: { accountId: string; changes: { nameFr?: string; nameEn?: string; active?: boolean } },
): Promise<LedgerAccount> {
  const mutualId = mutualOf(caller);
  return inTransaction(deps, async (tx) => {
    await ensureBooks(tx.db, mutualId);
    const repo = ledgerRepository(tx.db);
    const account = await repo.account(mutualId, input.accountId);
    if (!account) throw notFound('account');
    const c = input.changes;
    if (c.active === false && (account.role || account.funder_id)) throw invalid('active', 'account_stays_active');
    await repo.updateAccount(mutualId, account.id, {
      ...(c.nameFr !== undefined && { name_fr: c.nameFr }),
      ...(c.nameEn !== undefined && { name_en: c.nameEn }),
      ...(c.active !== undefined && { active: c.active }),
      updated_at: deps.now().toISOString(),
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'ledger_account.update',
      entityType: 'ledger_account',
      entityId: account.id,
      change: c,
    });
    const totals = await repo.totalsByAccount(mutualId, {});
    return presentAccount((await repo.account(mutualId, account.id))!, totals.get(account.id));
  });
}
