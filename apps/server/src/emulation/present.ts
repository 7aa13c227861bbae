import type { EmulationAssumptionsInput, EmulationResult, EmulationScenario, FirmCount } from '@mutualis/contracts';
import type { ScenarioRow } from './repository.ts';

export function presentScenario(r: ScenarioRow): EmulationScenario {
  return {
    id: r.id,
    name: r.name,
    territory: r.territory,
    regionCode: r.region_code,
    scianCode: r.scian_code,
    firmCounts: r.firm_counts as FirmCount[],
    assumptions: r.assumptions as EmulationAssumptionsInput,
    status: r.status,
    result: (r.result as EmulationResult | null) ?? null,
    error: r.error,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
