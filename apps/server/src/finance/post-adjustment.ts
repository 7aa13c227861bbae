import type { JournalEntry, ManualEntryRequest } from '@mutualis/contracts';
import { entryProblem } from '@mutualis/domain/finance/ledger';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { invalid } from '../errors.ts';
import { ensureBooks } from './books.ts';
import { entryOf } from './get-journal-entry.ts';
import { ledgerRepository } from './ledger-repository.ts';
import { assertOpenPeriod, postStoredEntries } from './post-entries.ts';

/** Posts an adjustment entry written by the coordinator (opening balances, bank interest, bank fees…): balanced, on active accounts of the mutual. */
export async function postAdjustment(deps: Deps, caller: Caller, input: ManualEntryRequest): Promise<JournalEntry> {
  const mutualId = mutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const settings = await ensureBooks(tx.db, mutualId);
    assertOpenPeriod(input.entryDate, settings.closed_through);
    const repo = ledgerRepository(tx.db);
    const accounts = new Map((await repo.accounts(mutualId)).map((a) => [a.id, a]));
    for (const [i, line] of input.lines.entries()) {
      const account = accounts.get(line.accountId);
      if (!account) throw invalid(`lines.${i}.accountId`, 'no_such_account');
      if (!account.active) throw invalid(`lines.${i}.accountId`, 'account_inactive', { code: account.code });
      if (line.memberId && !(await repo.memberName(mutualId, line.memberId)))
        throw invalid(`lines.${i}.memberId`, 'no_such_member');
    }
    const lines = input.lines.map((l) => ({
      accountId: l.accountId,
      debitCents: l.debitCents,
      creditCents: l.creditCents,
      memberId: l.memberId ?? null,
      sessionId: null,
      funderId: null,
      memo: l.memo ?? '',
    }));
    const problem = entryProblem({
      on: input.entryDate,
      voucher: { kind: 'adjustment', id: null },
      description: input.description,
      lines: lines.map((l) => ({ ...l, account: 'bank' as const })),
    });
    if (problem) throw invalid('lines', problem.code, problem.params);
    const [id] = await postStoredEntries(
      tx.db,
      mutualId,
      [
        {
          entryDate: input.entryDate,
          voucherKind: 'adjustment',
          voucherId: null,
          voucherNumber: null,
          description: input.description,
          lines,
        },
      ],
      caller.userId,
    );
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'journal.adjustment',
      entityType: 'journal_entry',
      entityId: id,
      change: input,
    });
    return entryOf(tx.db, mutualId, id);
  });
}
