import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  computeIndicators,
  evidenceIndicator,
  grantDependency,
  isValidThreshold,
  type MutualYearFacts,
  rateIndicator,
  suppressSmallCells,
  trendOf,
} from './scorecard.ts';

const facts: MutualYearFacts = {
  year: 2025,
  board: {
    compliant: true,
    meetings: [
      { present: 6, sitting: 7 },
      { present: 5, sitting: 7 },
    ],
  },
  activeLeaders: 3,
  ecosystem: { activePartners: 5, partnerKinds: 3, supportKinds: 2, financialByPartnerCents: [3_000_000, 1_000_000] },
  members: { activeAtStart: 20, renewed: 18, activeAtEnd: 24 },
  activity: { firmsServed: 12, microSmallFirmsServed: 9, workersServed: 4, lowSkilledWorkersServed: 2 },
  finance: null,
  evidence: null,
};

describe('scorecard indicators', () => {
  it('given a year of facts, then each indicator is computed from its definition', () => {
    const v = computeIndicators(facts);
    assert.equal(v.board_compliant.value, 1);
    assert.equal(v.board_attendance.value, 0.7857);
    assert.equal(v.renewal_rate.value, 0.9);
    assert.equal(v.financial_support.value, 4_000_000);
    assert.equal(v.funding_diversity.value, 0.375);
    assert.equal(v.micro_small_share.value, 0.75);
  });
  it('given no ledger and no evidence facts, then their indicators are not available rather than zero', () => {
    const v = computeIndicators(facts);
    for (const key of [
      'ledger_balance',
      'grant_dependency',
      'retention_12m',
      'wage_change',
      'productivity_change',
    ] as const) {
      assert.deepEqual([v[key].value, v[key].status], [null, 'not_available']);
    }
  });
  it('given 4 workers served, when seen outside the mutual, then the workers and their low-skilled share are suppressed, the firms are not', () => {
    const v = suppressSmallCells(computeIndicators(facts));
    assert.equal(v.workers_served.status, 'suppressed');
    assert.equal(v.low_skilled_share.status, 'suppressed');
    assert.equal(v.firms_served.value, 12);
  });
  it('given a year without a board meeting, then attendance is not available (not 0 %)', () => {
    const v = computeIndicators({ ...facts, board: { compliant: true, meetings: [] } });
    assert.equal(v.board_attendance.status, 'not_available');
    assert.equal(v.board_meetings.value, 0);
  });
});

describe('red, amber, green', () => {
  it('given an attendance of 0.75 and the default target 0.75, then it is green: the target is met', () => {
    assert.deepEqual(rateIndicator('board_attendance', { value: 0.75, status: 'ok' }, null), {
      rating: 'green',
      reason: 'meets_target',
    });
  });
  it('given 0.7 between the alert 0.6 and the target 0.75, then amber; 0.59, red', () => {
    assert.equal(rateIndicator('board_attendance', { value: 0.7, status: 'ok' }, null).rating, 'amber');
    assert.deepEqual(rateIndicator('board_attendance', { value: 0.59, status: 'ok' }, null), {
      rating: 'red',
      reason: 'below_alert',
    });
  });
  it('given a board-set threshold, then it replaces the default', () => {
    assert.equal(
      rateIndicator('active_members', { value: 20, status: 'ok' }, { green: 20, amber: 10 }).rating,
      'green',
    );
  });
  it('given grant dependency, lower is better: 0.8 is red above the alert', () => {
    assert.deepEqual(rateIndicator('grant_dependency', { value: 0.8, status: 'ok' }, null), {
      rating: 'red',
      reason: 'above_alert',
    });
    assert.equal(rateIndicator('grant_dependency', { value: 0.4, status: 'ok' }, null).rating, 'green');
  });
  it('given a board that breaks the rules, then it is red because it breaks the rules', () => {
    assert.deepEqual(rateIndicator('board_compliant', { value: 0, status: 'ok' }, null), {
      rating: 'red',
      reason: 'breaks_rules',
    });
  });
  it('given no value, then there is no rating and the reason says why', () => {
    assert.deepEqual(rateIndicator('retention_12m', { value: null, status: 'not_available' }, null), {
      rating: 'none',
      reason: 'not_available',
    });
    assert.deepEqual(rateIndicator('workers_served', { value: null, status: 'suppressed' }, null), {
      rating: 'none',
      reason: 'suppressed',
    });
  });
  it('given thresholds, then green must be at least as good as amber, and flags take none', () => {
    assert.equal(isValidThreshold('board_attendance', { green: 0.8, amber: 0.6 }), true);
    assert.equal(isValidThreshold('board_attendance', { green: 0.5, amber: 0.6 }), false);
    assert.equal(isValidThreshold('board_attendance', { green: 1.5, amber: 0.6 }), false);
    assert.equal(isValidThreshold('grant_dependency', { green: 0.4, amber: 0.6 }), true);
    assert.equal(isValidThreshold('board_compliant', { green: 1, amber: 1 }), false);
  });
});

describe('trends', () => {
  it('given members going from 20 to 24, then the trend rises and improves', () => {
    assert.deepEqual(trendOf('active_members', [18, 20, null, 24]), {
      direction: 'rising',
      improving: true,
      change: 4,
    });
  });
  it('given grant dependency going up, then it rises and worsens', () => {
    assert.equal(trendOf('grant_dependency', [0.5, 0.6]).improving, false);
  });
  it('given a change under 2 points of a share, then it is steady; one value, unknown', () => {
    assert.equal(trendOf('renewal_rate', [0.8, 0.81]).direction, 'steady');
    assert.equal(trendOf('renewal_rate', [null, 0.81]).direction, 'unknown');
  });
});

describe('scorecard indicators from the money and the evidence', () => {
  it('given a year of ledger figures, then the fund balance is the net assets and grant dependency the grants over the revenue', () => {
    const v = computeIndicators({
      ...facts,
      finance: { netAssetsCents: 1_234_500, revenueCents: 400_000, grantRevenueCents: 300_000 },
    });
    assert.deepEqual([v.ledger_balance.value, v.ledger_balance.status], [1_234_500, 'ok']);
    assert.deepEqual(
      [v.grant_dependency.value, v.grant_dependency.numerator, v.grant_dependency.denominator],
      [0.75, 300_000, 400_000],
    );
    assert.deepEqual(rateIndicator('grant_dependency', v.grant_dependency, null), {
      rating: 'red',
      reason: 'above_alert',
    });
  });
  it('given a year without revenue, when grant dependency is computed, then it is not available (no division by zero)', () => {
    assert.equal(grantDependency(0, 0).status, 'not_available');
    assert.equal(grantDependency(10, -5).status, 'not_available');
  });
  it('given grants reversed below zero, then grant dependency is 0, never negative', () => {
    assert.equal(grantDependency(-100, 1_000).value, 0);
  });
  it('given 20 trained people from 4 firms, 17 retained, then retention is 0.85 and green, the board seeing the number', () => {
    const v = evidenceIndicator({ value: 17 / 20, people: 20, firms: 4 });
    assert.deepEqual([v.value, v.status], [0.85, 'ok']);
    assert.deepEqual(rateIndicator('retention_12m', v, null), { rating: 'green', reason: 'meets_target' });
  });
  it('given 4 people, or 5 people from 2 firms, or nobody, then the evidence indicator says not enough data, for everyone', () => {
    for (const cell of [
      { value: 1, people: 4, firms: 3 },
      { value: 1, people: 5, firms: 2 },
      { value: null, people: 0, firms: 0 },
    ]) {
      const v = evidenceIndicator(cell);
      assert.deepEqual([v.value, v.status], [null, 'not_enough_data']);
      assert.deepEqual(rateIndicator('retention_12m', v, null), { rating: 'none', reason: 'not_enough_data' });
    }
    assert.equal(evidenceIndicator(null).status, 'not_enough_data');
  });
  it('given 3 firms with a productivity change (no people counted), then the firms alone decide and the value shows', () => {
    const v = evidenceIndicator({ value: 0.01234, people: null, firms: 3 });
    assert.deepEqual([v.value, v.status], [0.0123, 'ok']);
    assert.deepEqual(rateIndicator('productivity_change', v, null), { rating: 'amber', reason: 'below_target' });
  });
  it('given evidence facts with a small cell, then computeIndicators gives not enough data for that indicator only', () => {
    const v = computeIndicators({
      ...facts,
      evidence: {
        retention12m: { value: 0.9, people: 30, firms: 5 },
        wageChange: { value: 0.04, people: 3, firms: 2 },
        productivityChange: null,
      },
    });
    assert.equal(v.retention_12m.value, 0.9);
    assert.equal(v.wage_change.status, 'not_enough_data');
    assert.equal(v.productivity_change.status, 'not_enough_data');
  });
});
