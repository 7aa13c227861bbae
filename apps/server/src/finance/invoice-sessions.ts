import { todayInMontreal } from '@mutualis/domain/dates';
import { INVOICEABLE_SESSION_STATES } from '@mutualis/domain/finance/vocabulary';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { billingRepository } from './billing-repository.ts';
import { ensureBooks, fiscalYearAt } from './books.ts';
import { createProviderBills } from './create-provider-bills.ts';
import { type InvoiceToIssue, issueInvoices } from './issue-documents.ts';
import { ledgerRepository } from './ledger-repository.ts';
import { assertOpenPeriod } from './post-entries.ts';
import { loadSessionFacts } from './session-charges.ts';
import { sessionLines } from './session-lines.ts';
import { subsidyCalculator } from './subsidies.ts';

/**
 * The invoicing run: every session ready to invoice (by the timing of the settings) that no
 * invoice names yet, whose last meeting day is on or before `through`; one invoice per member,
 * one group of lines per session; the delivered sessions' provider bills.
 */
export async function invoiceSessions(deps: Deps, caller: Caller, input: { through?: string; issuedOn?: string }) {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  const today = todayInMontreal(now);
  const issuedOn = input.issuedOn ?? today;
  return inTransaction(deps, async (tx) => {
    const settings = await ensureBooks(tx.db, mutualId);
    assertOpenPeriod(issuedOn, settings.closed_through, 'issuedOn');
    await ledgerRepository(tx.db).lockSeries(mutualId, 'invoice');
    const repo = billingRepository(tx.db);
    const ids = await repo.sessionsToInvoice(
      mutualId,
      INVOICEABLE_SESSION_STATES[settings.invoice_timing],
      input.through ?? today,
    );
    const facts = [...(await loadSessionFacts(tx.db, mutualId, settings, ids)).values()].sort((a, b) =>
      `${a.session.first_day ?? ''}${a.session.id}`.localeCompare(`${b.session.first_day ?? ''}${b.session.id}`),
    );
    const subsidies = await subsidyCalculator(tx.db, mutualId, fiscalYearAt(settings, issuedOn));
    const memberIds = [...new Set(facts.flatMap((f) => [...f.target.keys()]))];
    const profiles = await repo.members(mutualId, memberIds);
    const byMember = new Map<string, InvoiceToIssue>();
    for (const f of facts) {
      for (const [memberId, target] of f.target) {
        const p = profiles.get(memberId) ?? { headcount: 0, regionCode: '' };
        const lines = sessionLines(f, memberId, target, p, issuedOn, subsidies);
        if (lines.length === 0) continue;
        const inv = byMember.get(memberId) ?? { memberId, lines: [] };
        inv.lines.push(...lines);
        byMember.set(memberId, inv);
      }
    }
    const invoices = [...byMember.values()].sort((a, b) =>
      (profiles.get(a.memberId)?.name ?? '').localeCompare(profiles.get(b.memberId)?.name ?? ''),
    );
    const ctx = { mutualId, settings, issuedOn, createdBy: caller.userId, now, links: deps.config, email: true };
    const invoiceIds = await issueInvoices(tx.db, ctx, invoices);
    const bills = await createProviderBills(tx.db, mutualId, settings, issuedOn, facts);
    const created = await repo.findMany(mutualId, invoiceIds);
    const totalCents = created.reduce((s, i) => s + Number(i.total_cents), 0);
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'sessions.invoice',
      entityType: 'mutual',
      entityId: mutualId,
      change: { sessions: facts.length, invoices: invoiceIds.length, through: input.through ?? today, issuedOn },
    });
    return {
      sessions: facts.length,
      invoices: invoiceIds.length,
      creditNotes: 0,
      providerBills: facts.filter((f) => bills.has(f.session.id) && f.delivered).length,
      totalCents,
    };
  });
}
