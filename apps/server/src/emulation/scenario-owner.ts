import type { Caller, Deps } from '../caller.ts';
import { forbidden, notFound } from '../errors.ts';
import { emulationRepository, type ScenarioOwner, type ScenarioRow } from './repository.ts';

/** Whose scenarios the caller works on: its funder organisation's (funders), else its own (platform, researchers). */
export async function scenarioOwnerOf(deps: Deps, caller: Caller): Promise<ScenarioOwner> {
  if (caller.role === 'funder') {
    const funderId = await emulationRepository(deps.db).funderOfUser(caller.userId);
    if (!funderId) throw forbidden('funder_account_without_funder');
    return { funderId };
  }
  if (caller.role === 'platform_admin' || caller.role === 'researcher') return { userId: caller.userId };
  throw forbidden('role_not_allowed');
}

/** The scenario if the caller's owner holds it; 404 otherwise. */
export async function visibleScenario(
  deps: Deps,
  caller: Caller,
  scenarioId: string,
): Promise<{ owner: ScenarioOwner; row: ScenarioRow }> {
  const owner = await scenarioOwnerOf(deps, caller);
  const row = await emulationRepository(deps.db).find(owner, scenarioId);
  if (!row) throw notFound('scenario');
  return { owner, row };
}
