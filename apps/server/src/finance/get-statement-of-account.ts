import type { StatementOfAccount } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { ageing } from '@mutualis/domain/finance/receivables';
import { type Caller, type Deps, memberScopeOf, scopeIncludesMember } from '../caller.ts';
import { notFound } from '../errors.ts';
import { billingRepository } from './billing-repository.ts';
import { ensureBooks, fiscalYearAt } from './books.ts';
import { openItems } from './receivables.ts';

/** A firm's statement of account: opening balance, its invoices, credit notes and payments of the period with a running balance, and its ageing. */
export async function getStatementOfAccount(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; from?: string; to?: string },
): Promise<StatementOfAccount> {
  const scope = memberScopeOf(caller);
  if (!scopeIncludesMember(scope, input.memberId)) throw notFound('member');
  const repo = billingRepository(deps.db);
  const member = (await repo.members(scope.mutualId, [input.memberId])).get(input.memberId);
  if (!member) throw notFound('member');
  const settings = await ensureBooks(deps.db, scope.mutualId);
  const today = todayInMontreal(deps.now());
  const to = input.to ?? today;
  const from = input.from ?? fiscalYearAt(settings, to).start;
  const docs = await repo.all(scope.mutualId, { memberId: input.memberId });
  const payments = await repo.paymentsOf(docs.filter((d) => d.kind === 'invoice').map((d) => d.id));
  const numberOf = new Map(docs.map((d) => [d.id, d.number]));
  type Move = StatementOfAccount['lines'][number];
  const moves: Omit<Move, 'balanceCents'>[] = [
    ...docs.map((d) => ({
      date: d.issued_on,
      kind: d.kind,
      number: d.number,
      invoiceId: d.id,
      description:
        d.kind === 'invoice'
          ? `Facture — Invoice ${d.number}`
          : `Note de crédit — Credit note ${d.number} (${numberOf.get(d.credits_invoice_id ?? '') ?? ''})`,
      debitCents: Math.max(0, Number(d.total_cents)),
      creditCents: Math.max(0, -Number(d.total_cents)),
    })),
    ...payments.map((p) => ({
      date: p.received_on,
      kind: 'payment' as const,
      number: p.reference || (numberOf.get(p.invoice_id) ?? ''),
      invoiceId: p.invoice_id,
      description: `Paiement — Payment (${numberOf.get(p.invoice_id)}, ${p.method})`,
      debitCents: 0,
      creditCents: Number(p.amount_cents),
    })),
  ].sort((a, b) =>
    a.date === b.date ? (a.kind === 'payment' ? 1 : 0) - (b.kind === 'payment' ? 1 : 0) : a.date.localeCompare(b.date),
  );
  let balance = 0;
  for (const m of moves) if (m.date < from) balance += m.debitCents - m.creditCents;
  const opening = balance;
  const lines: Move[] = [];
  for (const m of moves) {
    if (m.date < from || m.date > to) continue;
    balance += m.debitCents - m.creditCents;
    lines.push({ ...m, balanceCents: balance });
  }
  return {
    memberId: input.memberId,
    memberName: member.name,
    from,
    to,
    openingBalanceCents: opening,
    lines,
    closingBalanceCents: balance,
    ageing: ageing(await openItems(deps.db, scope.mutualId, to, input.memberId), to),
  };
}
