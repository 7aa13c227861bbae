import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generatePoolingProblem } from './generator.ts';
import { findComponents, indexInstance } from './instance.ts';
import { lagrangianBoundCents } from './lagrangian.ts';
import { loadHighs, solveComponentMilp, wholeComponent } from './milp.ts';
import { parsePoolingProblem } from './problem.ts';

const clock = () => performance.now();
const unlimited = { deadlineMs: Number.POSITIVE_INFINITY, now: clock };

describe('lagrangianBoundCents', () => {
  it('given three firms with 3 seats each and a course for 6 to 12 seats, bounds the cost above the per-seat bound and at most the optimum 2,610.00', () => {
    const need = (id: string, memberId: string) => ({
      id,
      memberId,
      topic: 't',
      seats: 3,
      region: '06',
      languages: ['fr'],
      modes: ['in_person'],
      periods: ['p'],
    });
    const problem = parsePoolingProblem({
      periods: ['p'],
      needs: [need('n1', 'm1'), need('n2', 'm2'), need('n3', 'm3')],
      offers: [
        {
          id: 'o1',
          providerId: 'p1',
          topic: 't',
          language: 'fr',
          mode: 'in_person',
          regions: ['06'],
          periods: ['p'],
          fixedCost: 1800,
          seatCost: 90,
          minSeats: 6,
          maxSeats: 12,
        },
      ],
    });
    const inst = indexInstance(problem);
    const [comp] = findComponents(inst);
    const bound = lagrangianBoundCents(inst, comp, { ...unlimited, upperBoundCents: 261_000 });
    // each seat costs at least 90 + 1800 / 12 = 240 dollars: 2,160.00 for 9 seats
    assert.ok(bound > 216_000 + 1, `bound ${bound} not above the per-seat bound`);
    assert.ok(bound <= 261_000 + 1e-6, `bound ${bound} above the optimum`);
  });

  it('property: on small generated problems the bound never exceeds the exact MILP optimum of any component', async () => {
    const highs = await loadHighs();
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(1, 1, 2),
        fc.integer({ min: 8, max: 30 }),
        async (seed, minMembers, needs) => {
          const problem = parsePoolingProblem(
            generatePoolingProblem({
              seed,
              needs,
              offers: 8,
              periods: 3,
              regions: 3,
              topics: 3,
              members: 8,
              minMembersPerSession: minMembers,
              timeLimitSeconds: 10,
            }),
          );
          const inst = indexInstance(problem);
          for (const comp of findComponents(inst)) {
            const exact = solveComponentMilp(highs, inst, wholeComponent(inst, comp), {
              timeLimitSeconds: 20,
              relativeGap: 0,
            });
            if (exact.status !== 'optimal' || !exact.sessions) continue;
            const bound = lagrangianBoundCents(inst, comp, {
              ...unlimited,
              upperBoundCents: exact.objectiveCents * 1.2 + 100,
              maxIterations: 300,
            });
            compared++;
            assert.ok(
              bound <= exact.objectiveCents + 1e-6,
              `seed ${seed}: bound ${bound} > optimum ${exact.objectiveCents}`,
            );
          }
        },
      ),
      { numRuns: 25, seed: 20261126 },
    );
    assert.ok(compared > 25, `only ${compared} components compared`);
  });
});
