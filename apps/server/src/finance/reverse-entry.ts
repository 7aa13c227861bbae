import type { JournalEntry } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { ensureBooks } from './books.ts';
import { entryOf } from './get-journal-entry.ts';
import { assertOpenPeriod, postStoredEntries } from './post-entries.ts';

/**
 * Reverses an adjustment entry: the same lines on the other side, dated in an open period. Entries
 * of documents (invoices, payments, bills, funder payments) are corrected through their documents
 * (a credit note…), so that the ledger keeps tying to them.
 */
export async function reverseEntry(
  deps: Deps,
  caller: Caller,
  input: { entryId: string; entryDate?: string; reason: string },
): Promise<JournalEntry> {
  const mutualId = mutualOf(caller);
  const on = input.entryDate ?? todayInMontreal(deps.now());
  return inTransaction(deps, async (tx) => {
    const settings = await ensureBooks(tx.db, mutualId);
    const original = await entryOf(tx.db, mutualId, input.entryId); // 404 journal_entry when not there
    if (!['adjustment', 'opening'].includes(original.voucherKind)) {
      throw new AppError('conflict', 'entry_corrected_through_document');
    }
    if (original.reversedByEntryId)
      throw new AppError('conflict', 'entry_already_reversed', { params: { number: String(original.number) } });
    if (on < original.entryDate) throw invalid('entryDate', 'reversal_before_entry');
    assertOpenPeriod(on, settings.closed_through);
    const [id] = await postStoredEntries(
      tx.db,
      mutualId,
      [
        {
          entryDate: on,
          voucherKind: 'reversal',
          voucherId: original.id,
          voucherNumber: String(original.number),
          description: `${input.reason} — ${original.description}`,
          reversesEntryId: original.id,
          lines: original.lines.map((l) => ({
            accountId: l.accountId,
            debitCents: l.creditCents,
            creditCents: l.debitCents,
            memberId: l.memberId,
            sessionId: l.sessionId,
            funderId: l.funderId,
            memo: l.memo,
          })),
        },
      ],
      caller.userId,
    );
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'journal.reverse',
      entityType: 'journal_entry',
      entityId: id,
      change: { reverses: original.id, reason: input.reason },
    });
    return entryOf(tx.db, mutualId, id);
  });
}
