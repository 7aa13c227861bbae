// Posting: the one way journal entries are written. A use case builds its entries with the
// domain's posting rules (balanced, in account roles), then calls this step inside its own
// transaction: roles become the mutual's accounts (a funder's grant revenue goes to the funder's
// own account when it has one), the closed period is refused, numbers are taken without gaps.
import { isInClosedPeriod } from '@mutualis/domain/finance/fiscal-year';
import { entryProblem, type JournalEntry, normalizeEntry } from '@mutualis/domain/finance/ledger';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { ensureBooks } from './books.ts';
import { ledgerRepository, type StoredEntry } from './ledger-repository.ts';

/** Refuses a date in a closed period with a clear 409. */
export function assertOpenPeriod(on: string, closedThrough: string | null, field = 'entryDate') {
  if (isInClosedPeriod(on, closedThrough)) {
    const params = { closedThrough: closedThrough ?? '' };
    throw new AppError('period_closed', 'period_closed', {
      params,
      fields: [{ field, code: 'period_closed', params }],
    });
  }
}

/** Posts entries already checked against the period; returns their ids in order. */
export async function postStoredEntries(
  db: Db,
  mutualId: string,
  entries: readonly StoredEntry[],
  createdBy: string | null,
): Promise<string[]> {
  if (entries.length === 0) return [];
  const settings = await ensureBooks(db, mutualId);
  for (const e of entries) assertOpenPeriod(e.entryDate, settings.closed_through);
  const repo = ledgerRepository(db);
  const first = await repo.takeNumbers(mutualId, 'entry', entries.length);
  return repo.insertEntries(mutualId, first, entries, createdBy);
}

/** Posts domain entries (lines in account roles) in the caller's transaction; returns their ids in order. */
export async function postEntries(
  db: Db,
  mutualId: string,
  entries: readonly JournalEntry[],
  createdBy: string | null,
): Promise<string[]> {
  if (entries.length === 0) return [];
  await ensureBooks(db, mutualId);
  const repo = ledgerRepository(db);
  const accounts = await repo.accounts(mutualId);
  const byRole = new Map(accounts.filter((a) => a.role).map((a) => [a.role as string, a.id]));
  const byFunder = new Map(accounts.filter((a) => a.funder_id).map((a) => [a.funder_id as string, a.id]));
  const stored = entries.map((raw): StoredEntry => {
    const entry = normalizeEntry(raw);
    const problem = entryProblem(entry);
    if (problem) throw new Error(`refusing to post "${entry.description}": ${problem.code}`);
    return {
      entryDate: entry.on,
      voucherKind: entry.voucher.kind,
      voucherId: entry.voucher.id,
      voucherNumber: entry.voucher.number ?? null,
      description: entry.description,
      lines: entry.lines.map((l) => {
        const funderAccount = l.account === 'grant_revenue' && l.funderId ? byFunder.get(l.funderId) : undefined;
        const accountId = funderAccount ?? byRole.get(l.account);
        if (!accountId) throw new Error(`the chart of accounts has no account for ${l.account}`);
        return {
          accountId,
          debitCents: l.debitCents,
          creditCents: l.creditCents,
          memberId: l.memberId ?? null,
          sessionId: l.sessionId ?? null,
          funderId: l.funderId ?? null,
          memo: l.memo ?? '',
        };
      }),
    };
  });
  return postStoredEntries(db, mutualId, stored, createdBy);
}
