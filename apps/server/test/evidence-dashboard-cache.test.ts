import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImpactDashboard, ImpactInput } from '@mutualis/domain/impact/dashboard';
import { createEvidenceDashboardCache, digestOfImpactInput } from '../src/evidence/dashboard-cache.ts';

// The evidence dashboard cache (evidence/dashboard-cache.ts) answers from a kept answer only when
// the input just read has the digest that answer was computed from.
function inputOf(over: Partial<ImpactInput> = {}): ImpactInput {
  return {
    asOf: '2026-11-20',
    employees: [
      {
        id: 'e1',
        memberId: 'm1',
        birthYear: 1980,
        hireDate: '2015-01-01',
        endDate: null,
        endReason: null,
        teer: 3,
        educationLevel: 'secondary',
        wages: [{ effectiveOn: '2015-01-01', hourlyWageCents: 2500 }],
      },
    ],
    trainings: [{ employeeId: 'e1', completedOn: '2025-03-01', hours: 7, costCents: 10_000 }],
    headcounts: new Map([['m1', 12]]),
    firmYears: [],
    questionnaires: [{ level: 1, memberId: 'm1', answers: { overall: 4 } }],
    replacementCostPct: 20,
    ...over,
  };
}

function countingEngine() {
  const seen: ImpactInput[] = [];
  const engine = (input: ImpactInput) => {
    seen.push(input);
    return { asOf: input.asOf, computed: seen.length } as unknown as ImpactDashboard;
  };
  return { seen, engine };
}

describe('evidence dashboard cache: by the digest of the engine’s input', () => {
  it('given the same input read again, then the engine runs once and the kept answer is given', () => {
    const { seen, engine } = countingEngine();
    const cache = createEvidenceDashboardCache(engine);
    const first = cache.dashboardOf('mutual-a/all_firms/', inputOf());
    const second = cache.dashboardOf('mutual-a/all_firms/', inputOf());
    assert.equal(seen.length, 1);
    assert.equal(second, first);
  });

  it('given one value changed in place (same rows, same counts), then the answer is computed again', () => {
    const { engine } = countingEngine();
    const cache = createEvidenceDashboardCache(engine);
    cache.dashboardOf('s', inputOf());
    const changes: Partial<ImpactInput>[] = [
      { questionnaires: [{ level: 1, memberId: 'm1', answers: { overall: 5 } }] },
      { employees: [{ ...inputOf().employees[0], teer: 4 }] },
      { employees: [{ ...inputOf().employees[0], wages: [{ effectiveOn: '2015-01-01', hourlyWageCents: 2501 }] }] },
      { trainings: [{ employeeId: 'e1', completedOn: '2025-03-02', hours: 7, costCents: 10_000 }] },
      { headcounts: new Map([['m1', 13]]) },
      { replacementCostPct: 25 },
      { asOf: '2026-11-21' },
      { windowStart: '2024-01-01' },
    ];
    for (const [i, change] of changes.entries()) {
      const answer = cache.dashboardOf('s', inputOf(change)) as unknown as { computed: number };
      assert.equal(answer.computed, i + 2, JSON.stringify(Object.keys(change)));
    }
    assert.equal(new Set(changes.map((c) => digestOfImpactInput(inputOf(c)))).size, changes.length);
  });

  it('given two mutuals (or audiences) in their own slots, then each gets the answer of its own input', () => {
    const { engine } = countingEngine();
    const cache = createEvidenceDashboardCache(engine);
    const a = cache.dashboardOf('mutual-a/all_firms/', inputOf());
    const b = cache.dashboardOf('mutual-b/all_firms/', inputOf({ headcounts: new Map([['m1', 99]]) }));
    assert.notEqual(a, b);
    assert.equal(cache.dashboardOf('mutual-a/all_firms/', inputOf()), a);
    assert.equal(cache.dashboardOf('mutual-b/all_firms/', inputOf({ headcounts: new Map([['m1', 99]]) })), b);
  });

  it('given more than 32 slots, then the least recently used is forgotten; forget() empties the cache', () => {
    const { seen, engine } = countingEngine();
    const cache = createEvidenceDashboardCache(engine);
    for (let i = 0; i < 33; i++) cache.dashboardOf(`slot-${i}`, inputOf());
    assert.equal(seen.length, 33);
    cache.dashboardOf('slot-32', inputOf());
    assert.equal(seen.length, 33, 'the newest slot is kept');
    cache.dashboardOf('slot-0', inputOf());
    assert.equal(seen.length, 34, 'the oldest slot was forgotten');
    cache.forget();
    cache.dashboardOf('slot-32', inputOf());
    assert.equal(seen.length, 35);
  });
});
