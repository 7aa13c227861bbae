import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertAllSignificant, assertSignificant } from './fixtures/agreement.ts';
import { R_VETERAN } from './fixtures/r-reference.ts';
import { veteran } from './fixtures/veteran.ts';
import { type EvidenceTable, readRetentionData } from './input.ts';
import { estimateRetention, type SurvivalCurve } from './survival.ts';

// Values and the R calls that produced them: fixtures/r-reference.ts (from fixtures/reference.R).
type RCurve = (typeof R_VETERAN)['all'];

function assertCurveAgrees(curve: SurvivalCurve, r: RCurve, label: string): void {
  assert.deepEqual(
    curve.table.map((row) => row.time),
    r.time,
    `${label}: event times`,
  );
  assert.deepEqual(
    curve.table.map((row) => row.atRisk),
    r.atRisk,
    `${label}: at risk`,
  );
  assert.deepEqual(
    curve.table.map((row) => row.events),
    r.events,
    `${label}: events`,
  );
  assertAllSignificant(
    curve.table.map((row) => row.survival),
    r.survival,
    `${label}: survival`,
  );
  assertAllSignificant(
    curve.table.map((row) => row.standardError),
    r.standardError,
    `${label}: Greenwood SE`,
  );
  // summary(fit, times = c(12, 24, 500, 1000), extend = FALSE) drops 1000 (beyond follow-up);
  // the contract's horizons are 12 and 24.
  assert.deepEqual(Object.keys(curve.survivalAt), ['12', '24']);
  assertSignificant(curve.survivalAt['12'], r.at.survival[r.at.times.indexOf(12)], `${label}: S(12)`);
  assertSignificant(curve.survivalAt['24'], r.at.survival[r.at.times.indexOf(24)], `${label}: S(24)`);
}

const table = (rows: (string | number)[][]): EvidenceTable => ({
  headers: ['months', 'left', 'trained'],
  rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells: cells.map(String) })),
});

describe('retention: Kaplan–Meier and log-rank on the veteran data, compared with R', () => {
  it('without a group: one curve named "all", as survfit(Surv(time, status) ~ 1)', () => {
    const answer = estimateRetention(readRetentionData(veteran, { time: 'time', event: 'status' }));
    assert.equal(answer.groups.length, 1);
    assert.equal(answer.groups[0].group, 'all');
    assert.equal(answer.groups[0].n, 137);
    assert.equal(answer.groups[0].events, 128);
    assert.equal(answer.logRank, undefined);
    assertCurveAgrees(answer.groups[0], R_VETERAN.all, 'all');
  });

  it('by treatment arm: one curve per group and the log-rank test, as survfit and survdiff', () => {
    const answer = estimateRetention(readRetentionData(veteran, { time: 'time', event: 'status', group: 'trt' }));
    assert.deepEqual(
      answer.groups.map((g) => [g.group, g.n, g.events]),
      [
        ['1', 69, 64],
        ['2', 68, 64],
      ],
    );
    assertCurveAgrees(answer.groups[0], R_VETERAN.trt1, 'trt 1');
    assertCurveAgrees(answer.groups[1], R_VETERAN.trt2, 'trt 2');
    assert.ok(answer.logRank);
    assertSignificant(answer.logRank.chiSquare, R_VETERAN.logRankTrt.chiSquare, 'chi-square');
    assert.equal(answer.logRank.degreesOfFreedom, R_VETERAN.logRankTrt.degreesOfFreedom);
    assertSignificant(answer.logRank.pValue, R_VETERAN.logRankTrt.pValue, 'p-value');
  });

  it('with four groups (cell type, text labels): 3 degrees of freedom, groups in alphabetical order', () => {
    const answer = estimateRetention(readRetentionData(veteran, { time: 'time', event: 'status', group: 'celltype' }));
    assert.deepEqual(
      answer.groups.map((g) => g.group),
      ['adeno', 'large', 'smallcell', 'squamous'],
    );
    assert.ok(answer.logRank);
    assertSignificant(answer.logRank.chiSquare, R_VETERAN.logRankCelltype.chiSquare, 'chi-square');
    assert.equal(answer.logRank.degreesOfFreedom, 3);
    assertSignificant(answer.logRank.pValue, R_VETERAN.logRankCelltype.pValue, 'p-value');
  });
});

describe('retention: small cases worked by hand', () => {
  it('given 4 employees, one leaving at 3 and one censored at 5, survival drops only at departures', () => {
    const answer = estimateRetention(
      readRetentionData(
        table([
          [3, 1, 1],
          [5, 0, 1],
          [20, 0, 1],
          [30, 1, 1],
        ]),
        { time: 'months', event: 'left' },
      ),
    );
    const [curve] = answer.groups;
    assert.deepEqual(
      curve.table.map((r) => [r.time, r.atRisk, r.events, r.survival]),
      [
        [3, 4, 1, 0.75],
        [30, 1, 1, 0],
      ],
    );
    // Greenwood at 3: 0.75 √(1 / (4·3)); at 30 survival is 0 and the SE undefined (R: NaN).
    assert.ok(Math.abs((curve.table[0].standardError ?? 0) - 0.75 * Math.sqrt(1 / 12)) < 1e-12);
    assert.equal(curve.table[1].standardError, null);
    assert.deepEqual(curve.survivalAt, { '12': 0.75, '24': 0.75 });
  });

  it('given follow-up that stops at 18 months, survival at 24 is left out', () => {
    const answer = estimateRetention(
      readRetentionData(
        table([
          [6, 1, 0],
          [18, 0, 0],
        ]),
        { time: 'months', event: 'left' },
      ),
    );
    assert.deepEqual(answer.groups[0].survivalAt, { '12': 0.5 });
  });

  it('given a departure and a censoring at the same time, the censored one still counts at risk then', () => {
    const answer = estimateRetention(
      readRetentionData(
        table([
          [12, 1, 0],
          [12, 0, 0],
        ]),
        { time: 'months', event: 'left' },
      ),
    );
    assert.deepEqual(
      answer.groups[0].table.map((r) => [r.atRisk, r.survival]),
      [[2, 0.5]],
    );
  });

  it('given a group column with a single value, there is nothing to compare', () => {
    assert.throws(
      () =>
        estimateRetention(
          readRetentionData(
            table([
              [1, 1, 1],
              [2, 0, 1],
            ]),
            { time: 'months', event: 'left', group: 'trained' },
          ),
        ),
      /single value \("1"\)/,
    );
  });

  it('given two identical groups, the log-rank statistic is 0 and p = 1', () => {
    const rows = [
      [2, 1],
      [4, 0],
      [7, 1],
    ];
    const answer = estimateRetention(
      readRetentionData(table([...rows.map((r) => [...r, 0]), ...rows.map((r) => [...r, 1])]), {
        time: 'months',
        event: 'left',
        group: 'trained',
      }),
    );
    assert.ok(answer.logRank);
    assert.ok(Math.abs(answer.logRank.chiSquare) < 1e-12);
    assert.ok(Math.abs(answer.logRank.pValue - 1) < 1e-9);
  });
});
