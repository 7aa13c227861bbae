import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { notFound } from '../errors.ts';
import { type PoolingRunRow, poolingRepository } from './repository.ts';

/** The run if it belongs to the caller's mutual (runs are the coordinators' work); 404 otherwise. */
export async function visiblePoolingRun(deps: Deps, caller: Caller, runId: string): Promise<PoolingRunRow> {
  const row = await poolingRepository(deps.db).findRun(mutualOf(caller), runId);
  if (!row) throw notFound('pooling_run');
  return row;
}
