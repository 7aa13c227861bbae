// The ledger's figures of each calendar year for the governance scorecard (decision 36): net assets
// at the year's end and the year's revenue, grants apart — one grouped statement for every mutual asked.
import type { Db } from '../db/client.ts';
import { ledgerRepository } from './ledger-repository.ts';

export interface LedgerYear {
  /** Net assets (assets − liabilities) at the year's end, or `until` for a year not over. */
  netAssetsCents: number;
  /** The year's revenue, every revenue account, on its credit side. */
  revenueCents: number;
  /** Of which grants (the grant revenue account and each funder's). */
  grantRevenueCents: number;
}

/**
 * Each mutual's ledger years from `from` to `to` keyed `mutualId/year`, counting entries dated up to
 * `until`; a year up to which the mutual has posted nothing is left out (not available, not zero).
 */
export async function ledgerYearsOf(
  db: Db,
  mutualIds: readonly string[],
  from: number,
  to: number,
  until: string,
): Promise<Map<string, LedgerYear>> {
  const rows = await ledgerRepository(db).yearlyTotalsByKind(mutualIds, from, until);
  // Per mutual and year: revenue, grants, and the change of equity + revenue + expense (debits − credits).
  const byYear = new Map<string, { revenue: number; grants: number; closing: number }>();
  const first = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.mutual_id}/${r.year}`;
    const y = byYear.get(key) ?? { revenue: 0, grants: 0, closing: 0 };
    if (r.kind === 'revenue') {
      y.revenue -= r.net_cents;
      if (r.grant) y.grants -= r.net_cents;
    }
    if (r.kind === 'equity' || r.kind === 'revenue' || r.kind === 'expense') y.closing -= r.net_cents;
    byYear.set(key, y);
    first.set(r.mutual_id, Math.min(first.get(r.mutual_id) ?? r.year, r.year));
  }
  const out = new Map<string, LedgerYear>();
  for (const [mutualId, firstYear] of first) {
    let netAssets = 0;
    for (let year = Math.min(firstYear, from - 1); year <= to; year++) {
      const y = byYear.get(`${mutualId}/${year}`);
      netAssets += y?.closing ?? 0;
      if (year >= from && year >= firstYear)
        out.set(`${mutualId}/${year}`, {
          netAssetsCents: netAssets,
          revenueCents: y?.revenue ?? 0,
          grantRevenueCents: y?.grants ?? 0,
        });
    }
  }
  return out;
}
