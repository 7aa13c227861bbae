import type { Role } from '../src/db/tables.ts';
import { ensureBooks, ledgerRepository } from '../src/finance/index.ts';
import { issueInvoices } from '../src/finance/issue-documents.ts';
import type { ParamIds, World } from './tenancy-registry.ts';

// The money routes' part of the tenancy registry: books, invoices (one per member A1, A2, B1),
// journal entries, accounts and provider bills in mutual A and mutual B.

const rand = () => Math.random().toString(36).slice(2, 8);

/** Books and a dues invoice for each of A1, A2 and B1; a provider bill on session A and on session B. */
export async function prepareFinance(world: World) {
  const db = world.ctx.deps.db;
  const now = new Date('2026-11-20T15:00:00Z');
  for (const [key, member] of [
    ['A1', world.memberA1],
    ['A2', world.memberA2],
    ['B1', world.memberB1],
  ] as const) {
    const settings = await ensureBooks(db, member.mutual_id);
    const [id] = await db.transaction().execute((trx) =>
      issueInvoices(
        trx,
        {
          mutualId: member.mutual_id,
          settings,
          issuedOn: '2026-11-01',
          createdBy: null,
          now,
          links: { PUBLIC_URL: 'http://localhost:3000' },
          email: false,
        },
        [
          {
            memberId: member.id,
            lines: [{ kind: 'dues', descriptionFr: 'Cotisation', descriptionEn: 'Dues', grossCents: 10_000 }],
          },
        ],
      ),
    );
    const invoice = await db
      .selectFrom('invoice')
      .select(['id', 'mutual_id', 'entry_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    world.extra[`invoice${key}`] = { id: invoice.id, mutual_id: invoice.mutual_id };
    world.extra[`entry${key}`] = { id: invoice.entry_id, mutual_id: invoice.mutual_id };
  }
  for (const [key, mutual] of [
    ['A', world.mutualA],
    ['B', world.mutualB],
  ] as const) {
    const accounts = await ledgerRepository(db).accounts(mutual.id);
    world.extra[`account${key}`] = { id: accounts.find((a) => a.code === '1010')!.id, mutual_id: mutual.id };
    world.extra[`account${key}2`] = { id: accounts.find((a) => a.code === '3100')!.id, mutual_id: mutual.id };
    const session = world.extra[`session${key}`];
    const provider = key === 'A' ? world.providerA : world.providerB;
    const bill = await db
      .insertInto('provider_bill')
      .values({
        mutual_id: mutual.id,
        session_id: session.id,
        provider_id: provider.id,
        sequence: 1,
        number: 'FF-000001',
        billed_on: '2026-11-01',
        fixed_cents: 100_000,
        seat_cents: 0,
        seats: 2,
        cost_cents: 100_000,
        gst_cents: 0,
        qst_cents: 0,
        total_cents: 100_000,
        taxable: false,
      })
      .returning(['id', 'mutual_id'])
      .executeTakeFirstOrThrow();
    world.extra[`bill${key}`] = bill;
    const funder = await db
      .insertInto('mutual_funder')
      .values({ mutual_id: mutual.id, name: `Funder ${key}` })
      .returning(['id', 'mutual_id'])
      .executeTakeFirstOrThrow();
    const programme = await db
      .insertInto('funding_programme')
      .values({
        mutual_id: mutual.id,
        funder_id: funder.id,
        name: `Programme ${key}`,
        starts_on: '2026-01-01',
        ends_on: '2028-12-31',
        coverage_ppm: 500_000,
        eligible_categories: ['trainer_fees'],
        cap_per_participant_hour_cents: null,
        cap_per_activity_cents: null,
        cap_per_member_per_year_cents: null,
        cap_per_year_cents: null,
        budget_cents: null,
      })
      .returning(['id', 'mutual_id'])
      .executeTakeFirstOrThrow();
    const claim = await db
      .insertInto('funding_claim')
      .values({
        mutual_id: mutual.id,
        funder_id: funder.id,
        programme_id: programme.id,
        sequence: 1,
        number: 'R-000001',
        period_from: '2026-01-01',
        period_to: '2026-06-30',
      })
      .returning(['id', 'mutual_id'])
      .executeTakeFirstOrThrow();
    world.extra[`mutualFunder${key}`] = funder;
    world.extra[`programme${key}`] = programme;
    world.extra[`claim${key}`] = claim;
  }
}

const mutualScoped = (own: string, b: string): ParamIds => ({
  own: (w) => w.extra[own].id,
  foreign: (w) => [w.extra[b].id],
});

export const financeParams: Record<string, ParamIds> = {
  accountId: mutualScoped('accountA', 'accountB'),
  entryId: mutualScoped('entryA1', 'entryB1'),
  billId: mutualScoped('billA', 'billB'),
  mutualFunderId: mutualScoped('mutualFunderA', 'mutualFunderB'),
  programmeId: mutualScoped('programmeA', 'programmeB'),
  claimId: mutualScoped('claimA', 'claimB'),
  // a calendar year is not a record: nothing to refuse by it (the member beside it is checked)
  year: { own: () => '2026', foreign: () => [] },
  invoiceId: {
    own: (w) => w.extra.invoiceA1.id,
    foreign: (w, role: Role) =>
      role === 'member_contact' ? [w.extra.invoiceA2.id, w.extra.invoiceB1.id] : [w.extra.invoiceB1.id],
  },
};

export const financeBodies: Record<string, (w: World) => unknown> = {
  'PATCH /api/finance/settings': () => ({ paymentTermsDays: 30 }),
  'POST /api/finance/close': () => ({ through: '2020-01-31' }),
  'POST /api/finance/accounts': () => ({
    code: `1${String(Math.floor(Math.random() * 900) + 100)}`,
    kind: 'asset',
    nameFr: `Compte ${rand()}`,
    nameEn: 'Account',
  }),
  'PATCH /api/finance/accounts/{accountId}': () => ({ nameFr: 'Encaisse' }),
  'POST /api/finance/journal': (w) => ({
    entryDate: '2026-11-02',
    description: 'Tenancy',
    lines: [
      { accountId: w.extra.accountA.id, debitCents: 100 },
      { accountId: w.extra.accountA2.id, creditCents: 100 },
    ],
  }),
  'POST /api/finance/journal/{entryId}/reverse': () => ({ reason: 'Tenancy' }),
  'PUT /api/finance/dues-schedule': () => ({
    basis: 'flat',
    flatCents: 10_000,
    bySizeClass: {},
    byPayroll: [],
    prorate: true,
  }),
  'POST /api/finance/dues/invoice': () => ({}),
  'POST /api/finance/sessions/invoice': () => ({}),
  'POST /api/finance/sessions/{sessionId}/invoice': () => ({}),
  'POST /api/invoices/{invoiceId}/credit': () => ({ reason: 'Tenancy' }),
  'POST /api/invoices/{invoiceId}/payments': () => ({ receivedOn: '2026-11-02', amountCents: 100, method: 'cheque' }),
  'POST /api/invoices/{invoiceId}/send': () => ({}),
  'POST /api/finance/reminders': () => ({}),
  'PATCH /api/finance/provider-bills/{billId}': () => ({ providerReference: 'INV-1' }),
  'POST /api/finance/provider-bills/{billId}/approve': () => ({}),
  'POST /api/finance/provider-bills/{billId}/pay': () => ({ paidOn: '2026-11-02' }),
  'POST /api/funding/funders': () => ({ name: `Funder ${rand()}`, kind: 'government' }),
  'PATCH /api/funding/funders/{mutualFunderId}': () => ({ contactName: 'Agente' }),
  'POST /api/funding/programmes': (w) => ({
    funderId: w.extra.mutualFunderA.id,
    name: 'Programme',
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    coveragePpm: 500_000,
    eligibleCategories: ['trainer_fees'],
  }),
  'PATCH /api/funding/programmes/{programmeId}': () => ({ coveragePpm: 400_000 }),
  'POST /api/funding/claims': (w) => ({
    programmeId: w.extra.programmeA.id,
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
  }),
  'POST /api/funding/claims/{claimId}/submit': () => ({}),
  'POST /api/funding/claims/{claimId}/payments': () => ({ receivedOn: '2026-11-02', amountCents: 100 }),
  'PUT /api/reports/one-percent/{memberId}/{year}': () => ({ payrollCents: 250_000_000, otherSpendingCents: 0 }),
  'POST /api/reports/one-percent/{memberId}/{year}/remit': () => ({}),
  'POST /api/reports/annual/submit': () => ({ fiscalYearStart: '2025-01-01' }),
};

/** Money ids that must never appear in the role's lists. */
export function financeForeignIds(w: World, role: Role): string[] {
  const e = w.extra;
  if (!e.invoiceB1) return [];
  const ids = [
    e.invoiceB1.id,
    e.entryB1.id,
    e.accountB.id,
    e.billB.id,
    e.mutualFunderB.id,
    e.programmeB.id,
    e.claimB.id,
  ];
  if (role === 'member_contact') ids.push(e.invoiceA2.id);
  return ids;
}
