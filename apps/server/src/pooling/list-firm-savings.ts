import { type MyFirmSavings, pageOf, type SavingsListQuery } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { readFirmSavings } from './firm-savings.ts';

/** The caller's firm's savings: a page of its lines (all years, by period) with the totals of every line and of the year. */
export async function listFirmSavings(deps: Deps, caller: Caller, query: SavingsListQuery): Promise<MyFirmSavings> {
  const { lines, ...savings } = await readFirmSavings(deps, caller, query.year);
  const { page, pageSize } = query;
  return {
    ...pageOf(lines.slice((page - 1) * pageSize, page * pageSize), lines.length, { page, pageSize }),
    ...savings,
  };
}
