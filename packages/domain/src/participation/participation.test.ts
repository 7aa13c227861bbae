import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AnsweredParticipation, analyseParticipation, membershipFlows } from './analysis.ts';
import { canMoveProspect } from './prospect-stage.ts';
import { questionnaireKindFor, validateParticipationAnswers } from './questionnaires.ts';

describe('participation questionnaires', () => {
  it('given a prospect’s answers with known reasons and a scale, then they are valid', () => {
    assert.deepEqual(
      validateParticipationAnswers('prospect', { reasons: ['cost', 'poaching'], interest: 3, comment: 'Plus tard' }),
      [],
    );
  });

  it('given an unknown reason, a repeated one, a missing scale and an unknown question, then each is named', () => {
    const errors = validateParticipationAnswers('exit', { reasons: ['cost', 'cost'], wouldReturn: 2, colour: 'blue' });
    assert.deepEqual(errors.map((e) => [e.field, e.code]).sort(), [
      ['answers.colour', 'unknown_question'],
      ['answers.reasons', 'distinct_among'],
      ['answers.satisfaction', 'required'],
    ]);
    assert.deepEqual(
      validateParticipationAnswers('joining', { reasons: ['nope'], expectations: 4 }).map((e) => e.field),
      ['answers.reasons'],
    );
  });

  it('given a firm’s status, then the questionnaire it gets follows it', () => {
    assert.equal(questionnaireKindFor('prospect', false), 'prospect');
    assert.equal(questionnaireKindFor('active', true), 'joining');
    assert.equal(questionnaireKindFor('active', false), 'renewal');
    assert.equal(questionnaireKindFor('lapsed', false), 'exit');
  });
});

describe('prospects', () => {
  it('given an open stage, then it may go to any other stage; a member stays a member; a declined one may be contacted again', () => {
    assert.equal(canMoveProspect('contacted', 'proposal'), true);
    assert.equal(canMoveProspect('proposal', 'interested'), true);
    assert.equal(canMoveProspect('interested', 'declined'), true);
    assert.equal(canMoveProspect('member', 'declined'), false);
    assert.equal(canMoveProspect('declined', 'contacted'), true);
    assert.equal(canMoveProspect('declined', 'member'), false);
  });
});

describe('participation analysis', () => {
  const answer = (firmId: string, headcount: number, reasons: string[]): AnsweredParticipation => ({
    kind: 'prospect',
    firmId,
    headcount,
    scianCode: '332',
    regionCode: '14',
    answers: { reasons, interest: 3 },
  });

  it('given 3 answering firms, then reasons are counted; a reason given by 1 or 2 firms is suppressed', () => {
    const result = analyseParticipation('prospect', 5, [
      answer('a', 5, ['cost', 'time']),
      answer('b', 5, ['cost']),
      answer('c', 50, ['cost', 'time']),
    ]);
    const all = result.reasons.all[0];
    assert.equal(all.firms, 3);
    assert.equal(all.reasons.find((r) => r.reason === 'cost')?.firms, 3);
    assert.equal(all.reasons.find((r) => r.reason === 'time')?.firms, null);
    assert.equal(all.reasons.find((r) => r.reason === 'poaching')?.firms, 0);
    // by size class: 2 micro firms and 1 small firm: both groups suppressed
    assert.deepEqual(
      result.reasons.sizeClass.map((g) => [g.group, g.firms]),
      [
        ['micro', null],
        ['small', null],
      ],
    );
    assert.equal(result.scales[0].mean, 3);
  });

  it('given members joining and leaving, then each year shows the stock, the flows and the retention', () => {
    const members = [
      { joinedOn: '2020-03-01', leftOn: null },
      { joinedOn: '2020-05-01', leftOn: '2022-06-01' },
      { joinedOn: '2021-02-01', leftOn: null },
      { joinedOn: '2021-03-01', leftOn: null },
      { joinedOn: '2021-04-01', leftOn: null },
    ];
    const [y2021, y2022] = membershipFlows(members, 2021, 2022);
    assert.deepEqual(y2021, { year: 2021, atStart: 2, joined: 3, left: 0, atEnd: 5, retentionPct: 100 });
    assert.deepEqual(y2022, { year: 2022, atStart: 5, joined: 0, left: null, atEnd: 4, retentionPct: 80 });
  });
});
