import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { consentInForce, hasResearchConsent } from './consent.ts';
import { type FirmYearInput, firmYearIndicators, keptMeasure, validateFirmYear } from './firm-year.ts';
import { parseOutcomeImportRows } from './outcome-import.ts';

const year: FirmYearInput = {
  year: 2025,
  headcount: 20,
  separations: 3,
  payrollCents: 95_000_000,
  hoursWorked: 39_000,
  productivityMeasure: 'value_added_per_hour',
  productivityValue: 62.5,
  absenteeismDays: 88,
  workAccidents: 1,
};

describe('the yearly outcome form', () => {
  it('given a complete past year, then it is valid', () => {
    assert.deepEqual(validateFirmYear(year, '2026-03-01'), []);
  });

  it('given a future year, negative counts or a rate above 100 %, then each field is named', () => {
    const errors = validateFirmYear(
      { ...year, year: 2027, separations: -1, productivityMeasure: 'defect_rate', productivityValue: 140 },
      '2026-03-01',
    );
    assert.deepEqual(errors.map((e) => [e.field, e.code, e.params]).sort(), [
      ['productivityValue', 'percentage_at_most_100', undefined],
      ['separations', 'whole_not_negative', undefined],
      ['year', 'year_range', { from: '2000', to: '2026' }],
    ]);
  });

  it('given more hours than 4,000 per employee, then the hours are refused', () => {
    assert.deepEqual(
      validateFirmYear({ ...year, hoursWorked: 20 * 4001 }, '2026-03-01').map((e) => e.field),
      ['hoursWorked'],
    );
  });

  it('when indicators are drawn, then turnover, absenteeism and accidents are rates', () => {
    const i = firmYearIndicators(year);
    assert.equal(Math.round(i.turnoverRate! * 10) / 10, 14); // 3 / (20 + 1.5) = 13.95 %
    assert.equal(Math.round(i.absenteeismRate! * 100) / 100, 2); // 88 / (20 × 220)
    assert.equal(i.accidentsPer100Fte, 5); // 1 per 20 FTE
    assert.equal(i.payrollPerHourCents, 2436);
  });

  it('given earlier years, then the firm keeps the measure of its latest earlier year', () => {
    const previous = [
      { year: 2022, productivityMeasure: 'defect_rate' as const },
      { year: 2024, productivityMeasure: 'output_per_hour' as const },
    ];
    assert.equal(keptMeasure(previous, 2025), 'output_per_hour');
    assert.equal(keptMeasure(previous, 2023), 'defect_rate');
    assert.equal(keptMeasure([], 2025), null);
  });
});

describe('research consent', () => {
  it('given a grant then a withdrawal, then the withdrawal is in force', () => {
    const history = [
      { granted: true, at: '2024-02-01T10:00:00.000Z' },
      { granted: false, at: '2025-06-01T10:00:00.000Z' },
    ];
    assert.equal(consentInForce(history)?.granted, false);
    assert.equal(hasResearchConsent(history), false);
    assert.equal(hasResearchConsent(history.slice(0, 1)), true);
    assert.equal(hasResearchConsent([]), false);
  });
});

describe('importing yearly outcomes', () => {
  const members = new Map([['1111111111', 'm1']]);
  const row = {
    'NEQ du membre': '1111111111',
    Année: '2025',
    Effectif: '20',
    Départs: '3',
    'Masse salariale': '950 000,00',
    'Heures travaillées': '39000',
    'Mesure productivité': 'value_added_per_hour',
    'Valeur productivité': '62,5',
    'Jours absence': '88',
    'Accidents travail': '1',
  };
  const renamed = (r: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [
        k
          .replace('NEQ du membre', 'membre_neq')
          .replace('Mesure productivité', 'mesure_productivite')
          .replace('Valeur productivité', 'valeur_productivite')
          .replace('Jours absence', 'jours_absence')
          .replace('Accidents travail', 'accidents_travail')
          .replace('Masse salariale', 'masse_salariale')
          .replace('Heures travaillées', 'heures_travaillees'),
        v,
      ]),
    );

  it('given French headers and numbers written with spaces and decimal commas, then the row is read', () => {
    const { lines, errors } = parseOutcomeImportRows([renamed(row)], members, '2026-03-01');
    assert.deepEqual(errors, []);
    assert.equal(lines[0].payrollCents, 95_000_000);
    assert.equal(lines[0].productivityValue, 62.5);
    assert.equal(lines[0].memberId, 'm1');
  });

  it('given an unknown NEQ, a word for a number and a repeated year, then every error names its row and column', () => {
    const rows = [
      renamed(row),
      renamed({ ...row, Effectif: 'vingt' }),
      renamed({ ...row, 'NEQ du membre': '2222222222' }),
      renamed(row),
    ];
    const { lines, errors } = parseOutcomeImportRows(rows, members, '2026-03-01');
    assert.equal(lines.length, 1);
    assert.deepEqual(
      errors.map((e) => [e.row, e.field, e.code, e.params]),
      [
        [3, 'headcount', 'not_a_number', { value: 'vingt' }],
        [4, 'member', 'no_member_with_neq', { neq: '2222222222' }],
        [5, 'year', 'year_already_on_row', { year: '2025', row: 2 }],
      ],
    );
  });

  it('given a file without the productivity column, then the header row is refused', () => {
    const { productivityValue: _, ...rest } = { ...renamed(row), productivityValue: '' };
    const missing = Object.fromEntries(Object.entries(rest).filter(([k]) => k !== 'valeur_productivite')) as Record<
      string,
      string
    >;
    const { errors } = parseOutcomeImportRows([missing], members, '2026-03-01');
    assert.deepEqual(errors, [
      {
        row: 1,
        field: 'productivityValue',
        code: 'outcome_column_missing',
        params: { expected: 'productivity_value' },
      },
    ]);
  });
});
