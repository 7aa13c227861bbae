import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { notFound } from '../errors.ts';
import { ensureBooks } from './books.ts';
import { ledgerRepository } from './ledger-repository.ts';
import { presentAccount } from './present.ts';

/** One account's lines in a date range with the opening balance and a running balance, a page at a time. */
export async function getGeneralLedger(
  deps: Deps,
  caller: Caller,
  input: { accountId: string; from?: string; to?: string; page: number; pageSize: number },
) {
  const mutualId = mutualOf(caller);
  await ensureBooks(deps.db, mutualId);
  const repo = ledgerRepository(deps.db);
  const account = await repo.account(mutualId, input.accountId);
  if (!account) throw notFound('account');
  const range = { from: input.from, to: input.to };
  const [opening, lines, totals] = await Promise.all([
    repo.balanceBefore(mutualId, account.id, input.from ?? null),
    repo.accountLines(mutualId, account.id, range, {
      limit: input.pageSize,
      offset: (input.page - 1) * input.pageSize,
    }),
    repo.totalsByAccount(mutualId, { from: input.from, to: input.to }),
  ]);
  let running = opening + lines.beforePageCents;
  const items = lines.rows.map((l) => {
    running += l.debit_cents - l.credit_cents;
    return {
      entryId: l.entry_id,
      number: l.number,
      entryDate: l.entry_date,
      description: l.description,
      voucherKind: l.voucher_kind as 'adjustment',
      voucherNumber: l.voucher_number,
      debitCents: l.debit_cents,
      creditCents: l.credit_cents,
      runningBalanceCents: running,
      memberName: l.member_name,
      memo: l.memo,
    };
  });
  const t = totals.get(account.id) ?? { debitCents: 0, creditCents: 0 };
  const allTime = await repo.totalsByAccount(mutualId, {});
  return {
    account: presentAccount(account, allTime.get(account.id)),
    from: input.from ?? null,
    to: input.to ?? null,
    openingBalanceCents: opening,
    closingBalanceCents: opening + t.debitCents - t.creditCents,
    items,
    total: lines.total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
