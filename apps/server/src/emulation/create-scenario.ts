import type { CreateEmulationScenario, EmulationScenario } from '@mutualis/contracts';
import { DEFAULT_EMULATION_ASSUMPTIONS } from '@mutualis/domain/governance/emulation';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { getScenario } from './get-scenario.ts';
import { emulationRepository } from './repository.ts';
import { scenarioOwnerOf } from './scenario-owner.ts';

/** Saves a scenario: firm counts and assumptions (the defaults when none are given). It runs on request. */
export async function createScenario(
  deps: Deps,
  caller: Caller,
  input: CreateEmulationScenario,
): Promise<EmulationScenario> {
  const owner = await scenarioOwnerOf(deps, caller);
  return inTransaction(deps, async (tx) => {
    const id = await emulationRepository(tx.db).insert({
      owner_funder_id: 'funderId' in owner ? owner.funderId : null,
      created_by: caller.userId,
      name: input.name,
      territory: input.territory,
      region_code: input.regionCode ?? null,
      scian_code: input.scianCode ?? null,
      firm_counts: JSON.stringify(input.firmCounts),
      assumptions: JSON.stringify(input.assumptions ?? DEFAULT_EMULATION_ASSUMPTIONS),
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: null,
      actorUserId: caller.userId,
      action: 'emulation.create',
      entityType: 'emulation_scenario',
      entityId: id,
      change: { name: input.name },
    });
    return getScenario(tx, caller, { scenarioId: id });
  });
}
