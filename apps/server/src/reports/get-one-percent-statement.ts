import type { OnePercentStatement } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { onePercentStatements } from './one-percent-statements.ts';
import { visibleMember } from './visible-member.ts';

/** A firm's 1 % statement for a calendar year (its own contact or its mutual's coordinator). */
export async function getOnePercentStatement(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; year: number },
): Promise<OnePercentStatement> {
  const { scope, member } = await visibleMember(deps, caller, input.memberId);
  const [statement] = await onePercentStatements(deps.db, scope.mutualId, [member], input.year);
  return statement;
}
