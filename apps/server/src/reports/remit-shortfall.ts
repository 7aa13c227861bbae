import type { OnePercentStatement } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError } from '../errors.ts';
import { ensureBooks, issueInvoices, ledgerRepository } from '../finance/index.ts';
import { recognitionStandingOf } from '../governance/index.ts';
import { onePercentStatements } from './one-percent-statements.ts';
import { reportRepository } from './repository.ts';
import { visibleMember } from './visible-member.ts';

/**
 * The firm chooses to remit its 1 % shortfall to the mutual instead of the provincial fund: an
 * invoice of the shortfall (exempt), possible only while the mutual is recognised (s.1: its status
 * today in the recognition history, under notice included), once a year.
 */
export async function remitShortfall(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; year: number },
): Promise<OnePercentStatement> {
  const now = deps.now();
  const today = todayInMontreal(now);
  return inTransaction(deps, async (tx) => {
    const { scope, member } = await visibleMember(tx, caller, input.memberId);
    const settings = await ensureBooks(tx.db, scope.mutualId);
    if (!(await recognitionStandingOf(tx.db, scope.mutualId)).paymentsCount)
      throw new AppError('conflict', 'mutual_not_recognised_today');
    await ledgerRepository(tx.db).lockSeries(scope.mutualId, 'invoice');
    const [statement] = await onePercentStatements(tx.db, scope.mutualId, [member], input.year);
    if (statement.remittance)
      throw new AppError('conflict', 'shortfall_already_invoiced', {
        params: { year: String(input.year), number: statement.remittance.number },
      });
    if (statement.shortfallCents <= 0)
      throw new AppError('conflict', 'no_shortfall', { params: { firm: member.legal_name, year: String(input.year) } });
    const repo = reportRepository(tx.db);
    if (!statement.declared) {
      await repo.saveDeclaration({
        mutual_id: scope.mutualId,
        member_id: member.id,
        year: input.year,
        payroll_cents: statement.payrollCents,
        other_spending_cents: 0,
        declared_by: caller.userId,
        declared_at: now.toISOString(),
      });
    }
    const [invoiceId] = await issueInvoices(
      tx.db,
      {
        mutualId: scope.mutualId,
        settings,
        issuedOn: today,
        createdBy: caller.userId,
        now,
        links: deps.config,
        email: true,
      },
      [
        {
          memberId: member.id,
          lines: [
            {
              kind: 'one_percent_remittance',
              descriptionFr: `Versement de l’insuffisance de la loi du 1 % — année ${input.year}`,
              descriptionEn: `1 % law shortfall remitted to the mutual — year ${input.year}`,
              remittanceYear: input.year,
              quantity: 1,
              grossCents: statement.shortfallCents,
            },
          ],
        },
      ],
    );
    await repo.setRemittance(member.id, input.year, invoiceId);
    await auditRepository(tx.db).record({
      at: now,
      mutualId: scope.mutualId,
      memberId: member.id,
      actorUserId: caller.userId,
      action: 'one_percent.remit',
      entityType: 'invoice',
      entityId: invoiceId,
      change: { year: input.year, cents: statement.shortfallCents },
    });
    const [after] = await onePercentStatements(tx.db, scope.mutualId, [member], input.year);
    return after;
  });
}
