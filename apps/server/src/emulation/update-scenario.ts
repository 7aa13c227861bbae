import type { EmulationScenario, UpdateEmulationScenario } from '@mutualis/contracts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { getScenario } from './get-scenario.ts';
import { emulationRepository } from './repository.ts';
import { visibleScenario } from './scenario-owner.ts';

/** Changes a scenario; changed counts or assumptions clear its result until it runs again. */
export async function updateScenario(
  deps: Deps,
  caller: Caller,
  input: { scenarioId: string; changes: UpdateEmulationScenario },
): Promise<EmulationScenario> {
  return inTransaction(deps, async (tx) => {
    const { row } = await visibleScenario(tx, caller, input.scenarioId);
    const c = input.changes;
    const rerun = c.firmCounts !== undefined || c.assumptions !== undefined;
    await emulationRepository(tx.db).update(row.id, {
      name: c.name,
      territory: c.territory,
      region_code: c.regionCode,
      scian_code: c.scianCode,
      firm_counts: c.firmCounts ? JSON.stringify(c.firmCounts) : undefined,
      assumptions: c.assumptions ? JSON.stringify(c.assumptions) : undefined,
      ...(rerun ? { status: 'draft' as const, result: null, error: null } : {}),
      updated_at: deps.now().toISOString(),
    });
    return getScenario(tx, caller, { scenarioId: row.id });
  });
}
