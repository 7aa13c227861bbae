import { type BillableSession, pageOf } from '@mutualis/contracts';
import { NOTHING_CHARGED, rebillAction } from '@mutualis/domain/finance/session-billing';
import { INVOICEABLE_SESSION_STATES } from '@mutualis/domain/finance/vocabulary';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { dataVersionsOf, versionKeyOf } from '../db/data-versions.ts';
import { billRepository } from './bill-repository.ts';
import { billingRepository } from './billing-repository.ts';
import { ensureBooks } from './books.ts';
import { invoicedAmounts, loadSessionFacts } from './session-charges.ts';

type Query = { state: 'to_invoice' | 'invoiced' | 'all'; page: number; pageSize: number };

/**
 * Sessions to invoice (by the timing of the settings) or invoiced, with their real cost, what was
 * invoiced and whether it is up to date. A page is kept per version of the mutual's evidence and
 * money data (decision 82): sessions, enrolments and members' sizes are written under the first;
 * courses, reservations, meeting days, attendance, invoice lines, providers and their bills under the
 * second; the settings, read on every request, are part of the key.
 */
export async function listBillableSessions(deps: Deps, caller: Caller, query: Query) {
  const mutualId = mutualOf(caller);
  // the versions are read before the data: a write committed after them shows as a new version next time
  const v = await dataVersionsOf(deps.db, mutualId);
  const settings = await ensureBooks(deps.db, mutualId);
  const key = versionKeyOf([v.evidence, v.finance], settings);
  const slot = JSON.stringify(['billable-sessions', mutualId, query.state, query.page, query.pageSize]);
  const { items, total } = await deps.keptPages.answerOf(slot, key, () => billableSessionsPage(deps, settings, query));
  return pageOf(items, total, query);
}

async function billableSessionsPage(
  deps: Deps,
  settings: Awaited<ReturnType<typeof ensureBooks>>,
  query: Query,
): Promise<{ items: BillableSession[]; total: number }> {
  const mutualId = settings.mutual_id;
  const repo = billingRepository(deps.db);
  const { ids, total } = await repo.billableSessions(
    mutualId,
    INVOICEABLE_SESSION_STATES[settings.invoice_timing],
    query.state,
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  );
  const [facts, live, bills, providers] = await Promise.all([
    loadSessionFacts(deps.db, mutualId, settings, ids),
    repo.liveSessionLines(mutualId, ids),
    billRepository(deps.db).sessionsWithBills(ids),
    repo.providerNames(mutualId),
  ]);
  const items: BillableSession[] = ids.flatMap((id) => {
    const f = facts.get(id);
    if (!f) return [];
    const lines = live.filter((l) => l.session_id === id);
    const invoiced = invoicedAmounts(lines);
    const members = new Set([...f.target.keys(), ...invoiced.keys()]);
    const upToDate = [...members].every((m) => {
      const a = rebillAction(invoiced.get(m) ?? NOTHING_CHARGED, f.target.get(m) ?? NOTHING_CHARGED);
      return !a.credit && !a.invoice;
    });
    const bill = bills.get(id);
    return [
      {
        sessionId: id,
        titleFr: f.session.title_fr,
        titleEn: f.session.title_en,
        status: f.session.status,
        firstDay: f.session.first_day,
        lastDay: f.session.last_day,
        providerName: f.session.provider_id ? (providers.get(f.session.provider_id) ?? null) : null,
        seats: f.charges.seats,
        costCents: f.charges.costCents,
        invoicedCents: lines.reduce((s, l) => s + Number(l.gross_cents), 0),
        invoiced: lines.length > 0,
        upToDate: lines.length > 0 && upToDate,
        providerBillId: bill?.id ?? null,
        providerBillStatus: (bill?.status as BillableSession['providerBillStatus']) ?? null,
      },
    ];
  });
  return { items, total };
}
