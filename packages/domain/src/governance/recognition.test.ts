import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  answerDueOf,
  checkRecognitionEvent,
  earliestAnswerDue,
  nextRecognitionEvents,
  paymentsCountAsTrainingSpending,
  RECOGNITION_STATUSES,
  type RecognitionEvent,
  recognitionFileGaps,
  recognitionStatusOf,
  recognitionStatusOn,
  spansPaymentsDidNotCount,
} from './recognition.ts';

const recognised: RecognitionEvent[] = [
  { kind: 'applied', occurredOn: '2015-01-10' },
  { kind: 'recognised', occurredOn: '2015-06-01' },
];
const underNotice: RecognitionEvent[] = [
  ...recognised,
  { kind: 'notice_given', occurredOn: '2026-03-02', answerDueOn: '2026-03-12' },
];

describe('recognition status transitions (s.7)', () => {
  it('given no history, when the mutual applies, then it is applied', () => {
    assert.equal(checkRecognitionEvent([], { kind: 'applied', occurredOn: '2015-01-10' }), null);
    assert.equal(recognitionStatusOf([{ kind: 'applied', occurredOn: '2015-01-10' }]), 'applied');
  });
  it('given no history, when someone records a recognition, then it is refused: the mutual must apply first', () => {
    assert.deepEqual(checkRecognitionEvent([], { kind: 'recognised', occurredOn: '2015-01-10' }), {
      reason: 'transition_not_allowed',
      from: 'none',
    });
  });
  it('given an application, when the Ministry recognises the mutual, then it is recognised', () => {
    assert.equal(recognitionStatusOf(recognised), 'recognised');
  });
  it('given a recognised mutual, when a notice gives exactly 10 days to answer, then it is under notice', () => {
    assert.equal(
      checkRecognitionEvent(recognised, { kind: 'notice_given', occurredOn: '2026-03-02', answerDueOn: '2026-03-12' }),
      null,
    );
    assert.equal(recognitionStatusOf(underNotice), 'under_notice');
  });
  it('given a recognised mutual, when a notice gives only 9 days, then it is refused and the earliest deadline is named', () => {
    assert.deepEqual(
      checkRecognitionEvent(recognised, { kind: 'notice_given', occurredOn: '2026-03-02', answerDueOn: '2026-03-11' }),
      {
        reason: 'notice_too_short',
        earliestDueOn: '2026-03-12',
      },
    );
  });
  it('given a notice without an answer deadline, then it is refused', () => {
    assert.deepEqual(checkRecognitionEvent(recognised, { kind: 'notice_given', occurredOn: '2026-03-02' }), {
      reason: 'answer_due_missing',
    });
  });
  it('given a mutual under notice, when it is suspended on the answer deadline, then it is refused: the answer period still runs', () => {
    assert.deepEqual(checkRecognitionEvent(underNotice, { kind: 'suspended', occurredOn: '2026-03-12' }), {
      reason: 'answer_period_running',
      answerDueOn: '2026-03-12',
    });
  });
  it('given a mutual under notice, when it is suspended the day after the deadline, then it is suspended', () => {
    assert.equal(checkRecognitionEvent(underNotice, { kind: 'suspended', occurredOn: '2026-03-13' }), null);
    assert.equal(recognitionStatusOf([...underNotice, { kind: 'suspended', occurredOn: '2026-03-13' }]), 'suspended');
  });
  it('given a mutual under notice, when it is revoked before the deadline, then it is refused', () => {
    assert.equal(
      checkRecognitionEvent(underNotice, { kind: 'revoked', occurredOn: '2026-03-05' })?.reason,
      'answer_period_running',
    );
  });
  it('given a mutual under notice, when its answer satisfies the Ministry, then it is restored at once (no wait)', () => {
    assert.equal(checkRecognitionEvent(underNotice, { kind: 'restored', occurredOn: '2026-03-04' }), null);
    assert.equal(recognitionStatusOf([...underNotice, { kind: 'restored', occurredOn: '2026-03-04' }]), 'recognised');
  });
  it('given a suspended mutual, then it may be restored or revoked, and a revoked one may only apply again', () => {
    const suspended = [...underNotice, { kind: 'suspended' as const, occurredOn: '2026-03-20' }];
    assert.deepEqual(nextRecognitionEvents(recognitionStatusOf(suspended)), ['revoked', 'restored']);
    assert.equal(checkRecognitionEvent(suspended, { kind: 'revoked', occurredOn: '2026-04-01' }), null);
    assert.deepEqual(nextRecognitionEvents('revoked'), ['applied']);
  });
  it('given a recognised mutual, when it is suspended without notice, then it is refused', () => {
    assert.deepEqual(checkRecognitionEvent(recognised, { kind: 'suspended', occurredOn: '2026-03-20' }), {
      reason: 'transition_not_allowed',
      from: 'recognised',
    });
  });
  it('given a history, when an event is dated before the last one, then it is refused', () => {
    assert.deepEqual(
      checkRecognitionEvent(recognised, { kind: 'notice_given', occurredOn: '2015-05-01', answerDueOn: '2015-06-01' }),
      {
        reason: 'before_last_event',
        lastOn: '2015-06-01',
      },
    );
  });
  it('given a history, then the status on a day reads only the events up to that day', () => {
    assert.equal(recognitionStatusOn(underNotice, '2015-03-01'), 'applied');
    assert.equal(recognitionStatusOn(underNotice, '2026-03-01'), 'recognised');
    assert.equal(recognitionStatusOn(underNotice, '2026-03-02'), 'under_notice');
    assert.equal(recognitionStatusOn(underNotice, '2014-12-31'), 'none');
  });
  it('given a mutual under notice, then its answer deadline is known; otherwise there is none', () => {
    assert.equal(answerDueOf(underNotice), '2026-03-12');
    assert.equal(answerDueOf(recognised), null);
    assert.equal(earliestAnswerDue('2026-12-28'), '2027-01-07');
  });
});

describe('payments count as training spending only while recognised (s.1)', () => {
  it('given each status, then payments count only when recognised or under notice', () => {
    assert.deepEqual(RECOGNITION_STATUSES.filter(paymentsCountAsTrainingSpending), ['recognised', 'under_notice']);
  });
});

describe("a statement's year: the days payments did not count (s.1)", () => {
  it('given a mutual recognised before the year, then payments counted every day of it', () => {
    assert.deepEqual(spansPaymentsDidNotCount(recognised, '2026-01-01', '2026-12-31'), []);
  });
  it('given a mutual that never applied, then they counted on no day of the year', () => {
    assert.deepEqual(spansPaymentsDidNotCount([], '2026-01-01', '2026-12-31'), [
      { from: '2026-01-01', to: '2026-12-31' },
    ]);
  });
  it('given a mutual recognised on 15 March, then they did not count until the 14th', () => {
    const history: RecognitionEvent[] = [
      { kind: 'applied', occurredOn: '2025-11-01' },
      { kind: 'recognised', occurredOn: '2026-03-15' },
    ];
    assert.deepEqual(spansPaymentsDidNotCount(history, '2026-01-01', '2026-12-31'), [
      { from: '2026-01-01', to: '2026-03-14' },
    ]);
  });
  it('given a notice, a suspension on 1 June and a restoration on 1 September, then only the suspension does not count: a mutual under notice is still recognised', () => {
    const history: RecognitionEvent[] = [
      ...underNotice,
      { kind: 'suspended', occurredOn: '2026-06-01' },
      { kind: 'restored', occurredOn: '2026-09-01' },
    ];
    assert.deepEqual(spansPaymentsDidNotCount(history, '2026-01-01', '2026-12-31'), [
      { from: '2026-06-01', to: '2026-08-31' },
    ]);
  });
  it('given a revocation on 31 December, then the last day alone does not count; events after the year change nothing', () => {
    const history: RecognitionEvent[] = [
      ...underNotice,
      { kind: 'revoked', occurredOn: '2026-12-31' },
      { kind: 'applied', occurredOn: '2027-01-05' },
    ];
    assert.deepEqual(spansPaymentsDidNotCount(history, '2026-01-01', '2026-12-31'), [
      { from: '2026-12-31', to: '2026-12-31' },
    ]);
  });
  it('given an application and a recognition on the same day, then that day counts', () => {
    const history: RecognitionEvent[] = [
      { kind: 'applied', occurredOn: '2026-04-01' },
      { kind: 'recognised', occurredOn: '2026-04-01' },
    ];
    assert.deepEqual(spansPaymentsDidNotCount(history, '2026-01-01', '2026-12-31'), [
      { from: '2026-01-01', to: '2026-03-31' },
    ]);
  });
});

describe('recognition file (s.4–5)', () => {
  const complete = {
    basis: 'regional' as const,
    legalName: 'Mutuelle de formation Lanaudière',
    neq: '1140000001',
    skillsProblems: 'Santé et sécurité, supervision',
    poolingRationale: 'Petites entreprises sans service RH',
    hasSupportingResolution: false,
    activeMembers: 30,
    viableMembers: 20,
    boardBreaches: 0,
  };
  it('given a complete regional file, then nothing is missing', () => {
    assert.deepEqual(recognitionFileGaps(complete), []);
  });
  it('given a sectoral group without the CSMO resolution, then the resolution is missing', () => {
    assert.deepEqual(recognitionFileGaps({ ...complete, basis: 'sectoral' }), ['supporting_resolution']);
  });
  it('given fewer members than the viability target and a board that breaks s.3, then both are named', () => {
    assert.deepEqual(recognitionFileGaps({ ...complete, activeMembers: 19, boardBreaches: 1 }), [
      'too_few_members',
      'board_breaks_rules',
    ]);
  });
  it('given a CSMO, then the board rule of groups of employers does not apply', () => {
    assert.deepEqual(recognitionFileGaps({ ...complete, basis: 'csmo', boardBreaches: 2 }), []);
  });
});
