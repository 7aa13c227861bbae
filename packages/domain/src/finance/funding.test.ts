import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type FundingProgramme, type SubsidyCase, subsidyFor } from './funding.ts';

const programme: FundingProgramme = {
  id: 'p',
  funderId: 'f',
  startsOn: '2026-04-01',
  endsOn: '2029-03-31',
  coveragePpm: 500_000,
  eligibleCategories: ['trainer_fees', 'trainee_wages'],
  caps: {},
  eligibility: {},
};
const base: SubsidyCase = {
  on: '2027-02-10',
  member: { sizeClass: 'small', regionCode: '14' },
  participants: [
    { teer: 5, hours: 14 },
    { teer: 2, hours: 14 },
  ],
  costs: { trainer_fees: 120_000, trainee_wages: 70_000, travel: 10_000 },
  used: { activityCents: 0, memberYearCents: 0, programmeYearCents: 0 },
};

describe('a subsidy on a member’s share of a session', () => {
  it('given 50 % of trainer fees and trainee wages ($1,200 + $700; travel not eligible), then $950.00', () => {
    assert.deepEqual(subsidyFor(programme, base), { cents: 95_000, eligibleCents: 190_000, limits: [] });
  });
  it('given only TEER 4–5 participants count, then half of the costs are eligible: $475.00', () => {
    const p = { ...programme, eligibility: { teerLevels: [4, 5] } };
    assert.deepEqual(subsidyFor(p, base), { cents: 47_500, eligibleCents: 95_000, limits: [] });
  });
  it('given a cap of $15 per participant-hour (1 eligible × 14 h = $210), then $210.00, saying why', () => {
    const p = { ...programme, eligibility: { teerLevels: [4, 5] }, caps: { perParticipantHourCents: 1_500 } };
    assert.deepEqual(subsidyFor(p, base), { cents: 21_000, eligibleCents: 95_000, limits: ['per_participant_hour'] });
  });
  it('given a member cap of $3,000 a year with $2,500 used, then $500.00', () => {
    const p = { ...programme, caps: { perMemberPerYearCents: 300_000 } };
    assert.equal(subsidyFor(p, { ...base, used: { ...base.used, memberYearCents: 250_000 } }).cents, 50_000);
  });
  it('given the programme’s yearly budget already spent, then nothing (never negative)', () => {
    const p = { ...programme, caps: { perYearCents: 1_000_000 } };
    assert.deepEqual(subsidyFor(p, { ...base, used: { ...base.used, programmeYearCents: 1_200_000 } }), {
      cents: 0,
      eligibleCents: 190_000,
      limits: ['per_year'],
    });
  });
  it('given a medium firm and a programme for micro and small firms, or a date after the term, then nothing and why', () => {
    assert.deepEqual(
      subsidyFor(
        { ...programme, eligibility: { sizeClasses: ['micro', 'small'] } },
        { ...base, member: { ...base.member, sizeClass: 'medium' } },
      ).limits,
      ['size_class'],
    );
    assert.deepEqual(subsidyFor(programme, { ...base, on: '2029-04-01' }).limits, ['outside_term']);
  });
});
