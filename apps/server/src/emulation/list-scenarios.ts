import { pageOf } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentScenario } from './present.ts';
import { emulationRepository } from './repository.ts';
import { scenarioOwnerOf } from './scenario-owner.ts';

/** A page of the caller's scenarios (its funder's, or its own), most recently changed first. */
export async function listScenarios(deps: Deps, caller: Caller, query: { page: number; pageSize: number }) {
  const owner = await scenarioOwnerOf(deps, caller);
  const repo = emulationRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.list(owner, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.count(owner),
  ]);
  return pageOf(rows.map(presentScenario), total, query);
}
