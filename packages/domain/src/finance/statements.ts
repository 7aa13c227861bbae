// Financial statements from the ledger: the statement of operations (revenue and expenses of a
// period) and the balance sheet (assets, liabilities and net assets at a date). Both are sums of
// account balances, so they tie to the trial balance by construction; the balance sheet carries
// the surplus not yet closed to net assets, so that assets = liabilities + net assets.
import type { AccountKind } from './chart-of-accounts.ts';
import { signedBalance } from './ledger.ts';
import { mulDivRound } from './money.ts';

export interface AccountBalance {
  code: string;
  kind: AccountKind;
  nameFr: string;
  nameEn: string;
  /** Debits minus credits. */
  balanceCents: number;
}

export interface StatementLine {
  code: string;
  nameFr: string;
  nameEn: string;
  /** On the account's normal side (revenue and liabilities positive when credited). */
  cents: number;
}

const linesOf = (accounts: readonly AccountBalance[], kind: AccountKind): StatementLine[] =>
  accounts
    .filter((a) => a.kind === kind && a.balanceCents !== 0)
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((a) => ({ code: a.code, nameFr: a.nameFr, nameEn: a.nameEn, cents: signedBalance(kind, a.balanceCents) }));
const total = (lines: readonly StatementLine[]) => lines.reduce((s, l) => s + l.cents, 0);

/** Revenue, expenses and the surplus (revenue − expenses) of the period whose balances are given. */
export function statementOfOperations(periodBalances: readonly AccountBalance[]) {
  const revenue = linesOf(periodBalances, 'revenue');
  const expenses = linesOf(periodBalances, 'expense');
  return {
    revenue,
    expenses,
    revenueCents: total(revenue),
    expensesCents: total(expenses),
    surplusCents: total(revenue) - total(expenses),
  };
}

/**
 * Assets, liabilities and net assets at a date from the cumulative balances: net assets are the
 * equity accounts plus every surplus to that date (revenue − expenses not yet closed to equity).
 */
export function balanceSheet(cumulativeBalances: readonly AccountBalance[]) {
  const assets = linesOf(cumulativeBalances, 'asset');
  const liabilities = linesOf(cumulativeBalances, 'liability');
  const equity = linesOf(cumulativeBalances, 'equity');
  const accumulatedSurplusCents = statementOfOperations(cumulativeBalances).surplusCents;
  const netAssetsCents = total(equity) + accumulatedSurplusCents;
  return {
    assets,
    liabilities,
    equity,
    accumulatedSurplusCents,
    assetsCents: total(assets),
    liabilitiesCents: total(liabilities),
    netAssetsCents,
    /** Zero whenever the ledger balances: assets − (liabilities + net assets). */
    differenceCents: total(assets) - total(liabilities) - netAssetsCents,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The s.16 deadline for a fiscal year: the first 31 March after the year ends (a calendar year
 * 2026 is due on 31 March 2027), and the days left from `today` (negative once past).
 */
export function annualReportDue(fiscalYearEnd: string, today: string): { dueOn: string; daysLeft: number } {
  const endYear = Number(fiscalYearEnd.slice(0, 4));
  const sameYear = `${endYear}-03-31`;
  const dueOn = fiscalYearEnd < sameYear ? sameYear : `${endYear + 1}-03-31`;
  const days = (Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return { dueOn, daysLeft: Math.round(days) };
}

/** The part of a payment that pays an invoice's amount before taxes (for the 1 % statement), rounded half away from zero. */
export function paymentBeforeTaxes(paymentCents: number, invoiceNetCents: number, invoiceTotalCents: number): number {
  if (invoiceTotalCents <= 0) return 0;
  return mulDivRound(paymentCents, invoiceNetCents, invoiceTotalCents);
}

/** The month-end dates of a fiscal year, YYYY-MM-DD (for closing month by month). */
export function monthEnds(start: string): string[] {
  const out: string[] = [];
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  for (let i = 0; i < 12; i++) {
    const end = new Date(Date.UTC(y, m - 1 + i + 1, 0));
    out.push(`${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`);
  }
  return out;
}
