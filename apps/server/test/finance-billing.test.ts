import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { formatMoney } from '@mutualis/domain/format/index';
import { sql } from 'kysely';
import { pdfText, sessionWith } from './finance-builders.ts';
import {
  type Client,
  createTestContext,
  loginAs,
  newEmployee,
  newMember,
  newMutual,
  newProvider,
  newUser,
  type TestContext,
} from './harness.ts';

// Billing through the API with amounts worked by hand: a delivered session invoiced to its firms
// by the per-seat rule with a late-cancellation fee, GST and QST; re-invoicing after a change
// (credit notes that reverse exactly, then new invoices); payments, partial and refused; subsidies
// with a cap; dues pro-rated; reminders; ageing; statements; what member contacts may see.

type Inv = {
  id: string;
  number: string;
  memberId: string;
  kind: string;
  status: string;
  totalCents: number;
  netCents: number;
  gstCents: number;
  qstCents: number;
  subsidyCents: number;
  dueCents: number;
  paidCents: number;
};

describe('billing', () => {
  let ctx: TestContext;
  let coord: Client;
  let mutualId: string;
  let A: { id: string; mutual_id: string };
  let B: { id: string; mutual_id: string };
  let C: { id: string; mutual_id: string };
  let providerId: string;
  let s1: Awaited<ReturnType<typeof sessionWith>>;

  before(async () => {
    ctx = await createTestContext();
    mutualId = (await newMutual(ctx)).id;
    A = await newMember(ctx, mutualId, { legal_name: 'Acier A inc.', headcount: 25 });
    B = await newMember(ctx, mutualId, { legal_name: 'Bois B inc.', headcount: 150 });
    C = await newMember(ctx, mutualId, { legal_name: 'Cuir C inc.', headcount: 8 });
    await ctx.deps.db.updateTable('member').set({ joined_on: '2026-07-01' }).where('id', '=', B.id).execute();
    providerId = (await newProvider(ctx, mutualId)).id;
    coord = (await loginAs(ctx, 'coordinator', { mutualId })).client;
    await newUser(ctx, 'member_contact', { mutualId, memberId: A.id }, { email: `rh-a-${mutualId}@example.test` });
    // A: 2 present + 1 no-show = 3 seats; B: 2 present + 1 late cancellation = 2 seats; C: 1 seat.
    s1 = await sessionWith(ctx, {
      mutualId,
      providerId,
      participants: [
        { member: A, status: 'confirmed' },
        { member: A, status: 'confirmed' },
        { member: A, status: 'no_show' },
        { member: B, status: 'confirmed' },
        { member: B, status: 'confirmed' },
        { member: B, status: 'late_cancelled' },
        { member: C, status: 'confirmed' },
      ],
    });
  });
  after(() => ctx.close());

  const tb = async () =>
    (await (await coord.get('/api/finance/trial-balance')).json()) as {
      balanced: boolean;
      rows: { code: string; balanceCents: number }[];
    };
  const balance = (t: Awaited<ReturnType<typeof tb>>, code: string) =>
    t.rows.find((r) => r.code === code)?.balanceCents ?? 0;
  const invoicesOf = async (query = '') =>
    ((await (await coord.get(`/api/invoices?pageSize=200${query}`)).json()) as { items: Inv[] }).items;

  it('given a delivered session ($1,200 + $50 a seat, 6 seats held), when invoiced, then $750 / $500 + $125 late fee / $250 with GST and QST, and a $1,500 provider bill', async () => {
    const list = (await (await coord.get('/api/finance/sessions')).json()) as {
      items: { sessionId: string; costCents: number; invoiced: boolean }[];
    };
    const row = list.items.find((s) => s.sessionId === s1.session.id);
    assert.deepEqual([row?.costCents, row?.invoiced], [150_000, false]);
    const res = await coord.post(`/api/finance/sessions/${s1.session.id}/invoice`, { issuedOn: '2026-10-20' });
    assert.equal(res.status, 200, await res.clone().text());
    const run = (await res.json()) as { invoices: Inv[]; creditNotes: Inv[]; providerBillId: string };
    assert.equal(run.creditNotes.length, 0);
    const by = new Map(run.invoices.map((i) => [i.memberId, i]));
    // A: 750.00 + GST 37.50 + QST 74.81 (74.8125) = 862.31
    assert.deepEqual(
      [by.get(A.id)?.netCents, by.get(A.id)?.gstCents, by.get(A.id)?.qstCents, by.get(A.id)?.totalCents],
      [75_000, 3_750, 7_481, 86_231],
    );
    // B: 500.00 + 125.00 = 625.00; GST 31.25; QST 62.34 (62.34375) = 718.59
    assert.deepEqual(
      [by.get(B.id)?.netCents, by.get(B.id)?.gstCents, by.get(B.id)?.qstCents, by.get(B.id)?.totalCents],
      [62_500, 3_125, 6_234, 71_859],
    );
    // C: 250.00 + 12.50 + 24.94 (24.9375) = 287.44
    assert.equal(by.get(C.id)?.totalCents, 28_744);
    const t = await tb();
    assert.equal(t.balanced, true);
    assert.equal(balance(t, '1200'), 86_231 + 71_859 + 28_744);
    assert.equal(balance(t, '4200'), -150_000);
    assert.equal(balance(t, '4500'), -12_500);
    const bill = (await (await coord.get(`/api/finance/provider-bills/${run.providerBillId}`)).json()) as {
      costCents: number;
      gstCents: number;
      qstCents: number;
      totalCents: number;
      status: string;
      seats: number;
    };
    assert.deepEqual(
      [bill.seats, bill.costCents, bill.gstCents, bill.qstCents, bill.totalCents, bill.status],
      [6, 150_000, 7_500, 14_963, 172_463, 'received'],
    );
    const outbox = await ctx.deps.db
      .selectFrom('outbox')
      .select(['kind', 'to_address'])
      .where('mutual_id', '=', mutualId)
      .execute();
    assert.ok(
      outbox.some((m) => m.kind === 'invoice' && m.to_address.startsWith('rh-a-')),
      'the firm’s contact is e-mailed',
    );
  });

  it('given the same session invoiced again with nothing changed, then nothing is issued', async () => {
    const run = (await (
      await coord.post(`/api/finance/sessions/${s1.session.id}/invoice`, { issuedOn: '2026-10-21' })
    ).json()) as { invoices: Inv[]; creditNotes: Inv[]; unchanged: number };
    assert.deepEqual([run.invoices.length, run.creditNotes.length, run.unchanged], [0, 0, 3]);
  });

  it('given one more late cancellation at B (5 seats left, $1,450), when re-invoiced, then each invoice is credited exactly and reissued: $870 / $290 + $290 of fees / $290', async () => {
    const before = await invoicesOf('&kind=invoice');
    const confirmedB = s1.enrolments.find((e) => e.memberId === B.id && e.status === 'confirmed')!;
    await ctx.deps.db
      .updateTable('enrolment')
      .set({ status: 'late_cancelled' })
      .where('id', '=', confirmedB.id)
      .execute();
    const run = (await (
      await coord.post(`/api/finance/sessions/${s1.session.id}/invoice`, { issuedOn: '2026-10-22' })
    ).json()) as { invoices: Inv[]; creditNotes: Inv[] };
    assert.equal(run.creditNotes.length, 3);
    for (const note of run.creditNotes) {
      const original = before.find((i) => i.memberId === note.memberId)!;
      assert.deepEqual(
        [note.totalCents, note.gstCents, note.qstCents, note.netCents],
        [-original.totalCents, -original.gstCents, -original.qstCents, -original.netCents],
      );
    }
    const by = new Map(run.invoices.map((i) => [i.memberId, i]));
    assert.equal(by.get(A.id)?.netCents, 87_000);
    assert.equal(by.get(B.id)?.netCents, 58_000);
    assert.equal(by.get(C.id)?.netCents, 29_000);
    assert.equal(by.get(A.id)?.totalCents, 87_000 + 4_350 + 8_678);
    const originals = await invoicesOf('&kind=invoice&status=credited');
    assert.equal(originals.length, 3);
    const t = await tb();
    const open = (await invoicesOf()).reduce((s, i) => s + i.totalCents, 0);
    assert.equal(balance(t, '1200'), open, 'receivables tie to the invoices and credit notes');
    const bill = (await (await coord.get('/api/finance/provider-bills')).json()) as {
      items: { seats: number; costCents: number }[];
    };
    assert.deepEqual([bill.items[0].seats, bill.items[0].costCents], [5, 145_000]);
  });

  it('given A’s invoice, when paid in two parts, then partly paid then paid; more than due is refused (400), a credited invoice takes no payment (409)', async () => {
    const current = (await invoicesOf(`&memberId=${A.id}&kind=invoice&status=issued`))[0];
    const part = await coord.post(`/api/invoices/${current.id}/payments`, {
      receivedOn: '2026-11-01',
      amountCents: 50_000,
      method: 'cheque',
      reference: 'CHQ 1042',
    });
    assert.equal(part.status, 201);
    assert.equal(((await part.json()) as Inv).status, 'partly_paid');
    const tooMuch = await coord.post(`/api/invoices/${current.id}/payments`, {
      receivedOn: '2026-11-02',
      amountCents: current.totalCents,
      method: 'transfer',
    });
    assert.equal(tooMuch.status, 400);
    const tooMuchField = ((await tooMuch.json()) as { errors: { field: string; code: string; message: string }[] })
      .errors[0];
    assert.deepEqual(
      [tooMuchField.field, tooMuchField.code, tooMuchField.message.replace(/[\u00a0\u202f]/g, ' ')],
      [
        'amountCents',
        'more_than_due',
        `Dépasse le solde dû (${formatMoney(current.totalCents - 50_000, 'fr').replace(/[\u00a0\u202f]/g, ' ')})`,
      ],
    );
    const rest = await coord.post(`/api/invoices/${current.id}/payments`, {
      receivedOn: '2026-11-02',
      amountCents: current.totalCents - 50_000,
      method: 'transfer',
    });
    assert.equal(((await rest.json()) as Inv).status, 'paid');
    const credited = (await invoicesOf(`&memberId=${A.id}&status=credited`))[0];
    const refused = await coord.post(`/api/invoices/${credited.id}/payments`, {
      receivedOn: '2026-11-02',
      amountCents: 100,
      method: 'cash',
    });
    assert.equal(refused.status, 409);
    const refusedProblem = (await refused.json()) as { code: string; errors: { field: string; code: string }[] };
    assert.equal(refusedProblem.code, 'not_payable');
    assert.deepEqual(
      refusedProblem.errors.map((e) => [e.field, e.code]),
      [['invoiceId', 'invoice_takes_no_payment']],
    );
    const negative = await coord.post(`/api/invoices/${current.id}/payments`, {
      receivedOn: '2026-11-02',
      amountCents: -100,
      method: 'cash',
    });
    assert.equal(negative.status, 400);
    const t = await tb();
    assert.equal(balance(t, '1010'), current.totalCents, 'the bank holds what was paid');
  });

  it('given C’s invoice, when the coordinator credits it, then the credit note reverses it exactly and a second credit is refused', async () => {
    const inv = (await invoicesOf(`&memberId=${C.id}&kind=invoice&status=issued`))[0];
    const res = await coord.post(`/api/invoices/${inv.id}/credit`, { reason: 'Erreur de facturation' });
    assert.equal(res.status, 201);
    const note = (await res.json()) as Inv & { creditsInvoiceNumber: string };
    assert.equal(note.totalCents, -inv.totalCents);
    assert.equal(note.creditsInvoiceNumber, inv.number);
    assert.equal((await coord.post(`/api/invoices/${inv.id}/credit`, { reason: 'Encore' })).status, 409);
  });

  it('given a programme covering 50 % of trainer fees up to $80 per member per year, when a $400 session for A and C is invoiced, then $80 off each share (the cap), shown on the invoice and owed by the funder', async () => {
    const funder = await ctx.deps.db
      .insertInto('mutual_funder')
      .values({ mutual_id: mutualId, name: 'Services Québec' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.deps.db
      .insertInto('funding_programme')
      .values({
        mutual_id: mutualId,
        funder_id: funder.id,
        name: 'PACME',
        starts_on: '2026-01-01',
        ends_on: '2028-12-31',
        coverage_ppm: 500_000,
        eligible_categories: ['trainer_fees'],
        cap_per_member_per_year_cents: 8_000,
        cap_per_participant_hour_cents: null,
        cap_per_activity_cents: null,
        cap_per_year_cents: null,
        budget_cents: 5_000_000,
      })
      .execute();
    const before = balance(await tb(), '1210');
    const s2 = await sessionWith(ctx, {
      mutualId,
      providerId,
      fixedCents: 40_000,
      seatCents: 0,
      participants: [
        { member: A, status: 'confirmed' },
        { member: C, status: 'confirmed' },
      ],
    });
    const run = (await (
      await coord.post(`/api/finance/sessions/${s2.session.id}/invoice`, { issuedOn: '2026-10-25' })
    ).json()) as { invoices: Inv[] };
    for (const inv of run.invoices) {
      // share 200.00, 50 % = 100.00 capped at 80.00, net 120.00, GST 6.00, QST 11.97 = 137.97
      assert.deepEqual([inv.subsidyCents, inv.netCents, inv.totalCents], [8_000, 12_000, 13_797]);
    }
    const full = (await (await coord.get(`/api/invoices/${run.invoices[0].id}`)).json()) as {
      lines: { subsidies: { programmeName: string; cents: number; limits: string[] }[] }[];
    };
    assert.deepEqual(
      full.lines[0].subsidies.map((s) => [s.programmeName, s.cents, s.limits]),
      [['PACME', 8_000, ['per_member_per_year']]],
    );
    assert.equal(balance(await tb(), '1210') - before, 16_000);
  });

  it('given a flat $250 dues schedule pro-rated, when the year’s dues are invoiced twice, then B (joined 1 July) pays 184/365 days = $126.03 and the second run invoices nobody', async () => {
    assert.equal((await coord.post('/api/finance/dues/invoice', {})).status, 409);
    const put = await coord.put('/api/finance/dues-schedule', {
      basis: 'flat',
      flatCents: 25_000,
      bySizeClass: {},
      byPayroll: [],
      prorate: true,
    });
    assert.equal(put.status, 200);
    const first = (await (
      await coord.post('/api/finance/dues/invoice', { fiscalYearStart: '2026-01-01', issuedOn: '2026-01-05' })
    ).json()) as { invoiced: number; totalCents: number };
    assert.deepEqual(first, { ...first, invoiced: 3, totalCents: 25_000 + 12_603 + 25_000 });
    const second = (await (
      await coord.post('/api/finance/dues/invoice', { fiscalYearStart: '2026-01-01' })
    ).json()) as { invoiced: number; alreadyInvoiced: number };
    assert.deepEqual([second.invoiced, second.alreadyInvoiced], [0, 3]);
    const dues = (await invoicesOf(`&memberId=${B.id}`)).find((i) => i.totalCents === 12_603);
    assert.ok(dues, 'dues are exempt from taxes');
  });

  it('given overdue dues and the blocking setting, when C’s employee is enrolled, then 409 dues_overdue with a clear message; without the setting, it goes through', async () => {
    const open = await sessionWith(ctx, {
      mutualId,
      providerId,
      status: 'confirmed',
      days: ['2027-02-10'],
      participants: [],
    });
    const employee = await newEmployee(ctx, C);
    await coord.patch('/api/finance/settings', { blockEnrolmentWhenDuesOverdue: true });
    const refused = await coord.post(`/api/sessions/${open.session.id}/enrolments`, { employeeId: employee.id });
    assert.equal(refused.status, 409, await refused.clone().text());
    const problem = (await refused.json()) as { code: string; detail: string };
    assert.equal(problem.code, 'dues_overdue');
    assert.match(
      problem.detail,
      /(dues invoice F-\d+ of this firm was due on February 4, 2026|facture de cotisation F-\d+ de l’entreprise était due le 4 février 2026)/,
    );
    await coord.patch('/api/finance/settings', { blockEnrolmentWhenDuesOverdue: false });
    assert.equal(
      (await coord.post(`/api/sessions/${open.session.id}/enrolments`, { employeeId: employee.id })).status,
      201,
    );
  });

  it('given overdue invoices and reminders at 7 days, when reminders are sent twice, then each overdue invoice is reminded once', async () => {
    await coord.patch('/api/finance/settings', { reminderDays: [7] });
    ctx.setNow('2026-12-30T15:00:00Z');
    coord = (await loginAs(ctx, 'coordinator', { mutualId })).client;
    const first = (await (await coord.post('/api/finance/reminders', {})).json()) as {
      sent: number;
      invoices: string[];
    };
    assert.ok(first.sent >= 3, JSON.stringify(first));
    const again = (await (await coord.post('/api/finance/reminders', {})).json()) as { sent: number };
    assert.equal(again.sent, 0);
    const reminders = await ctx.deps.db
      .selectFrom('outbox')
      .select('id')
      .where('mutual_id', '=', mutualId)
      .where('kind', '=', 'invoice_reminder')
      .execute();
    assert.ok(reminders.length >= 1);
  });

  it('given the receivables, then the ageing puts each amount due in its bucket and adds up to the receivables account', async () => {
    const ageing = (await (await coord.get('/api/finance/ageing')).json()) as {
      totalCents: number;
      buckets: Record<string, number>;
    };
    assert.equal(ageing.totalCents, balance(await tb(), '1200'));
    assert.ok(ageing.buckets['61-90'] > 0 && ageing.buckets['90+'] > 0);
  });

  it('given A’s contact, then it sees A’s invoices only, downloads their PDF, reads A’s statement, and gets 404 on anyone else’s', async () => {
    const contact = (await loginAs(ctx, 'member_contact', { mutualId, memberId: A.id })).client;
    const mine = ((await (await contact.get('/api/invoices?pageSize=200')).json()) as { items: Inv[] }).items;
    assert.ok(mine.length > 0 && mine.every((i) => i.memberId === A.id));
    const others = await invoicesOf(`&memberId=${B.id}`);
    assert.equal((await contact.get(`/api/invoices/${others[0].id}`)).status, 404);
    assert.equal((await contact.get(`/api/invoices/${others[0].id}/pdf`)).status, 404);
    assert.equal((await contact.get(`/api/finance/members/${B.id}/statement`)).status, 404);
    const pdf = await contact.get(`/api/invoices/${mine[0].id}/pdf`);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    const text = pdfText(await pdf.arrayBuffer());
    assert.match(text, /Facture \/ Invoice|Note de crédit \/ Credit note/);
    assert.match(text, /Acier A inc\./);
    assert.doesNotMatch(text, /Bois B/);
    const statement = (await (await contact.get(`/api/finance/members/${A.id}/statement?from=2026-01-01`)).json()) as {
      closingBalanceCents: number;
      lines: { balanceCents: number }[];
    };
    const due = mine.filter((i) => i.kind === 'invoice').reduce((s, i) => s + i.dueCents, 0);
    assert.equal(statement.closingBalanceCents, due);
    assert.equal((await contact.get(`/api/finance/members/${A.id}/statement/pdf`)).status, 200);
    assert.equal(
      (
        await contact.post(`/api/invoices/${mine[0].id}/payments`, {
          receivedOn: '2026-11-02',
          amountCents: 100,
          method: 'cash',
        })
      ).status,
      403,
    );
  });

  it('given an open session, then A’s contact sees the expected cost of one more seat, with taxes', async () => {
    const open = await sessionWith(ctx, {
      mutualId,
      providerId,
      status: 'scheduled',
      fixedCents: 100_000,
      seatCents: 0,
      days: ['2027-03-10'],
      participants: [{ member: B, status: 'confirmed' }],
    });
    const contact = (await loginAs(ctx, 'member_contact', { mutualId, memberId: A.id })).client;
    const res = await contact.get(`/api/finance/sessions/${open.session.id}/seat-cost`);
    assert.equal(res.status, 200, await res.clone().text());
    const cost = (await res.json()) as { seatShareCents: number; totalCents: number; memberId: string };
    // 1,000.00 split over 2 seats: A's seat = 500.00 (the programme's cap for A this year is used up)
    assert.equal(cost.memberId, A.id);
    assert.equal(cost.seatShareCents, 50_000);
    const list = (await (await contact.get('/api/finance/seat-costs')).json()) as {
      items: { sessionId: string; seatShareCents: number; totalCents: number }[];
    };
    const row = list.items.find((i) => i.sessionId === open.session.id);
    assert.deepEqual([row?.seatShareCents, row?.totalCents], [50_000, cost.totalCents]);
    assert.equal((await coord.get('/api/finance/seat-costs')).status, 400, 'a coordinator names the firm');
  });

  it('given the provider bill, when approved then paid, then payables go up and back to zero and the margin is shown', async () => {
    const bills = (await (await coord.get('/api/finance/provider-bills?pageSize=200')).json()) as {
      items: { id: string; sessionId: string; totalCents: number }[];
    };
    const bill = bills.items.find((b) => b.sessionId === s1.session.id)!;
    assert.equal(
      (await coord.post(`/api/finance/provider-bills/${bill.id}/pay`, { paidOn: '2026-11-10' })).status,
      409,
    );
    assert.equal(
      (await coord.post(`/api/finance/provider-bills/${bill.id}/approve`, { approvedOn: '2026-11-05' })).status,
      200,
    );
    assert.equal(balance(await tb(), '2100'), -bill.totalCents);
    assert.equal((await coord.patch(`/api/finance/provider-bills/${bill.id}`, { costCents: 1 })).status, 409);
    const paid = await coord.post(`/api/finance/provider-bills/${bill.id}/pay`, {
      paidOn: '2026-11-10',
      reference: 'VIR-88',
    });
    assert.equal(((await paid.json()) as { status: string }).status, 'paid');
    assert.equal(balance(await tb(), '2100'), 0);
    const margins = (await (await coord.get('/api/finance/margins')).json()) as {
      items: { sessionId: string; recoveredCents: number; providerCostCents: number; marginCents: number }[];
    };
    const m = margins.items.find((x) => x.sessionId === s1.session.id)!;
    // recovered: shares 1,450.00 + late fees 290.00 (C's credit note takes back its 290.00 share)
    assert.deepEqual(
      [m.recoveredCents, m.providerCostCents, m.marginCents],
      [145_000 + 29_000 - 29_000, 145_000, 29_000 - 29_000],
    );
  });

  it('given the books closed through October, then invoicing dated in October is refused (409 period_closed) and nothing is issued', async () => {
    await coord.post('/api/finance/close', { through: '2026-10-31' });
    const count = (await invoicesOf()).length;
    const s3 = await sessionWith(ctx, { mutualId, providerId, participants: [{ member: A, status: 'confirmed' }] });
    const res = await coord.post(`/api/finance/sessions/${s3.session.id}/invoice`, { issuedOn: '2026-10-30' });
    assert.equal(res.status, 409);
    assert.equal(((await res.json()) as { code: string }).code, 'period_closed');
    assert.equal((await invoicesOf()).length, count);
    const t = await tb();
    assert.equal(t.balanced, true);
    const numbers = await sql<{
      kind: string;
      seqs: number[];
    }>`select kind, array_agg(sequence order by sequence) as seqs from invoice where mutual_id = ${mutualId} group by kind`.execute(
      ctx.deps.db,
    );
    for (const r of numbers.rows)
      assert.deepEqual(
        r.seqs.map(Number),
        r.seqs.map((_, i) => i + 1),
        `${r.kind} numbers have no gap`,
      );
  });
});
