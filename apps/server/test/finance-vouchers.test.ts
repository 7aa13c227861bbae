import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pdfText, sessionWith } from './finance-builders.ts';
import {
  type Client,
  createTestContext,
  loginAs,
  newMember,
  newMutual,
  newProvider,
  type TestContext,
} from './harness.ts';

// An issued invoice is a voucher: changing the mutual's tax rates, taxable kinds or tax numbers
// afterwards changes nothing it shows (API answer, PDF), and its credit note reverses it at the
// rates it was issued at.

type Invoice = {
  id: string;
  number: string;
  kind: string;
  taxableCents: number;
  gstCents: number;
  qstCents: number;
  totalCents: number;
  gstPpm: number;
  qstPpm: number;
  gstNumber: string | null;
  qstNumber: string | null;
};

describe('an issued invoice keeps the taxes it was issued with', () => {
  let ctx: TestContext;
  let coord: Client;
  let invoice: Invoice;

  before(async () => {
    ctx = await createTestContext();
    const mutualId = (await newMutual(ctx)).id;
    const A = await newMember(ctx, mutualId, { legal_name: 'Acier A inc.', headcount: 25 });
    const providerId = (await newProvider(ctx, mutualId)).id;
    coord = (await loginAs(ctx, 'coordinator', { mutualId })).client;
    const settings = await coord.patch('/api/finance/settings', {
      gstNumber: '123456789 RT0001',
      qstNumber: '1234567890 TQ0001',
    });
    assert.equal(settings.status, 200, await settings.clone().text());
    // $1,000 + $100 a seat, two seats of A: $1,200 taxable.
    const s = await sessionWith(ctx, {
      mutualId,
      providerId,
      fixedCents: 100_000,
      seatCents: 10_000,
      participants: [
        { member: A, status: 'confirmed' },
        { member: A, status: 'confirmed' },
      ],
    });
    const run = await coord.post(`/api/finance/sessions/${s.session.id}/invoice`, { issuedOn: '2026-10-20' });
    assert.equal(run.status, 200, await run.clone().text());
    const [issued] = ((await run.json()) as { invoices: { id: string }[] }).invoices;
    invoice = (await (await coord.get(`/api/invoices/${issued.id}`)).json()) as Invoice;
  });
  after(() => ctx.close());

  it('given an invoice issued at GST 5 % and QST 9.975 %, then it shows those rates and its tax numbers', async () => {
    // 1,200.00 taxable: GST 60.00, QST 119.70; total 1,379.70.
    assert.deepEqual(
      [invoice.taxableCents, invoice.gstCents, invoice.qstCents, invoice.totalCents],
      [120_000, 6_000, 11_970, 137_970],
    );
    assert.deepEqual([invoice.gstPpm, invoice.qstPpm], [50_000, 99_750]);
    const text = pdfText(await (await coord.get(`/api/invoices/${invoice.id}/pdf?lang=fr`)).arrayBuffer());
    assert.match(text, /TPS \/ GST 5 %/);
    assert.match(text, /TVQ \/ QST 9,975 %/);
    assert.match(text, /123456789 RT0001/);
  });

  it('given the rates, taxable kinds and tax numbers changed after issue, then the API answer and the PDF still show the old rates, numbers and amounts', async () => {
    const changed = await coord.patch('/api/finance/settings', {
      gstPpm: 60_000,
      qstPpm: 100_000,
      taxableKinds: ['other'],
      gstNumber: '999999999 RT0001',
      qstNumber: '9999999999 TQ0001',
    });
    assert.equal(changed.status, 200, await changed.clone().text());
    const again = (await (await coord.get(`/api/invoices/${invoice.id}`)).json()) as Invoice;
    assert.deepEqual(
      [again.gstPpm, again.qstPpm, again.gstNumber, again.qstNumber, again.gstCents, again.qstCents, again.totalCents],
      [50_000, 99_750, '123456789 RT0001', '1234567890 TQ0001', 6_000, 11_970, 137_970],
    );
    for (const lang of ['fr', 'en'] as const) {
      const text = pdfText(await (await coord.get(`/api/invoices/${invoice.id}/pdf?lang=${lang}`)).arrayBuffer());
      assert.match(text, lang === 'fr' ? /TPS \/ GST 5 %/ : /GST \/ TPS 5 %/);
      assert.match(text, lang === 'fr' ? /TVQ \/ QST 9,975 %/ : /QST \/ TVQ 9\.975 %/);
      assert.doesNotMatch(text, /\b6 %|\b10 %/);
      assert.match(text, /123456789 RT0001/);
      assert.doesNotMatch(text, /999999999/);
      assert.match(text, lang === 'fr' ? /1 379,70 \$/ : /\$1,379\.70/);
    }
  });

  it('given the settings changed, when the invoice is credited, then the credit note reverses it exactly at its own rates', async () => {
    const res = await coord.post(`/api/invoices/${invoice.id}/credit`, { reason: 'Erreur de facturation' });
    assert.equal(res.status, 201, await res.clone().text());
    const note = (await res.json()) as Invoice;
    assert.deepEqual(
      [note.kind, note.taxableCents, note.gstCents, note.qstCents, note.totalCents, note.gstPpm, note.qstPpm],
      ['credit_note', -120_000, -6_000, -11_970, -137_970, 50_000, 99_750],
    );
    const text = pdfText(await (await coord.get(`/api/invoices/${note.id}/pdf?lang=fr`)).arrayBuffer());
    assert.match(text, /TPS \/ GST 5 %/);
  });
});
