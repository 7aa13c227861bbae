import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EVALUATION_LEVELS,
  level3Window,
  PARTICIPANT_LEVELS,
  SMALL_CELL_MIN,
  summariseAnswers,
  suppressSmallCell,
  validateAnswers,
} from './evaluation.ts';

describe('evaluation questionnaires', () => {
  it('given complete level-1 answers, then they are valid', () => {
    assert.deepEqual(validateAnswers(1, { overall: 5, trainer: 4, relevance: 3, logistics: 4, comment: 'Bien' }), []);
  });
  it('given a missing, an out-of-range and an unknown answer, then each is named', () => {
    const errors = validateAnswers(1, { overall: 6, trainer: 4, relevance: 3, nope: 1 });
    assert.deepEqual(errors.map((e) => e.field).sort(), ['answers.logistics', 'answers.nope', 'answers.overall']);
  });
  it('given answers, then means are per question', () => {
    const s = summariseAnswers(2, [
      { objectives: 4, before: 2, after: 4, confidence: 5 },
      { objectives: 5, before: 1, after: 4, confidence: 4 },
    ]);
    assert.equal(s.responses, 2);
    assert.equal(s.means.objectives, 4.5);
    assert.equal(s.means.before, 1.5);
  });
  it('given a last day, then level 3 goes out 60 days later and closes at 90', () => {
    assert.deepEqual(level3Window('2027-01-31'), { sendOn: '2027-04-01', closesOn: '2027-05-01' });
  });
});

describe('evaluation levels', () => {
  it('given the three levels, then participants answer levels 1 and 2 and the firm level 3', () => {
    assert.deepEqual(
      EVALUATION_LEVELS.filter((l) => !(PARTICIPANT_LEVELS as readonly number[]).includes(l)),
      [3],
    );
  });
  it('given a scale answer outside 1–5 or not whole, then it is refused', () => {
    assert.equal(validateAnswers(1, { overall: 0, trainer: 5, relevance: 5, logistics: 5 }).length, 1);
    assert.equal(validateAnswers(1, { overall: 2.5, trainer: 5, relevance: 5, logistics: 5 }).length, 1);
    assert.deepEqual(validateAnswers(1, { overall: 1, trainer: 5, relevance: 3, logistics: 4 }), []);
  });
});

describe('small-cell suppression for employers', () => {
  it('given 4 answers, then no mean is shown; given 5, then they are', () => {
    const four = summariseAnswers(1, [{ overall: 1 }, { overall: 5 }, { overall: 5 }, { overall: 5 }]);
    assert.deepEqual(suppressSmallCell(four), {
      ...four,
      means: { overall: null, trainer: null, relevance: null, logistics: null },
      suppressed: true,
    });
    const five = summariseAnswers(1, [{ overall: 1 }, { overall: 5 }, { overall: 5 }, { overall: 5 }, { overall: 4 }]);
    assert.deepEqual(suppressSmallCell(five), { ...five, suppressed: false });
    assert.equal(SMALL_CELL_MIN, 5);
  });
});
