import type { TrialBalance } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { ensureBooks } from './books.ts';
import { ledgerRepository } from './ledger-repository.ts';

/** The trial balance at a date (from the beginning, or from a date): every account's debits, credits and balance; they sum to zero. */
export async function getTrialBalance(
  deps: Deps,
  caller: Caller,
  query: { from?: string; asOf?: string },
): Promise<TrialBalance> {
  const mutualId = mutualOf(caller);
  return trialBalanceOf(deps.db, mutualId, {
    from: query.from ?? null,
    asOf: query.asOf ?? todayInMontreal(deps.now()),
  });
}

export async function trialBalanceOf(
  db: Db,
  mutualId: string,
  range: { from: string | null; asOf: string },
): Promise<TrialBalance> {
  await ensureBooks(db, mutualId);
  const repo = ledgerRepository(db);
  const [accounts, totals] = await Promise.all([
    repo.accounts(mutualId),
    repo.totalsByAccount(mutualId, { from: range.from, to: range.asOf }),
  ]);
  const rows = accounts
    .map((a) => {
      const t = totals.get(a.id) ?? { debitCents: 0, creditCents: 0 };
      return {
        accountId: a.id,
        code: a.code,
        kind: a.kind,
        nameFr: a.name_fr,
        nameEn: a.name_en,
        debitCents: t.debitCents,
        creditCents: t.creditCents,
        balanceCents: t.debitCents - t.creditCents,
      };
    })
    .filter((r) => r.debitCents !== 0 || r.creditCents !== 0);
  const totalDebitCents = rows.reduce((s, r) => s + r.debitCents, 0);
  const totalCreditCents = rows.reduce((s, r) => s + r.creditCents, 0);
  return {
    from: range.from,
    asOf: range.asOf,
    rows,
    totalDebitCents,
    totalCreditCents,
    balanced: totalDebitCents === totalCreditCents,
  };
}
