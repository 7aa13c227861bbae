import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { emulationRepository } from './repository.ts';
import { visibleScenario } from './scenario-owner.ts';

/** Deletes one of the caller's scenarios. */
export async function deleteScenario(deps: Deps, caller: Caller, input: { scenarioId: string }): Promise<undefined> {
  await inTransaction(deps, async (tx) => {
    const { row } = await visibleScenario(tx, caller, input.scenarioId);
    await emulationRepository(tx.db).remove(row.id);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: null,
      actorUserId: caller.userId,
      action: 'emulation.delete',
      entityType: 'emulation_scenario',
      entityId: row.id,
      change: { name: row.name },
    });
  });
  return undefined;
}
