import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EMPLOYMENT_FILTERS,
  employeeNameKey,
  employmentMatches,
  importCommitRefusal,
  mapImportHeaders,
  parseDateCell,
  parseEmployeeRow,
  parseMoneyCell,
} from './index.ts';

const today = '2026-06-30';
const good = {
  first_name: 'Marie',
  last_name: 'Côté',
  email: 'Marie.Cote@Exemple.ca',
  job_title: 'Soudeuse',
  noc_code: '72106',
  education_level: 'DEP',
  language: 'Français',
  birth_year: '1988',
  hire_date: '15/03/2021',
  hourly_wage: '27,50 $',
};

describe('employee import headers', () => {
  it('given French headers with accents and odd case, when mapped, then every field is recognised', () => {
    const m = mapImportHeaders([
      'PRÉNOM',
      'Nom',
      'Courriel',
      'Titre du poste',
      'code cnp',
      'Scolarité',
      "Date d'embauche",
      'Colonne inconnue',
    ]);
    assert.deepEqual(
      [...m.fields.values()],
      ['first_name', 'last_name', 'email', 'job_title', 'noc_code', 'education_level', 'hire_date'],
    );
    assert.deepEqual(m.missing, []);
    assert.deepEqual(m.ignored, ['Colonne inconnue']);
  });
  it('given English headers without the hire date, when mapped, then hire_date is missing', () => {
    const m = mapImportHeaders(['First name', 'Last name', 'Job title', 'NOC code', 'Education']);
    assert.deepEqual(m.missing, ['hire_date']);
  });
});

describe('employee row', () => {
  it('given a good French row, when parsed, then values are normalised and TEER derived', () => {
    const result = parseEmployeeRow(good, { today });
    assert.ok(result.ok);
    assert.equal(result.row.email, 'marie.cote@exemple.ca');
    assert.equal(result.row.teer, 2);
    assert.equal(result.row.education_level, 'vocational');
    assert.equal(result.row.language, 'fr');
    assert.equal(result.row.hire_date, '2021-03-15');
    assert.equal(result.row.hourly_wage_cents, 2750);
    assert.equal(result.row.wage_effective_on, '2021-03-15');
  });

  it('given a row with many bad fields, when parsed, then each bad field is named', () => {
    const result = parseEmployeeRow(
      {
        ...good,
        first_name: '',
        noc_code: '9410',
        education_level: 'PhD in cooking',
        hire_date: '2021-02-30',
        email: 'nope',
      },
      { today },
    );
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.errors.map((e) => e.field).sort(), [
      'education_level',
      'email',
      'first_name',
      'hire_date',
      'noc_code',
    ]);
  });

  it('given an end date before the hire date, then end_date is refused', () => {
    const result = parseEmployeeRow({ ...good, end_date: '2020-01-01' }, { today });
    assert.equal(!result.ok && result.errors[0].field, 'end_date');
  });

  it('given an end reason without end date, then end_reason needs an end date', () => {
    const result = parseEmployeeRow({ ...good, end_reason: 'Démission' }, { today });
    assert.equal(!result.ok && result.errors[0].field, 'end_reason');
  });

  it('given spreadsheet cells (numbers and dates), when parsed, then NOC keeps leading zeros and dates are calendar dates', () => {
    const result = parseEmployeeRow(
      { ...good, noc_code: 12, hire_date: new Date(Date.UTC(2020, 0, 6)), hourly_wage: 31.2 },
      { today },
    );
    assert.ok(result.ok);
    assert.equal(result.row.noc_code, '00012');
    assert.equal(result.row.teer, 0);
    assert.equal(result.row.hire_date, '2020-01-06');
    assert.equal(result.row.hourly_wage_cents, 3120);
  });

  it('given cell helpers, then they read dates and money or say why not', () => {
    assert.deepEqual(parseDateCell('2024/1/5'), { value: '2024-01-05' });
    assert.deepEqual(parseDateCell(''), { value: null });
    assert.ok('error' in parseDateCell('yesterday'));
    assert.deepEqual(parseMoneyCell('1 024,5'), { value: 102450 });
    assert.ok('error' in parseMoneyCell('abc'));
  });

  it('given two spellings of the same person, when keyed by name, then the keys match', () => {
    assert.equal(
      employeeNameKey({ first_name: 'Éric', last_name: 'CÔTÉ', hire_date: '2020-01-01' }),
      employeeNameKey({ first_name: 'eric', last_name: 'cote', hire_date: '2020-01-01' }),
    );
  });
});

describe('employment filters', () => {
  it('given a current and a former employee, when filtered, then current shows the first, ended the second, all both', () => {
    const shown = (endDate: string | null) => EMPLOYMENT_FILTERS.filter((f) => employmentMatches(f, endDate));
    assert.deepEqual(shown(null), ['current', 'all']);
    assert.deepEqual(shown('2025-06-30'), ['ended', 'all']);
  });
});

describe('employee import commit', () => {
  const now = '2026-06-30T12:00:00.000Z';
  it('given a preview that has not expired, when committed, then nothing refuses it', () => {
    assert.equal(importCommitRefusal({ status: 'preview', expiresAt: '2026-06-30T13:00:00.000Z' }, now), null);
  });
  it('given a committed import, when committed again, then it is refused as already committed', () => {
    assert.equal(
      importCommitRefusal({ status: 'committed', expiresAt: '2026-06-30T13:00:00.000Z' }, now),
      'already_committed',
    );
  });
  it('given a preview past its expiry, when committed, then it is refused as expired', () => {
    assert.equal(importCommitRefusal({ status: 'preview', expiresAt: '2026-06-30T11:59:59.999Z' }, now), 'expired');
  });
});
