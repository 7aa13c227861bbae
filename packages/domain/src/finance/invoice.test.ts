import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  amountDue,
  creditNoteTotals,
  DEFAULT_SALES_TAX,
  type InvoiceLineInput,
  invoiceStatusOf,
  invoiceTotals,
  paymentProblem,
} from './invoice.ts';
import { sumCents } from './money.ts';

describe('taxes on an invoice', () => {
  it('given a $333.33 session share and $250.00 of dues (exempt), then GST 16.67 (16.6665), QST 33.25 (33.250…), total $633.25', () => {
    const t = invoiceTotals([
      { kind: 'session_share', description: 's', grossCents: 33_333 },
      { kind: 'dues', description: 'd', grossCents: 25_000 },
    ]);
    assert.deepEqual(
      [t.taxableCents, t.gstCents, t.qstCents, t.totalCents],
      [33_333, 1_667, 3_325, 33_333 + 25_000 + 1_667 + 3_325],
    );
  });
  it('given a mutual that makes session shares exempt, then no taxes at all', () => {
    const t = invoiceTotals([{ kind: 'session_share', description: 's', grossCents: 33_333 }], {
      ...DEFAULT_SALES_TAX,
      taxableKinds: [],
    });
    assert.equal(t.totalCents, 33_333);
  });
});

describe('a partial credit note', () => {
  // Worked by hand: two taxable lines of 10 cents: GST on 20 cents = 1 cent (1.0 → 1), QST 1.995 → 2.
  // Crediting the first line leaves one line of 10 cents: GST 0.5 → 1, QST 0.9975 → 1; so the first
  // credit note takes 0 of GST and 1 of QST, the second the rest (1 and 1): 1 and 2 in all.
  const lines: InvoiceLineInput[] = [
    { kind: 'session_share', description: 'a', grossCents: 10 },
    { kind: 'session_share', description: 'b', grossCents: 10 },
  ];
  const invoice = invoiceTotals(lines);
  it('given two 10-cent lines, then GST 1 and QST 2 on the invoice', () => {
    assert.deepEqual([invoice.gstCents, invoice.qstCents], [1, 2]);
  });
  it('given the first line credited, then the credit note takes 0 of GST and 1 of QST; crediting the other then returns the rest', () => {
    const first = creditNoteTotals([lines[0]], [lines[1]], { gstCents: 1, qstCents: 2 });
    assert.deepEqual([first.gstCents, first.qstCents, first.totalCents], [0, -1, -11]);
    const second = creditNoteTotals([lines[1]], [], { gstCents: 1 + first.gstCents, qstCents: 2 + first.qstCents });
    assert.deepEqual([second.gstCents, second.qstCents, second.totalCents], [-1, -1, -12]);
    assert.equal(first.totalCents + second.totalCents, -invoice.totalCents);
  });
  it('given any invoice and any split of its lines into credit notes, then the credit notes return exactly its total, net, subsidies and taxes', () => {
    const line = fc.record({
      kind: fc.constantFrom('dues', 'session_share', 'late_cancellation_fee', 'no_show_fee' as const),
      grossCents: fc.integer({ min: 0, max: 2_000_000 }),
      subsidyPercent: fc.integer({ min: 0, max: 100 }),
      group: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (raw) => {
        const all: InvoiceLineInput[] = raw.map((l, i) => ({
          kind: l.kind,
          description: `l${i}`,
          grossCents: l.grossCents,
          subsidies: [{ programmeId: 'p', funderId: 'f', cents: Math.floor((l.grossCents * l.subsidyPercent) / 100) }],
        }));
        const inv = invoiceTotals(all);
        assert.equal(inv.totalCents, sumCents(inv.lines.map((l) => l.netCents)) + inv.gstCents + inv.qstCents);
        let remaining = { gstCents: inv.gstCents, qstCents: inv.qstCents };
        let live = all.map((l, i) => ({ l, g: raw[i].group }));
        const notes = [];
        for (const g of [0, 1, 2, 3]) {
          const credited = live.filter((x) => x.g === g).map((x) => x.l);
          if (credited.length === 0) continue;
          live = live.filter((x) => x.g !== g);
          const note = creditNoteTotals(
            credited,
            live.map((x) => x.l),
            remaining,
          );
          remaining = { gstCents: remaining.gstCents + note.gstCents, qstCents: remaining.qstCents + note.qstCents };
          notes.push(note);
        }
        assert.equal(sumCents(notes.map((n) => n.totalCents)), 0 - inv.totalCents);
        assert.equal(sumCents(notes.map((n) => n.subsidyCents)), 0 - inv.subsidyCents);
        assert.equal(sumCents(notes.map((n) => n.gstCents)), 0 - inv.gstCents);
        assert.deepEqual(remaining, { gstCents: 0, qstCents: 0 });
      }),
    );
  });
});

describe('payments on an invoice', () => {
  it('given $574.88 invoiced and $200.00 paid, then $374.88 due and partly paid; the rest paid, then paid', () => {
    assert.equal(amountDue(57_488, 20_000, 0), 37_488);
    assert.equal(invoiceStatusOf(57_488, 20_000, 0), 'partly_paid');
    assert.equal(invoiceStatusOf(57_488, 57_488, 0), 'paid');
  });
  it('given a credited invoice, a negative amount or more than due, then the payment is refused, naming why', () => {
    assert.deepEqual(paymentProblem('credited', 0, 100), { field: 'invoiceId', code: 'invoice_takes_no_payment' });
    assert.deepEqual(paymentProblem('issued', 1_000, -5), { field: 'amountCents', code: 'positive_cents' });
    assert.deepEqual(paymentProblem('partly_paid', 1_000, 1_001), {
      field: 'amountCents',
      code: 'more_than_due',
      params: { dueCents: 1_000 },
    });
  });
});
