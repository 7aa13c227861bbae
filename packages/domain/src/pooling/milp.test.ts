import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultGeneratorOptions, generatePoolingProblem } from './generator.ts';
import { findComponents, indexInstance } from './instance.ts';
import { exportModelMps, loadHighs, wholeComponent } from './milp.ts';
import { parsePoolingProblem } from './problem.ts';

/** The columns of a free MPS model with a cost, and those between the integer markers. */
function costAndIntegerColumns(mps: string): { withCost: Set<string>; integer: Set<string> } {
  const withCost = new Set<string>();
  const integer = new Set<string>();
  let section = '';
  let inInteger = false;
  for (const line of mps.split('\n')) {
    if (/^\S/.test(line)) {
      section = line.trim();
      continue;
    }
    if (section !== 'COLUMNS') continue;
    const parts = line.trim().split(/\s+/);
    if (parts[1] === "'MARKER'") {
      inInteger = parts[2] === "'INTORG'";
      continue;
    }
    if (inInteger) integer.add(parts[0]);
    for (let i = 1; i + 1 < parts.length; i += 2)
      if (parts[i] === 'Obj' && Number(parts[i + 1]) !== 0) withCost.add(parts[0]);
  }
  return { withCost, integer };
}

describe('component MILP', () => {
  it('given a generated component, every column with a cost is integral (sessions, seats and unserved seats), so HiGHS sees the objective as a multiple of the costs’ common divisor', async () => {
    const problem = parsePoolingProblem(
      generatePoolingProblem(
        defaultGeneratorOptions({ seed: 3, needs: 20, offers: 6, periods: 2, regions: 2, members: 10 }),
      ),
    );
    const inst = indexInstance(problem);
    const comp = findComponents(inst)[0];
    const highs = await loadHighs();
    const mps = new TextDecoder().decode(exportModelMps(highs, inst, wholeComponent(inst, comp)));
    const { withCost, integer } = costAndIntegerColumns(mps);
    // one session count per slot, seats per need and slot, and one unserved column per need, all with a cost
    assert.ok(withCost.size >= comp.slots.length + comp.needs.length);
    assert.deepEqual(
      [...withCost].filter((c) => !integer.has(c)),
      [],
    );
  });
});
