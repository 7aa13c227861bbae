import type { EmulationScenario } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentScenario } from './present.ts';
import { visibleScenario } from './scenario-owner.ts';

/** One of the caller's scenarios with its result. */
export async function getScenario(
  deps: Deps,
  caller: Caller,
  input: { scenarioId: string },
): Promise<EmulationScenario> {
  return presentScenario((await visibleScenario(deps, caller, input.scenarioId)).row);
}
