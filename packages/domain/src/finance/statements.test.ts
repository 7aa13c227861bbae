import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { budgetForecast, claimStatusAfter, grantPaymentProblem, reconcileClaim } from './claims.ts';
import { billAmountsOfCost, providerBillAmounts } from './provider-bill.ts';
import { annualReportDue, balanceSheet, monthEnds, paymentBeforeTaxes, statementOfOperations } from './statements.ts';

describe('a provider’s bill from its accepted quote', () => {
  it('given $1,200 fixed + $50 a seat for 6 seats, taxable, then $1,500.00 + GST $75.00 + QST $149.63 (149.625 rounds up) = $1,724.63', () => {
    assert.deepEqual(
      providerBillAmounts({
        fixedCents: 120_000,
        seatCents: 5_000,
        seats: 6,
        taxable: true,
        gstPpm: 50_000,
        qstPpm: 99_750,
      }),
      {
        costCents: 150_000,
        gstCents: 7_500,
        qstCents: 14_963,
        totalCents: 172_463,
      },
    );
  });
  it('given a provider that charges no taxes (a school board), then the cost alone', () => {
    assert.deepEqual(billAmountsOfCost(150_000, false, 50_000, 99_750), {
      costCents: 150_000,
      gstCents: 0,
      qstCents: 0,
      totalCents: 150_000,
    });
  });
});

describe('reconciling a funder’s payment with a claim', () => {
  const sessions = [
    { sessionId: 's1', claimedCents: 60_000 },
    { sessionId: 's2', claimedCents: 30_000 },
    { sessionId: 's3', claimedCents: 10_000 },
  ];
  it('given $1,000.00 claimed and $900.00 paid, then $540.00, $270.00, $90.00 received and $60.00, $30.00, $10.00 short', () => {
    assert.deepEqual(
      reconcileClaim(sessions, 90_000).map((s) => [s.receivedCents, s.differenceCents]),
      [
        [54_000, 6_000],
        [27_000, 3_000],
        [9_000, 1_000],
      ],
    );
  });
  it('given $1.00 paid on three equal sessions, then 34 + 33 + 33 cents: the parts add up to the payment', () => {
    const r = reconcileClaim(
      ['a', 'b', 'c'].map((sessionId) => ({ sessionId, claimedCents: 100 })),
      100,
    );
    assert.deepEqual(
      r.map((s) => s.receivedCents),
      [34, 33, 33],
    );
  });
  it('given $1,000 claimed, $900 received and $100 refused, then partly refused; all received, then paid; less, still submitted', () => {
    assert.equal(claimStatusAfter(100_000, 90_000, 10_000), 'partly_refused');
    assert.equal(claimStatusAfter(100_000, 100_000, 0), 'paid');
    assert.equal(claimStatusAfter(100_000, 50_000, 0), 'submitted');
  });
  it('given a draft claim, a negative amount or more than expected, then the payment is refused and why', () => {
    const base = {
      status: 'submitted' as const,
      claimedCents: 100_000,
      receivedCents: 40_000,
      refusedCents: 0,
      amountCents: 10_000,
      refusingCents: 0,
    };
    assert.equal(grantPaymentProblem(base), null);
    assert.deepEqual(grantPaymentProblem({ ...base, status: 'draft' }), {
      field: 'claimId',
      code: 'claim_not_submitted',
    });
    assert.deepEqual(grantPaymentProblem({ ...base, amountCents: -1 }), {
      field: 'amountCents',
      code: 'whole_cents_not_negative',
    });
    assert.deepEqual(grantPaymentProblem({ ...base, amountCents: 0 }), {
      field: 'amountCents',
      code: 'received_or_refused',
    });
    assert.deepEqual(grantPaymentProblem({ ...base, amountCents: 60_001 }), {
      field: 'amountCents',
      code: 'more_than_expected',
      params: { expectedCents: 60_000 },
    });
  });
});

describe('a programme’s budget', () => {
  it('given a 3-year term (1096 days), $90,000 agreed and $20,000 used after 365 days, then $60,055 forecast (20,000 × 1096 / 365)', () => {
    const f = budgetForecast({
      startsOn: '2026-01-01',
      endsOn: '2028-12-31',
      budgetCents: 9_000_000,
      usedCents: 2_000_000,
      asOf: '2026-12-31',
    });
    assert.equal(f.termDays, 1096);
    assert.equal(f.elapsedDays, 365);
    assert.equal(f.forecastCents, 6_005_479);
    assert.equal(f.remainingCents, 7_000_000);
    assert.equal(f.forecastOverCents, 6_005_479 - 9_000_000);
  });
});

describe('financial statements from account balances', () => {
  const balances = [
    { code: '1010', kind: 'asset' as const, nameFr: 'Encaisse', nameEn: 'Bank', balanceCents: 50_000 },
    { code: '1200', kind: 'asset' as const, nameFr: 'Clients', nameEn: 'Receivables', balanceCents: 20_000 },
    { code: '2100', kind: 'liability' as const, nameFr: 'Fournisseurs', nameEn: 'Payables', balanceCents: -30_000 },
    { code: '4100', kind: 'revenue' as const, nameFr: 'Cotisations', nameEn: 'Dues', balanceCents: -100_000 },
    { code: '5100', kind: 'expense' as const, nameFr: 'Formation', nameEn: 'Training', balanceCents: 60_000 },
  ];
  it('given $1,000 of dues and $600 of training costs, then a $400.00 surplus', () => {
    const s = statementOfOperations(balances);
    assert.deepEqual([s.revenueCents, s.expensesCents, s.surplusCents], [100_000, 60_000, 40_000]);
  });
  it('given $700 of assets and $300 of payables, then $400.00 of net assets (the surplus) and no difference', () => {
    const b = balanceSheet(balances);
    assert.deepEqual(
      [b.assetsCents, b.liabilitiesCents, b.netAssetsCents, b.differenceCents],
      [70_000, 30_000, 40_000, 0],
    );
  });
});

describe('the annual report’s deadline (s.16)', () => {
  it('given the calendar year 2026, then due 31 March 2027, 115 days after 6 December 2026', () => {
    assert.deepEqual(annualReportDue('2026-12-31', '2026-12-06'), { dueOn: '2027-03-31', daysLeft: 115 });
  });
  it('given a fiscal year ending 31 March 2027, then due 31 March 2028', () => {
    assert.equal(annualReportDue('2027-03-31', '2027-04-01').dueOn, '2028-03-31');
  });
});

describe('the part of a payment before taxes', () => {
  it('given $574.88 paid on an invoice of $500.00 + taxes ($574.88), then $500.00; half of it, then $250.00', () => {
    assert.equal(paymentBeforeTaxes(57_488, 50_000, 57_488), 50_000);
    assert.equal(paymentBeforeTaxes(28_744, 50_000, 57_488), 25_000);
  });
  it('given a fiscal year from April, then twelve month ends from 30 April to 31 March', () => {
    const ends = monthEnds('2027-04-01');
    assert.equal(ends[0], '2027-04-30');
    assert.equal(ends[10], '2028-02-29');
    assert.equal(ends[11], '2028-03-31');
  });
});
