import type { EmulationAssumptionsInput, EmulationScenario, FirmCount } from '@mutualis/contracts';
import { membersNeededToBeViable, participationLevels } from '@mutualis/domain/governance/emulation';
import type { Caller, Deps } from '../caller.ts';
import { AppError } from '../errors.ts';
import { runEmulationWorker } from './emulation-runner.ts';
import { getScenario } from './get-scenario.ts';
import { emulationRepository } from './repository.ts';
import { visibleScenario } from './scenario-owner.ts';

/** Largest number of participating firms a run takes at its highest level (the engine's problem stays a few thousand needs). */
const MAX_FIRMS = 2_000;

/**
 * Runs the pooling engine on the scenario's synthetic members and needs at its participation rate
 * and at levels around it (in a worker thread), and saves the result: savings against firms buying
 * alone, sessions, and the members a mutual there needs to be viable.
 */
export async function runScenario(
  deps: Deps,
  caller: Caller,
  input: { scenarioId: string },
): Promise<EmulationScenario> {
  const { row } = await visibleScenario(deps, caller, input.scenarioId);
  const counts = row.firm_counts as FirmCount[];
  const assumptions = row.assumptions as EmulationAssumptionsInput;
  const levels = participationLevels(assumptions.participationRate);
  const firmsInTerritory = counts.reduce((n, c) => n + c.firms, 0);
  const highest = Math.round(firmsInTerritory * Math.max(...levels));
  if (highest > MAX_FIRMS) {
    const params = { percent: Math.round(Math.max(...levels) * 1000) / 10, firms: highest, maximum: MAX_FIRMS };
    throw new AppError('validation_failed', 'scenario_too_large', {
      params,
      fields: [{ field: 'assumptions.participationRate', code: 'participating_firms_at_most', params }],
    });
  }
  const repo = emulationRepository(deps.db);
  try {
    const { points, milliseconds } = await runEmulationWorker(counts, assumptions, levels);
    const rate = Math.round(assumptions.participationRate * 1000) / 1000;
    const chosen = points.find((p) => p.participationRate === rate) ?? points[0];
    const result = {
      firmsInTerritory,
      chosen,
      points,
      membersNeeded: membersNeededToBeViable(points),
      solverMilliseconds: milliseconds,
      ranAt: deps.now().toISOString(),
    };
    await repo.update(row.id, {
      status: 'done',
      result: JSON.stringify(result),
      error: null,
      updated_at: deps.now().toISOString(),
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    await repo.update(row.id, {
      status: 'failed',
      result: null,
      error: (error as Error).message,
      updated_at: deps.now().toISOString(),
    });
  }
  return getScenario(deps, caller, { scenarioId: row.id });
}
