import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pdfText, recognitionSteps, sessionWith } from './finance-builders.ts';
import {
  type Client,
  createTestContext,
  loginAs,
  newMember,
  newMutual,
  newProvider,
  type TestContext,
} from './harness.ts';

// Reports through the API, with amounts worked by hand: a firm's 1 % statement (payments to the
// mutual before taxes, wages while in training, the 2015 threshold), remitting the shortfall, the
// annual report with its statements and checks (and no personal data for the board), cessation;
// payments to the mutual on days its recognition history says it was not recognised (s.1).

type Statement = {
  subject: boolean;
  obligationCents: number;
  thresholdCents: number;
  paidToMutual: { sessionSharesCents: number; duesCents: number; feesCents: number; remittancesCents: number };
  throughMutualCents: number;
  trainingWagesCents: number;
  trainingHours: number;
  eligibleCents: number;
  shortfallCents: number;
  mutualRecognised: boolean;
  remittance: { number: string; totalCents: number } | null;
  ledgerPaidCents: number;
  notCountedCents: number;
  paymentsDidNotCount: { from: string; to: string }[];
  recognisedToday: boolean;
};

describe('reports', () => {
  let ctx: TestContext;
  let coord: Client;
  let mutualId: string;
  let firm: { id: string; mutual_id: string };
  let other: { id: string; mutual_id: string };
  let paidTotal = 0;

  before(async () => {
    ctx = await createTestContext();
    mutualId = (await newMutual(ctx)).id;
    firm = await newMember(ctx, mutualId, {
      legal_name: 'Soudure S inc.',
      annual_payroll_cents: 320_000_000,
      headcount: 60,
    });
    other = await newMember(ctx, mutualId, { legal_name: 'Usinage U inc.', headcount: 12 });
    coord = (await loginAs(ctx, 'coordinator', { mutualId })).client;
    await recognitionSteps(coord, [
      { kind: 'applied', occurredOn: '2019-06-01' },
      { kind: 'recognised', occurredOn: '2020-01-01' },
    ]);
    const provider = await newProvider(ctx, mutualId);
    // a delivered session: 2 of the firm's employees present 2 days × 7 h, 1 of the other firm's
    const s = await sessionWith(ctx, {
      mutualId,
      providerId: provider.id,
      fixedCents: 90_000,
      seatCents: 0,
      participants: [
        { member: firm, status: 'confirmed' },
        { member: firm, status: 'confirmed' },
        { member: other, status: 'confirmed' },
      ],
    });
    await coord.post(`/api/finance/sessions/${s.session.id}/invoice`, { issuedOn: '2026-10-20' });
    // the firm's share: $600.00 + GST 30.00 + QST 59.85 = $689.85, paid in full
    const inv = (
      (await (await coord.get(`/api/invoices?memberId=${firm.id}`)).json()) as {
        items: { id: string; totalCents: number }[];
      }
    ).items[0];
    assert.equal(inv.totalCents, 68_985);
    await coord.post(`/api/invoices/${inv.id}/payments`, {
      receivedOn: '2026-11-02',
      amountCents: inv.totalCents,
      method: 'transfer',
    });
    paidTotal += inv.totalCents;
    // a second delivered session, never invoiced: the annual report's checks name it
    await sessionWith(ctx, {
      mutualId,
      providerId: provider.id,
      days: ['2026-06-03'],
      participants: [{ member: other, status: 'confirmed' }],
    });
  });
  after(() => ctx.close());

  it('given a $3.2M payroll in 2026, $600 paid to the mutual, 28 h of training at $28.50 and $10,000 declared, then $32,000 owed, $11,398 eligible and a $20,602 shortfall', async () => {
    const res = await coord.put(`/api/reports/one-percent/${firm.id}/2026`, {
      payrollCents: 320_000_000,
      otherSpendingCents: 1_000_000,
    });
    assert.equal(res.status, 200, await res.clone().text());
    const s = (await res.json()) as Statement;
    assert.deepEqual([s.subject, s.obligationCents], [true, 3_200_000]);
    assert.deepEqual(s.paidToMutual, { sessionSharesCents: 60_000, duesCents: 0, feesCents: 0, remittancesCents: 0 });
    // 2 employees × 14 h × $28.50 = $798.00
    assert.deepEqual([s.trainingHours, s.trainingWagesCents], [28, 79_800]);
    assert.equal(s.eligibleCents, 60_000 + 79_800 + 1_000_000);
    assert.equal(s.shortfallCents, 3_200_000 - 1_139_800);
    assert.equal(s.ledgerPaidCents, paidTotal, 'the payments tie to the ledger');
  });

  it('given a $1.5M payroll, then subject in 2014 ($1,000,000 threshold: $15,000 owed) but not in 2016 ($2,000,000)', async () => {
    const y2014 = (await (
      await coord.put(`/api/reports/one-percent/${other.id}/2014`, { payrollCents: 150_000_000 })
    ).json()) as Statement;
    assert.deepEqual(
      [y2014.subject, y2014.thresholdCents, y2014.obligationCents, y2014.shortfallCents],
      [true, 100_000_000, 1_500_000, 1_500_000],
    );
    const y2016 = (await (
      await coord.put(`/api/reports/one-percent/${other.id}/2016`, { payrollCents: 150_000_000 })
    ).json()) as Statement;
    assert.deepEqual([y2016.subject, y2016.obligationCents, y2016.shortfallCents], [false, 0, 0]);
  });

  it('given the firm’s contact, when it remits its shortfall, then an invoice of $20,602 (no taxes); a second remittance is refused; another firm’s statement is not found', async () => {
    const contact = (await loginAs(ctx, 'member_contact', { mutualId, memberId: firm.id })).client;
    const res = await contact.post(`/api/reports/one-percent/${firm.id}/2026/remit`, {});
    assert.equal(res.status, 201, await res.clone().text());
    const s = (await res.json()) as Statement;
    assert.equal(s.remittance?.totalCents, 2_060_200);
    assert.equal((await contact.post(`/api/reports/one-percent/${firm.id}/2026/remit`, {})).status, 409);
    assert.equal((await contact.get(`/api/reports/one-percent/${other.id}/2026`)).status, 404);
    assert.equal((await contact.get(`/api/reports/one-percent/${other.id}/2026/pdf`)).status, 404);
    const pdf = await contact.get(`/api/reports/one-percent/${firm.id}/2026/pdf?lang=en`);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    const text = pdfText(await pdf.arrayBuffer());
    assert.match(text, /Training spending statement — 1 % law/);
    assert.match(text, /Soudure S inc\./);
    assert.doesNotMatch(text, /Usinage U/);
  });

  it('given the year 2026, then the annual report lists who paid, the activities, the clientele, balanced statements, and names what is missing', async () => {
    const res = await coord.get('/api/reports/annual');
    assert.equal(res.status, 200, await res.clone().text());
    const r = (await res.json()) as {
      fiscalYear: { label: string };
      dueOn: string;
      daysLeft: number;
      employers: { name: string; paidCents: number }[];
      activities: { participants: number; employers: number }[];
      clientele: { participants: number; firms: number; byTeer: { teer: number; participants: number }[] };
      operations: { revenueCents: number; expensesCents: number; surplusCents: number };
      balanceSheet: { differenceCents: number; assetsCents: number };
      checks: { code: string; count: number; items: string[] }[];
    };
    assert.deepEqual([r.fiscalYear.label, r.dueOn, r.daysLeft], ['2026', '2027-03-31', 131]);
    assert.deepEqual(r.employers, [{ memberId: firm.id, name: 'Soudure S inc.', paidCents: 60_000 }]);
    assert.equal(r.activities.length, 2);
    assert.deepEqual([r.clientele.participants, r.clientele.firms], [4, 2]);
    assert.deepEqual(r.clientele.byTeer, [{ teer: 4, participants: 4 }]);
    assert.equal(r.balanceSheet.differenceCents, 0);
    assert.equal(r.operations.revenueCents, 90_000 + 2_060_200);
    const check = (code: string) => r.checks.find((c) => c.code === code);
    assert.equal(check('sessions_not_invoiced')?.count, 1);
    assert.equal(check('provider_bills_not_approved')?.count, 1);
    assert.equal(check('books_not_closed')?.count, 1);
  });

  it('given a board member, then it reads the report (no participant named), its PDF and XLSX, the deadline and cessation; a member contact may not', async () => {
    const board = (await loginAs(ctx, 'board_viewer', { mutualId })).client;
    const res = await board.get('/api/reports/annual');
    assert.equal(res.status, 200);
    const text = await res.text();
    assert.doesNotMatch(text, /Tremblay-|Marie/, 'no employee name');
    const pdf = await board.get('/api/reports/annual/pdf?lang=fr');
    assert.match(pdfText(await pdf.arrayBuffer()), /Rapport annuel d’activités \(art\. 16\)/);
    const xlsx = new Uint8Array(await (await board.get('/api/reports/annual/xlsx')).arrayBuffer());
    assert.deepEqual([xlsx[0], xlsx[1]], [0x50, 0x4b]);
    const deadline = (await (await board.get('/api/reports/deadline')).json()) as { daysLeft: number; missing: number };
    assert.equal(deadline.daysLeft, 131);
    assert.ok(deadline.missing >= 3);
    assert.equal((await board.get('/api/reports/cessation')).status, 200);
    assert.equal((await board.post('/api/reports/annual/submit', { fiscalYearStart: '2025-01-01' })).status, 403);
    const contact = (await loginAs(ctx, 'member_contact', { mutualId, memberId: firm.id })).client;
    assert.equal((await contact.get('/api/reports/annual')).status, 403);
  });

  it('given a year not ended, then it cannot be recorded as sent; the last year can, once', async () => {
    const notEnded = await coord.post('/api/reports/annual/submit', { fiscalYearStart: '2026-01-01' });
    assert.equal(notEnded.status, 409);
    assert.equal(((await notEnded.json()) as { detail: string }).detail, 'L’exercice 2026 n’est pas encore terminé');
    const sent = await coord.post('/api/reports/annual/submit', {
      fiscalYearStart: '2025-01-01',
      submittedOn: '2026-03-20',
    });
    assert.equal(sent.status, 200);
    assert.equal(((await sent.json()) as { status: string }).status, 'submitted');
    const again = await coord.post('/api/reports/annual/submit', { fiscalYearStart: '2025-01-01' });
    assert.equal(again.status, 409);
    assert.equal(
      ((await again.json()) as { detail: string }).detail,
      'Le rapport 2025 est déjà inscrit comme transmis',
    );
  });

  it('given $689.85 received and the remittance unpaid, no expense posted yet, then all of it would go back with 3 % interest: 18 days = $1.02', async () => {
    const c = (await (await coord.get('/api/reports/cessation')).json()) as {
      receivedCents: number;
      spentCents: number;
      principalCents: number;
      interestCents: number;
      totalCents: number;
    };
    // 68,985 × 3 % = 2,069.55 → 2,070 a year; × 18 / 365 = 102.08 → 102
    assert.deepEqual(
      [c.receivedCents, c.spentCents, c.principalCents, c.interestCents, c.totalCents],
      [68_985, 0, 68_985, 102, 69_087],
    );
  });
});

describe('the 1 % statement and the recognition history (s.1)', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  /**
   * A mutual with one firm (payroll $3.2M, declared) whose two employees trained 7 h each on
   * 2026-03-10 at $28.50 ($399.00 of wages); its $600.00 share is invoiced on 2026-03-20 ($689.85
   * with GST and QST) and paid in parts: each $229.95 received is $200.00 before taxes.
   */
  async function mutualWithPayments(payments: { receivedOn: string; amountCents: number }[]) {
    const mutual = await newMutual(ctx);
    const firm = await newMember(ctx, mutual.id, {
      legal_name: 'Fonderie F inc.',
      annual_payroll_cents: 320_000_000,
      headcount: 80,
    });
    const coord = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    const contact = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: firm.id })).client;
    const provider = await newProvider(ctx, mutual.id);
    const s = await sessionWith(ctx, {
      mutualId: mutual.id,
      providerId: provider.id,
      fixedCents: 60_000,
      seatCents: 0,
      days: ['2026-03-10'],
      participants: [
        { member: firm, status: 'confirmed' },
        { member: firm, status: 'confirmed' },
      ],
    });
    assert.equal(
      (await coord.post(`/api/finance/sessions/${s.session.id}/invoice`, { issuedOn: '2026-03-20' })).status,
      200,
    );
    const inv = (
      (await (await coord.get(`/api/invoices?memberId=${firm.id}`)).json()) as {
        items: { id: string; totalCents: number }[];
      }
    ).items[0];
    assert.equal(inv.totalCents, 68_985);
    for (const p of payments) {
      const res = await coord.post(`/api/invoices/${inv.id}/payments`, { ...p, method: 'transfer' });
      assert.ok(res.ok, await res.clone().text());
    }
    assert.equal(
      (await coord.put(`/api/reports/one-percent/${firm.id}/2026`, { payrollCents: 320_000_000 })).status,
      200,
    );
    return { mutual, firm, coord, contact };
  }

  it('given a mutual recognised in 2019, suspended from 2026-04-01 and restored on 2026-06-15, then $229.95 paid on 2026-05-10 does not count, $459.90 paid on 2026-09-01 does, and the statement names the span', async () => {
    const { firm, coord, contact } = await mutualWithPayments([
      { receivedOn: '2026-05-10', amountCents: 22_995 },
      { receivedOn: '2026-09-01', amountCents: 45_990 },
    ]);
    await recognitionSteps(coord, [
      { kind: 'applied', occurredOn: '2019-01-10' },
      { kind: 'recognised', occurredOn: '2019-06-01' },
      { kind: 'notice_given', occurredOn: '2026-03-02', answerDueOn: '2026-03-16' },
      { kind: 'suspended', occurredOn: '2026-04-01' },
      { kind: 'restored', occurredOn: '2026-06-15' },
    ]);
    const res = await contact.get(`/api/reports/one-percent/${firm.id}/2026`);
    assert.equal(res.status, 200, await res.clone().text());
    const s = (await res.json()) as Statement;
    assert.deepEqual(s.paymentsDidNotCount, [{ from: '2026-04-01', to: '2026-06-14' }]);
    assert.deepEqual([s.mutualRecognised, s.recognisedToday], [false, true]);
    assert.deepEqual(s.paidToMutual, { sessionSharesCents: 40_000, duesCents: 0, feesCents: 0, remittancesCents: 0 });
    assert.deepEqual([s.throughMutualCents, s.notCountedCents], [40_000, 20_000]);
    // $400.00 through the mutual + $399.00 of wages = $799.00 eligible; $32,000 − $799 = $31,201 short
    assert.deepEqual([s.trainingWagesCents, s.eligibleCents, s.shortfallCents], [39_900, 79_900, 3_120_100]);
    assert.equal(s.ledgerPaidCents, 68_985, 'the ledger holds both payments, counted or not');
    const fr = pdfText(await (await contact.get(`/api/reports/one-percent/${firm.id}/2026/pdf?lang=fr`)).arrayBuffer());
    assert.match(fr, /La mutuelle n’était pas reconnue du 2026-04-01 au 2026-06-14/);
    assert.match(fr, /ne compte(nt)? pas comme dépenses de formation/);
    assert.match(fr, /The mutual was not recognised from 2026-04-01 to 2026-06-14/, 'the other language below');
    const en = pdfText(await (await contact.get(`/api/reports/one-percent/${firm.id}/2026/pdf?lang=en`)).arrayBuffer());
    assert.match(en, /The mutual was not recognised from 2026-04-01 to 2026-06-14/);
    assert.match(en, /does not count as training spending/);
    // recognised again today: the shortfall may be remitted to the mutual
    const remit = await contact.post(`/api/reports/one-percent/${firm.id}/2026/remit`, {});
    assert.equal(remit.status, 201, await remit.clone().text());
    assert.equal(((await remit.json()) as Statement).remittance?.totalCents, 3_120_100);
  });

  it('given a mutual never recognised (its history is empty, whatever date the mutuals page shows), then nothing paid to it in 2026 counts, the whole year is named and a remittance is refused', async () => {
    const { mutual, firm, coord, contact } = await mutualWithPayments([
      { receivedOn: '2026-05-10', amountCents: 68_985 },
    ]);
    // the date shown on the mutuals page is not a recognition: only the history says when it was recognised
    await ctx.deps.db
      .updateTable('mutual')
      .set({ recognised_since: '2020-01-01' })
      .where('id', '=', mutual.id)
      .execute();
    const s = (await (await coord.get(`/api/reports/one-percent/${firm.id}/2026`)).json()) as Statement;
    assert.deepEqual(s.paymentsDidNotCount, [{ from: '2026-01-01', to: '2026-12-31' }]);
    assert.deepEqual([s.mutualRecognised, s.recognisedToday], [false, false]);
    assert.deepEqual([s.throughMutualCents, s.notCountedCents, s.ledgerPaidCents], [0, 60_000, 68_985]);
    assert.deepEqual([s.eligibleCents, s.shortfallCents], [39_900, 3_200_000 - 39_900]);
    const list = (await (await coord.get('/api/reports/one-percent?year=2026')).json()) as { items: Statement[] };
    assert.deepEqual(
      list.items.map((i) => [i.notCountedCents, i.paymentsDidNotCount]),
      [[60_000, [{ from: '2026-01-01', to: '2026-12-31' }]]],
    );
    const en = pdfText(await (await contact.get(`/api/reports/one-percent/${firm.id}/2026/pdf?lang=en`)).arrayBuffer());
    assert.match(en, /The mutual was not recognised from 2026-01-01 to 2026-12-31/);
    const fr = pdfText(await (await contact.get(`/api/reports/one-percent/${firm.id}/2026/pdf?lang=fr`)).arrayBuffer());
    assert.match(fr, /La mutuelle n’était pas reconnue du 2026-01-01 au 2026-12-31/);
    assert.equal((await contact.post(`/api/reports/one-percent/${firm.id}/2026/remit`, {})).status, 409);
  });
});
