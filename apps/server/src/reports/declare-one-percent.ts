import type { OnePercentStatement } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { onePercentStatements } from './one-percent-statements.ts';
import { reportRepository } from './repository.ts';
import { visibleMember } from './visible-member.ts';

/** Records the firm's payroll and other training spending for a year (the firm's contact or the coordinator). */
export async function declareOnePercent(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; year: number; payrollCents: number; otherSpendingCents: number },
): Promise<OnePercentStatement> {
  return inTransaction(deps, async (tx) => {
    const { scope, member } = await visibleMember(tx, caller, input.memberId);
    await reportRepository(tx.db).saveDeclaration({
      mutual_id: scope.mutualId,
      member_id: member.id,
      year: input.year,
      payroll_cents: input.payrollCents,
      other_spending_cents: input.otherSpendingCents,
      declared_by: caller.userId,
      declared_at: deps.now().toISOString(),
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId: member.id,
      actorUserId: caller.userId,
      action: 'one_percent.declare',
      entityType: 'member',
      entityId: member.id,
      change: input,
    });
    const [statement] = await onePercentStatements(tx.db, scope.mutualId, [member], input.year);
    return statement;
  });
}
