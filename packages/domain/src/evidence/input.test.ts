import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateEffect } from './effect.ts';
import {
  type EffectMethod,
  type EvidenceTable,
  InvalidEvidenceInputError,
  readEffectData,
  readRetentionData,
} from './input.ts';

const table = (headers: string[], rows: (string | number)[][]): EvidenceTable => ({
  headers,
  rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells: cells.map(String) })),
});

// wage, trained, age: two of each group, enough for every method but matching/weighting's model
const small = table(
  ['wage', 'trained', 'age', 'before'],
  [
    [10, 1, 30, 9],
    [12, 1, 40, 10],
    [9, 0, 35, 9],
    [8, 0, 45, 8],
    [11, 0, 38, 10],
  ],
);

const effect = (t: EvidenceTable, method: EffectMethod = 'regression', covariates = ['age'], pre?: string) =>
  estimateEffect(readEffectData(t, { outcome: 'wage', treatment: 'trained', covariates, method, pre }), method);

function refuses(run: () => unknown, message: RegExp): void {
  assert.throws(run, (e: unknown) => {
    assert.ok(e instanceof InvalidEvidenceInputError, `expected InvalidEvidenceInputError, got ${e}`);
    assert.match(e.message, message);
    return true;
  });
}

describe('evidence input: bad files are refused with the column and the row', () => {
  it('given an empty file, says so', () => {
    refuses(() => effect({ headers: [], rows: [] }), /the file is empty/);
    refuses(() => readRetentionData({ headers: [''], rows: [] }, { time: 't', event: 'e' }), /the file is empty/);
  });

  it('given a header without rows, says there are no data rows', () => {
    refuses(() => effect(table(['wage', 'trained', 'age'], [])), /header but no data rows/);
  });

  it('given a column that is not in the file, names it, its option and the columns there are', () => {
    refuses(
      () => effect(small, 'regression', ['tenure']),
      /column "tenure" \(--covariates\) is not in the file; its columns are: wage, trained, age, before/,
    );
    refuses(
      () =>
        estimateEffect(
          readEffectData(small, { outcome: 'salary', treatment: 'trained', covariates: [], method: 'difference' }),
          'difference',
        ),
      /column "salary" \(--outcome\)/,
    );
  });

  it('given a header that names a used column twice, says which', () => {
    refuses(
      () => effect(table(['wage', 'trained', 'age', 'age'], [[10, 1, 30, 31]])),
      /column "age" \(--covariates\) appears twice in the header/,
    );
  });

  it('given a cell that is not a number, names the column and the row (header = row 1)', () => {
    const bad = table(
      ['wage', 'trained', 'age'],
      [
        [10, 1, 30],
        [12, 1, 'forty'],
        [9, 0, 35],
        [8, 0, 45],
      ],
    );
    refuses(() => effect(bad), /column "age" \(--covariates\), row 3: "forty" is not a number/);
  });

  it('given an empty cell, a decimal comma or NA, refuses them as numbers', () => {
    for (const cell of ['', '1,5', 'NA', '1e', '--2']) {
      const bad = table(
        ['wage', 'trained', 'age'],
        [
          [10, 1, 30],
          [cell, 1, 40],
          [9, 0, 35],
          [8, 0, 45],
        ],
      );
      refuses(() => effect(bad), /column "wage" \(--outcome\), row 3: /);
    }
  });

  it('accepts signs, exponents and surrounding spaces in numbers', () => {
    const fine = table(
      ['wage', 'trained', 'age'],
      [
        [' 1e1 ', 1, '+30'],
        ['12.', 1, 40],
        ['.9e1', 0, 35],
        ['-8', 0, 45],
      ],
    );
    assert.equal(effect(fine, 'difference').estimate, (10 + 12) / 2 - (9 - 8) / 2);
  });

  it('given a row shorter than the header, names the row', () => {
    const short: EvidenceTable = { headers: ['wage', 'trained', 'age'], rows: [{ rowNumber: 2, cells: ['10', '1'] }] };
    refuses(() => effect(short), /column "age", row 2: the row has 2 cells, the header has 3/);
  });

  it('given a treatment that is not 0 or 1, names the column, the row and the value', () => {
    const bad = table(
      ['wage', 'trained', 'age'],
      [
        [10, 1, 30],
        [12, 2, 40],
      ],
    );
    refuses(
      () => effect(bad),
      /column "trained" \(--treatment\), row 3: must be 0 or 1 \(1 treated, 0 control\), got 2/,
    );
  });

  it('given no treated rows, or no control rows, says which is missing', () => {
    const none = table(
      ['wage', 'trained', 'age'],
      [
        [10, 0, 30],
        [12, 0, 40],
      ],
    );
    refuses(() => effect(none), /no treated rows: column "trained" \(--treatment\) is never 1/);
    const all = table(
      ['wage', 'trained', 'age'],
      [
        [10, 1, 30],
        [12, 1, 40],
      ],
    );
    refuses(() => effect(all), /no control rows: column "trained" \(--treatment\) is never 0/);
  });

  it('given a single treated row, says a standard error needs two per group', () => {
    const one = table(
      ['wage', 'trained', 'age'],
      [
        [10, 1, 30],
        [12, 0, 40],
        [9, 0, 35],
      ],
    );
    refuses(() => effect(one, 'difference'), /1 treated and 2 control rows/);
  });

  it('given did without --pre, or matching and weighting without covariates, says what is missing', () => {
    refuses(() => effect(small, 'did', []), /--method did needs --pre/);
    refuses(() => effect(small, 'matching', []), /--method matching needs --covariates/);
    refuses(() => effect(small, 'weighting', []), /--method weighting needs --covariates/);
  });

  it('given a column twice, or the outcome as treatment, refuses the request', () => {
    refuses(() => effect(small, 'regression', ['age', 'age']), /column "age" is given twice/);
    refuses(() => effect(small, 'regression', ['wage']), /column "wage" is given twice/);
  });

  it('given a constant covariate, or one that repeats another, names it', () => {
    const constant = table(
      ['wage', 'trained', 'age', 'region'],
      [
        [10, 1, 30, 1],
        [12, 1, 40, 1],
        [9, 0, 35, 1],
        [8, 0, 45, 1],
        [11, 0, 38, 1],
      ],
    );
    refuses(
      () => effect(constant, 'regression', ['age', 'region']),
      /covariate "region" has the same value in every row/,
    );
    const twice = table(
      ['wage', 'trained', 'age', 'months'],
      [
        [10, 1, 30, 360],
        [12, 1, 40, 480],
        [9, 0, 35, 420],
        [8, 0, 45, 540],
        [11, 0, 38, 456],
      ],
    );
    refuses(
      () => effect(twice, 'regression', ['age', 'months']),
      /column "months" is a linear combination of the columns before it \(intercept, treatment, age\)/,
    );
  });

  it('given more coefficients than rows, says the model needs more rows', () => {
    const few = table(
      ['wage', 'trained', 'a', 'b'],
      [
        [10, 1, 1, 5],
        [12, 1, 2, 3],
        [9, 0, 4, 4],
        [8, 0, 3, 1],
      ],
    );
    refuses(() => effect(few, 'regression', ['a', 'b']), /4 rows for 4 coefficients/);
  });

  it('given an unknown method, lists the methods', () => {
    refuses(
      () =>
        readEffectData(small, {
          outcome: 'wage',
          treatment: 'trained',
          covariates: [],
          method: 'magic' as EffectMethod,
        }),
      /methods: difference, regression, matching, weighting, did/,
    );
  });
});

describe('retention input', () => {
  const survival = (rows: (string | number)[][]) => table(['months', 'left', 'trained'], rows);

  it('given an event that is not 0 or 1, names the column and the row', () => {
    refuses(
      () =>
        readRetentionData(
          survival([
            [3, 1, 0],
            [4, 'yes', 0],
          ]),
          { time: 'months', event: 'left' },
        ),
      /column "left" \(--event\), row 3: "yes" is not a number/,
    );
    refuses(
      () => readRetentionData(survival([[3, 2, 0]]), { time: 'months', event: 'left' }),
      /column "left" \(--event\), row 2: must be 0 or 1/,
    );
  });

  it('given a negative time, names the column and the row', () => {
    refuses(
      () =>
        readRetentionData(
          survival([
            [3, 1, 0],
            [-1, 0, 0],
          ]),
          { time: 'months', event: 'left' },
        ),
      /column "months" \(--time\), row 3: a follow-up time cannot be negative, got -1/,
    );
  });

  it('given an empty group cell, names the row', () => {
    refuses(
      () =>
        readRetentionData(
          survival([
            [3, 1, 0],
            [4, 0, ''],
          ]),
          { time: 'months', event: 'left', group: 'trained' },
        ),
      /column "trained" \(--group\), row 3: the cell is empty/,
    );
  });

  it('given a missing group column, names it', () => {
    refuses(
      () => readRetentionData(survival([[3, 1, 0]]), { time: 'months', event: 'left', group: 'cohort' }),
      /column "cohort" \(--group\) is not in the file/,
    );
  });
});
