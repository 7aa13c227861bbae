import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePoolingProblem } from '../pooling/index.ts';
import {
  DEFAULT_EMULATION_ASSUMPTIONS as A,
  type EmulationPoint,
  emulationPoint,
  emulationProblem,
  membersNeededToBeViable,
  participatingFirms,
  participationLevels,
} from './emulation.ts';

const counts = [
  { scianCode: '332', sizeClass: 'micro' as const, firms: 120 },
  { scianCode: '332', sizeClass: 'small' as const, firms: 60 },
  { scianCode: '311', sizeClass: 'small' as const, firms: 40 },
  { scianCode: '311', sizeClass: 'medium' as const, firms: 5 },
];

describe('emulation planner', () => {
  it('given firm counts and a participation rate, then the participating firms are the rounded share of each row', () => {
    assert.deepEqual(
      participatingFirms(counts, 0.1).map((r) => r.firms),
      [12, 6, 4, 1],
    );
  });
  it('given the same assumptions, then the synthetic problem is the same; another seed gives another one', () => {
    const a = emulationProblem(counts, A);
    assert.deepEqual(emulationProblem(counts, A), a);
    assert.notDeepEqual(emulationProblem(counts, { ...A, seed: 2 }).problem.needs, a.problem.needs);
  });
  it('given assumptions, then the problem is valid for the pooling engine and holds the participating firms', () => {
    const p = emulationProblem(counts, A);
    assert.equal(p.firms, 23);
    assert.deepEqual(p.firmsBySize, { micro: 12, small: 10, medium: 1, large: 0 });
    assert.equal(new Set(p.problem.needs.map((n) => n.memberId)).size, 23);
    assert.doesNotThrow(() => parsePoolingProblem(p.problem));
    assert.equal(p.problem.policy.minMembersPerSession, 2);
  });
  it('given a rate, then the levels run around it stay between 0 and 1 and include it', () => {
    assert.deepEqual(participationLevels(0.1), [0.025, 0.05, 0.1, 0.15, 0.2]);
    assert.deepEqual(participationLevels(0.8), [0.2, 0.4, 0.8, 1]);
  });
  it('given a plan, then savings, sessions and viability are read in cents', () => {
    const plan = {
      sessions: [
        { allocations: [{ memberId: 'f1' }, { memberId: 'f2' }] },
        { allocations: [{ memberId: 'f1' }, { memberId: 'f1' }, { memberId: 'f3' }] },
      ],
      totals: { cost: 5000, standaloneCost: 12000, savings: 7000, seatsServed: 20 },
    };
    const p = emulationPoint(0.1, { firms: 3, seats: 22, needs: 5 }, plan, {
      operatingCostCents: 1_000_000,
      publicFundingShare: 0.5,
    });
    assert.deepEqual(
      [p.sessions, p.firmsPerSession, p.savingsCents, p.savingsShare, p.uncoveredCostCents, p.viable],
      [2, 2, 700_000, 0.5833, 500_000, true],
    );
  });
  it('given levels that bracket the uncovered cost, then the members needed are read between them', () => {
    const point = (firms: number, savingsCents: number): EmulationPoint =>
      ({ firms, savingsCents, uncoveredCostCents: 4_500_000, viable: savingsCents >= 4_500_000 }) as EmulationPoint;
    assert.equal(membersNeededToBeViable([point(10, 1_000_000), point(20, 3_000_000), point(40, 6_000_000)]), 30);
    assert.equal(membersNeededToBeViable([point(10, 1_000_000), point(20, 3_000_000)]), null);
    assert.equal(membersNeededToBeViable([point(10, 5_000_000)]), 10);
  });
});
