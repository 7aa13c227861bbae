import type { LedgerAccount } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { invalid } from '../errors.ts';
import { ensureBooks } from './books.ts';
import { ledgerRepository } from './ledger-repository.ts';
import { presentAccount } from './present.ts';

const KIND_OF_FIRST_DIGIT = { '1': 'asset', '2': 'liability', '3': 'equity', '4': 'revenue', '5': 'expense' } as const;

/** Adds an account to the chart; its code's first digit must match its kind (1 assets … 5 expenses). */
export async function createAccount(
  deps: Deps,
  caller: Caller,
  input: { code: string; kind: LedgerAccount['kind']; nameFr: string; nameEn: string },
): Promise<LedgerAccount> {
  const mutualId = mutualOf(caller);
  if (KIND_OF_FIRST_DIGIT[input.code[0] as keyof typeof KIND_OF_FIRST_DIGIT] !== input.kind)
    throw invalid('code', 'account_code_first_digit', {
      digit: Object.entries(KIND_OF_FIRST_DIGIT).find(([, k]) => k === input.kind)?.[0] ?? '',
    });
  return inTransaction(deps, async (tx) => {
    await ensureBooks(tx.db, mutualId);
    const repo = ledgerRepository(tx.db);
    if (await repo.accountByCode(mutualId, input.code)) throw invalid('code', 'account_code_taken');
    const id = await repo.insertAccount({
      mutual_id: mutualId,
      code: input.code,
      kind: input.kind,
      name_fr: input.nameFr,
      name_en: input.nameEn,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'ledger_account.create',
      entityType: 'ledger_account',
      entityId: id,
      change: input,
    });
    return presentAccount((await repo.account(mutualId, id))!);
  });
}
