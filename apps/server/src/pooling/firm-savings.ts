import type { MyFirmSavings, SavingsLine } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { type Caller, type Deps, type MemberScope, memberScopeOf } from '../caller.ts';
import { forbidden, notFound } from '../errors.ts';
import { presentSavingsLine, savingsTotalsOf } from './present.ts';
import { poolingRepository } from './repository.ts';

/** A firm's savings with every one of its lines (the list pages them, the statement draws them all). */
export type FirmSavings = Omit<MyFirmSavings, 'items' | 'total' | 'page' | 'pageSize'> & { lines: SavingsLine[] };

/** The caller's own firm: savings are a member contact's, of its firm only. */
export function ownFirmOf(caller: Caller): MemberScope & { memberId: string } {
  const scope = memberScopeOf(caller);
  if (!scope.memberId) throw forbidden('savings_for_own_firm');
  return { mutualId: scope.mutualId, memberId: scope.memberId };
}

/**
 * The caller's firm's savings from pooling: for each of its needs in accepted plans, its share of
 * the pooled session against what the same seats would cost it alone; totals over every line and
 * over `year` (by default this year in Montréal). Only the firm's own rows are read: no other
 * firm's name or figures can appear.
 */
export async function readFirmSavings(deps: Deps, caller: Caller, year: number | undefined): Promise<FirmSavings> {
  const firm = ownFirmOf(caller);
  const repo = poolingRepository(deps.db);
  const memberName = await repo.memberName(firm.mutualId, firm.memberId);
  if (memberName === null) throw notFound('member');
  const lines = (await repo.reservationsOfMember(firm.mutualId, firm.memberId)).map(presentSavingsLine);
  const y = year ?? Number(todayInMontreal(deps.now()).slice(0, 4));
  return {
    memberId: firm.memberId,
    memberName,
    year: y,
    lines,
    totals: savingsTotalsOf(lines),
    yearToDate: savingsTotalsOf(lines.filter((l) => l.period.startsWith(`${y}-`))),
  };
}
