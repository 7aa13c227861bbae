import { todayInMontreal } from '@mutualis/domain/dates';
import { NOTHING_CHARGED, rebillAction } from '@mutualis/domain/finance/session-billing';
import { sessionIsInvoiceable } from '@mutualis/domain/finance/vocabulary';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, notFound } from '../errors.ts';
import { billingRepository } from './billing-repository.ts';
import { ensureBooks, fiscalYearAt } from './books.ts';
import { createProviderBills } from './create-provider-bills.ts';
import { issueCreditNotes, issueInvoices } from './issue-documents.ts';
import { ledgerRepository } from './ledger-repository.ts';
import { assertOpenPeriod } from './post-entries.ts';
import { presentInvoiceSummary } from './present-billing.ts';
import { invoicedAmounts, loadSessionFacts } from './session-charges.ts';
import { sessionLines } from './session-lines.ts';
import { subsidyCalculator } from './subsidies.ts';

/**
 * Invoices a session's members, or brings their invoices up to date: each member's share of the
 * real cost (by the cost-sharing rule), its late-cancellation and no-show fees, net of subsidies.
 * A member already invoiced other amounts gets a credit note for them and a new invoice; a
 * cancelled session's invoices are credited. Once delivered, the provider's bill is created.
 */
export async function invoiceSession(deps: Deps, caller: Caller, input: { sessionId: string; issuedOn?: string }) {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  const today = todayInMontreal(now);
  const issuedOn = input.issuedOn ?? today;
  return inTransaction(deps, async (tx) => {
    const settings = await ensureBooks(tx.db, mutualId);
    assertOpenPeriod(issuedOn, settings.closed_through, 'issuedOn');
    await ledgerRepository(tx.db).lockSeries(mutualId, 'invoice');
    const facts = (await loadSessionFacts(tx.db, mutualId, settings, [input.sessionId])).get(input.sessionId);
    if (!facts) throw notFound('session');
    const repo = billingRepository(tx.db);
    const live = await repo.liveSessionLines(mutualId, [facts.session.id]);
    const status = facts.session.status;
    if (!sessionIsInvoiceable(status, settings.invoice_timing) && !(status === 'cancelled' && live.length > 0)) {
      if (settings.invoice_timing === 'delivered') throw new AppError('conflict', 'session_invoiced_once_delivered');
      throw new AppError('conflict', 'session_invoiced_once_confirmed');
    }
    const invoiced = invoicedAmounts(live);
    const members = [...new Set([...facts.target.keys(), ...invoiced.keys()])].sort();
    const ctx = { mutualId, settings, issuedOn, createdBy: caller.userId, now, links: deps.config, email: true };
    const actions = new Map(
      members.map((m) => [m, rebillAction(invoiced.get(m) ?? NOTHING_CHARGED, facts.target.get(m) ?? NOTHING_CHARGED)]),
    );
    const toCredit = new Map<string, string[]>();
    for (const l of live) {
      if (!actions.get(l.member_id)?.credit) continue;
      toCredit.set(l.invoice_id, [...(toCredit.get(l.invoice_id) ?? []), l.id]);
    }
    const reason =
      status === 'cancelled' ? 'Session annulée — Session cancelled' : 'Facture mise à jour — Invoice updated';
    const creditIds = await issueCreditNotes(
      tx.db,
      ctx,
      [...toCredit].map(([invoiceId, lineIds]) => ({ invoiceId, lineIds, reason })),
    );
    const subsidies = await subsidyCalculator(tx.db, mutualId, fiscalYearAt(settings, issuedOn));
    const profiles = await repo.members(mutualId, members);
    const invoiceIds = await issueInvoices(
      tx.db,
      ctx,
      members
        .filter((m) => actions.get(m)?.invoice)
        .map((memberId) => {
          const p = profiles.get(memberId) ?? { headcount: 0, regionCode: '' };
          return {
            memberId,
            lines: sessionLines(facts, memberId, facts.target.get(memberId) ?? NOTHING_CHARGED, p, issuedOn, subsidies),
          };
        }),
    );
    const bills = await createProviderBills(tx.db, mutualId, settings, issuedOn, [facts]);
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'session.invoice',
      entityType: 'training_session',
      entityId: facts.session.id,
      change: { invoices: invoiceIds.length, creditNotes: creditIds.length, issuedOn },
    });
    const docs = await repo.findMany(mutualId, [...invoiceIds, ...creditIds]);
    return {
      sessionId: facts.session.id,
      invoices: docs.filter((d) => d.kind === 'invoice').map((d) => presentInvoiceSummary(d, today)),
      creditNotes: docs.filter((d) => d.kind === 'credit_note').map((d) => presentInvoiceSummary(d, today)),
      providerBillId: bills.get(facts.session.id) ?? null,
      unchanged: members.filter((m) => !actions.get(m)?.credit && !actions.get(m)?.invoice).length,
    };
  });
}
