import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type RegisterEntry, registerMissing, summariseResults } from './register.ts';

const complete: RegisterEntry = {
  title: 'Cariste',
  objectives: 'Conduire en sécurité',
  content: 'Règles, inspection, pratique',
  durationHours: 8,
  providerOrTrainer: 'CFP Lachine',
  employers: ['Firme A', 'Firme B'],
  participants: 9,
  employmentClasses: ['94100'],
  costCents: 260_000,
  evaluationResult: '9 réussi(s)',
};

describe('activity register completeness (s.15)', () => {
  it('given every field, then nothing is missing', () => assert.deepEqual(registerMissing(complete), []));
  it('given blanks, then each missing field is named', () => {
    assert.deepEqual(
      registerMissing({
        ...complete,
        objectives: ' ',
        durationHours: 0,
        employers: [],
        costCents: null,
        evaluationResult: null,
      }),
      ['objectives', 'durationHours', 'employers', 'costCents', 'evaluationResult'],
    );
  });
  it('given results, then the summary counts them in the language', () => {
    assert.equal(
      summariseResults(['passed', 'passed', 'not_passed', null], 'en'),
      '2 passed, 1 not passed, 1 without result',
    );
    assert.equal(summariseResults([null, null]), null);
  });
});
