import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { draftObjectiveCents, findDraftViolation } from './draft.ts';
import { generatePoolingProblem } from './generator.ts';
import { planComponentHeuristically } from './heuristic.ts';
import { findComponents, indexInstance } from './instance.ts';
import { loadHighs } from './milp.ts';
import { improveByNeighbourhoods, newNeighbourhoodState } from './neighbourhood-search.ts';
import { parsePoolingProblem } from './problem.ts';

describe('improveByNeighbourhoods', () => {
  it('property: on generated problems (1 or 2 firms per session, needs open over up to 6 periods) every step keeps the plan feasible and never makes it worse', async () => {
    const highs = await loadHighs();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(1, 2),
        fc.integer({ min: 20, max: 80 }),
        async (seed, minMembers, needs) => {
          const problem = parsePoolingProblem(
            generatePoolingProblem({
              seed,
              needs,
              offers: 10,
              periods: 6,
              regions: 3,
              topics: 2,
              members: 15,
              minMembersPerSession: minMembers,
              maxNeedPeriods: 6,
            }),
          );
          const inst = indexInstance(problem);
          for (const comp of findComponents(inst)) {
            const start = planComponentHeuristically(inst, comp);
            const before = draftObjectiveCents(inst, start, comp.needs);
            // small neighbourhoods, so that each step frees only part of the component
            const state = newNeighbourhoodState(seed, 400);
            const after = improveByNeighbourhoods(highs, inst, comp, start, {
              deadlineMs: Number.POSITIVE_INFINITY,
              now: () => performance.now(),
              maxNonzeros: 400,
              state,
              maxSteps: 6,
            });
            assert.equal(findDraftViolation(inst, after), null);
            assert.ok(draftObjectiveCents(inst, after, comp.needs) <= before);
            for (const s of after) assert.ok(comp.slots.includes(s.slot));
          }
        },
      ),
      { numRuns: 10, seed: 1616 },
    );
  });
});
