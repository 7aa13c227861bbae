// Double-entry bookkeeping, pure. An entry is a set of lines whose debits equal their credits;
// entries are never changed: a correction is a reversing entry. Balances, the trial balance and
// the general ledger are computed from entries alone.
import type { AccountKind, AccountRole } from './chart-of-accounts.ts';
import { assertCents } from './money.ts';

/** What an entry is the accounting of: the voucher kept with it (s.10 of the regulation). */
export const VOUCHER_KINDS = [
  'invoice',
  'credit_note',
  'payment',
  'provider_bill',
  'bill_payment',
  'grant_payment',
  'claim',
  'reversal',
  'opening',
  'adjustment',
] as const;
export type VoucherKind = (typeof VOUCHER_KINDS)[number];

export interface EntryLine {
  /** Which account, by its role in the chart (the mutual's own code is looked up when storing). */
  account: AccountRole;
  debitCents: number;
  creditCents: number;
  memberId?: string | null;
  sessionId?: string | null;
  funderId?: string | null;
  memo?: string;
}

export interface JournalEntry {
  /** The accounting date (YYYY-MM-DD). */
  on: string;
  voucher: { kind: VoucherKind; id: string | null; number?: string | null };
  description: string;
  lines: EntryLine[];
}

export const debit = (account: AccountRole, cents: number, links: Partial<EntryLine> = {}): EntryLine => ({
  account,
  debitCents: cents,
  creditCents: 0,
  ...links,
});
export const credit = (account: AccountRole, cents: number, links: Partial<EntryLine> = {}): EntryLine => ({
  account,
  debitCents: 0,
  creditCents: cents,
  ...links,
});

/** Why an entry cannot be posted (a message code of the server's catalogue). */
export type EntryProblem =
  | 'entry_needs_date'
  | 'entry_two_lines'
  | 'whole_cents'
  | 'amounts_not_negative'
  | 'debit_or_credit'
  | 'entry_unbalanced';

/** Why an entry cannot be posted, or null: at least two lines, whole non-negative cents on one side each, debits = credits. */
export function entryProblem(
  entry: JournalEntry,
): { code: EntryProblem; params?: { debitsCents: number; creditsCents: number } } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.on)) return { code: 'entry_needs_date' };
  if (entry.lines.length < 2) return { code: 'entry_two_lines' };
  let debits = 0;
  let credits = 0;
  for (const line of entry.lines) {
    if (!Number.isSafeInteger(line.debitCents) || !Number.isSafeInteger(line.creditCents))
      return { code: 'whole_cents' };
    if (line.debitCents < 0 || line.creditCents < 0) return { code: 'amounts_not_negative' };
    if ((line.debitCents === 0) === (line.creditCents === 0)) return { code: 'debit_or_credit' };
    debits += line.debitCents;
    credits += line.creditCents;
  }
  if (debits !== credits) return { code: 'entry_unbalanced', params: { debitsCents: debits, creditsCents: credits } };
  return null;
}

/**
 * The entry with zero lines dropped and lines on the same account and links merged; a line
 * with a negative amount moves to the other side. Throws when the result does not balance.
 */
export function normalizeEntry(entry: JournalEntry): JournalEntry {
  const merged = new Map<string, EntryLine>();
  for (const line of entry.lines) {
    assertCents(line.debitCents);
    assertCents(line.creditCents);
    const key = [line.account, line.memberId ?? '', line.sessionId ?? '', line.funderId ?? '', line.memo ?? ''].join(
      '|',
    );
    const net =
      (merged.get(key)?.debitCents ?? 0) - (merged.get(key)?.creditCents ?? 0) + line.debitCents - line.creditCents;
    merged.set(key, { ...line, debitCents: Math.max(net, 0), creditCents: Math.max(-net, 0) });
  }
  const lines = [...merged.values()].filter((l) => l.debitCents !== 0 || l.creditCents !== 0);
  const result = { ...entry, lines };
  const problem = entryProblem(result);
  if (problem) throw new RangeError(`unbalanced entry "${entry.description}": ${problem.code}`);
  return result;
}

/** The entry that cancels `entry` exactly: the same lines on the other side, dated `on`. */
export function reversalOf(entry: JournalEntry, on: string, reason: string): JournalEntry {
  return {
    on,
    voucher: { kind: 'reversal', id: entry.voucher.id, number: entry.voucher.number ?? null },
    description: `${reason} — ${entry.description}`,
    lines: entry.lines.map((l) => ({ ...l, debitCents: l.creditCents, creditCents: l.debitCents })),
  };
}

export interface AccountTotals {
  account: AccountRole;
  debitCents: number;
  creditCents: number;
  /** Debits minus credits. */
  balanceCents: number;
}

/** Debits, credits and balance of every account the entries touch, in the order first seen. */
export function trialBalance(entries: readonly JournalEntry[]): AccountTotals[] {
  const totals = new Map<AccountRole, AccountTotals>();
  for (const entry of entries) {
    for (const line of entry.lines) {
      const t = totals.get(line.account) ?? { account: line.account, debitCents: 0, creditCents: 0, balanceCents: 0 };
      t.debitCents += line.debitCents;
      t.creditCents += line.creditCents;
      t.balanceCents = t.debitCents - t.creditCents;
      totals.set(line.account, t);
    }
  }
  return [...totals.values()];
}

/** The balance of an account of this kind as people read it: positive on its normal side. */
export const signedBalance = (kind: AccountKind, debitMinusCredit: number): number =>
  kind === 'asset' || kind === 'expense' ? debitMinusCredit : -debitMinusCredit;
