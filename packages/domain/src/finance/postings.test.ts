import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { creditLinesOf, DEFAULT_SALES_TAX, type InvoiceLineInput, invoiceTotals } from './invoice.ts';
import { entryProblem, type JournalEntry, reversalOf, trialBalance } from './ledger.ts';
import { allocate, sumCents } from './money.ts';
import { billPaymentEntry, grantPaymentEntry, invoiceEntry, paymentEntry, providerBillEntry } from './postings.ts';

const balanceOf = (entries: JournalEntry[], account: string) =>
  trialBalance(entries).find((t) => t.account === account)?.balanceCents ?? 0;

describe('an invoice of a session share with a subsidy', () => {
  // Worked by hand: share $1,000.00, subsidy 50 % = $500.00, net $500.00;
  // GST 5 % of 500.00 = 25.00; QST 9.975 % of 500.00 = 49.875 → 49.88; total 574.88.
  const lines: InvoiceLineInput[] = [
    {
      kind: 'session_share',
      description: 'Cariste — 2 places',
      grossCents: 100_000,
      sessionId: 's1',
      subsidies: [{ programmeId: 'p1', funderId: 'f1', cents: 50_000 }],
    },
  ];
  const totals = invoiceTotals(lines);
  it('given the line, then net 500.00, GST 25.00, QST 49.88, total 574.88', () => {
    assert.deepEqual(
      {
        net: totals.netCents,
        gst: totals.gstCents,
        qst: totals.qstCents,
        total: totals.totalCents,
        subsidy: totals.subsidyCents,
      },
      { net: 50_000, gst: 2_500, qst: 4_988, total: 57_488, subsidy: 50_000 },
    );
  });
  it('given its posting, then the member owes 574.88, the funder 500.00, revenue 500.00 fees + 500.00 grant, and the entry balances', () => {
    const entry = invoiceEntry({ on: '2027-01-15', invoiceId: 'i1', number: 'F-2027-0001', memberId: 'm1', totals });
    assert.equal(entryProblem(entry), null);
    assert.equal(balanceOf([entry], 'members_receivable'), 57_488);
    assert.equal(balanceOf([entry], 'grants_receivable'), 50_000);
    assert.equal(balanceOf([entry], 'session_fees_revenue'), -50_000);
    assert.equal(balanceOf([entry], 'grant_revenue'), -50_000);
    assert.equal(balanceOf([entry], 'gst_payable'), -2_500);
    assert.equal(balanceOf([entry], 'qst_payable'), -4_988);
  });
  it('given dues (exempt) on the same invoice, then the taxes stay on the session share only', () => {
    const t = invoiceTotals([...lines, { kind: 'dues', description: 'Cotisation 2027', grossCents: 25_000 }]);
    assert.equal(t.taxableCents, 50_000);
    assert.equal(t.totalCents, 57_488 + 25_000);
  });
});

describe('a credit note', () => {
  it('given the credit lines of an invoice, then its totals are the exact opposite and its entry cancels the invoice entry', () => {
    const lines: InvoiceLineInput[] = [
      {
        kind: 'session_share',
        description: 'x',
        grossCents: 33_333,
        subsidies: [{ programmeId: 'p', funderId: 'f', cents: 11_111 }],
      },
    ];
    const invoice = invoiceTotals(lines);
    const credit = invoiceTotals(creditLinesOf(lines));
    assert.equal(credit.totalCents, -invoice.totalCents);
    const entries = [
      invoiceEntry({ on: '2027-01-01', invoiceId: 'i', number: 'F-1', memberId: 'm', totals: invoice }),
      invoiceEntry({
        on: '2027-01-02',
        invoiceId: 'c',
        number: 'AC-1',
        memberId: 'm',
        totals: credit,
        kind: 'credit_note',
      }),
    ];
    for (const t of trialBalance(entries)) assert.equal(t.balanceCents, 0, t.account);
  });
});

describe('a reversing entry', () => {
  it('given any entry, when reversed, then both together leave every account at zero', () => {
    const e = providerBillEntry({
      on: '2027-02-01',
      billId: 'b',
      sessionId: 's',
      costCents: 120_000,
      recoverableTaxCents: 17_970,
      number: 'B-1',
    });
    for (const t of trialBalance([e, reversalOf(e, '2027-02-02', 'Error')])) assert.equal(t.balanceCents, 0);
  });
});

// Random sequences of business events: every entry balances, the trial balance sums to zero,
// and the ledger ties to the documents (receivables = invoiced − paid, bank = payments in − out).
const lineArb = fc.record({
  kind: fc.constantFrom(
    'dues',
    'session_share',
    'late_cancellation_fee',
    'no_show_fee',
    'one_percent_remittance',
    'other' as const,
  ),
  grossCents: fc.integer({ min: 0, max: 5_000_000 }),
  coverage: fc.integer({ min: 0, max: 100 }),
});
const eventArb = fc.oneof(
  fc.record({
    type: fc.constant('invoice' as const),
    lines: fc.array(lineArb, { minLength: 1, maxLength: 5 }),
    credit: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('bill' as const),
    costCents: fc.integer({ min: 1, max: 3_000_000 }),
    taxCents: fc.integer({ min: 0, max: 400_000 }),
    paid: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('grant' as const),
    receivedCents: fc.integer({ min: 0, max: 1_000_000 }),
    refusedCents: fc.integer({ min: 0, max: 100_000 }),
  }),
);

describe('any sequence of money events', () => {
  it('given random invoices, credit notes, payments, bills and grant payments, then every entry balances, the trial balance is zero and the ledger ties to the documents', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 25 }), fc.integer({ min: 0, max: 100 }), (events, payPercent) => {
        const entries: JournalEntry[] = [];
        let invoiced = 0;
        let paid = 0;
        let bankOut = 0;
        let granted = 0;
        events.forEach((ev, i) => {
          if (ev.type === 'invoice') {
            // lines of zero are not invoiced (apps/server/src/finance/issue-documents.ts); an invoice left empty is not issued
            const billed = ev.lines.filter((l) => l.grossCents > 0);
            if (billed.length === 0) return;
            const lines: InvoiceLineInput[] = billed.map((l, j) => {
              const sub = Math.round((l.grossCents * l.coverage) / 100);
              return {
                kind: l.kind,
                description: `l${j}`,
                grossCents: l.grossCents,
                subsidies: sub ? [{ programmeId: 'p', funderId: 'f', cents: sub }] : [],
              };
            });
            const totals = invoiceTotals(lines, DEFAULT_SALES_TAX);
            assert.equal(
              totals.totalCents,
              sumCents(totals.lines.map((l) => l.netCents)) + totals.gstCents + totals.qstCents,
            );
            entries.push(
              invoiceEntry({ on: '2027-01-01', invoiceId: `i${i}`, number: `F-${i}`, memberId: 'm', totals }),
            );
            invoiced += totals.totalCents;
            granted += totals.subsidyCents;
            if (ev.credit) {
              const c = invoiceTotals(creditLinesOf(lines), DEFAULT_SALES_TAX);
              entries.push(
                invoiceEntry({
                  on: '2027-01-02',
                  invoiceId: `c${i}`,
                  number: `AC-${i}`,
                  memberId: 'm',
                  totals: c,
                  kind: 'credit_note',
                }),
              );
              invoiced += c.totalCents;
              granted += c.subsidyCents;
            } else {
              const pay = Math.floor((totals.totalCents * payPercent) / 100);
              if (pay > 0) {
                entries.push(
                  paymentEntry({
                    on: '2027-01-03',
                    paymentId: `p${i}`,
                    memberId: 'm',
                    cents: pay,
                    invoiceNumber: `F-${i}`,
                  }),
                );
                paid += pay;
              }
            }
          } else if (ev.type === 'bill') {
            entries.push(
              providerBillEntry({
                on: '2027-01-04',
                billId: `b${i}`,
                sessionId: 's',
                costCents: ev.costCents,
                recoverableTaxCents: ev.taxCents,
                number: `B-${i}`,
              }),
            );
            if (ev.paid) {
              entries.push(
                billPaymentEntry({
                  on: '2027-01-05',
                  billId: `b${i}`,
                  sessionId: 's',
                  cents: ev.costCents + ev.taxCents,
                  number: `B-${i}`,
                }),
              );
              bankOut += ev.costCents + ev.taxCents;
            }
          } else if (ev.receivedCents + ev.refusedCents > 0) {
            entries.push(
              grantPaymentEntry({
                on: '2027-01-06',
                paymentId: `g${i}`,
                funderId: 'f',
                receivedCents: ev.receivedCents,
                refusedCents: ev.refusedCents,
                claimNumber: `R-${i}`,
              }),
            );
            granted -= ev.receivedCents + ev.refusedCents;
            bankOut -= ev.receivedCents;
          }
        });
        for (const e of entries) assert.equal(entryProblem(e), null);
        const tb = trialBalance(entries);
        assert.equal(sumCents(tb.map((t) => t.balanceCents)), 0);
        assert.equal(balanceOf(entries, 'members_receivable'), invoiced - paid);
        assert.equal(balanceOf(entries, 'grants_receivable'), granted);
        assert.equal(balanceOf(entries, 'bank'), paid - bankOut);
      }),
    );
  });

  it('given a session cost shared by seats, then the members’ lines add up to the cost to the cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 12 }),
        (cost, seats) => {
          assert.equal(sumCents(allocate(cost, seats)), cost);
        },
      ),
    );
  });
});
