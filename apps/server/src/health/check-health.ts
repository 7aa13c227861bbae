import type { Health } from '@mutualis/contracts';
import type { Deps } from '../caller.ts';
import { healthRepository } from './repository.ts';

/** The server is up and its database answers (rejects when it does not). */
export async function checkHealth(deps: Deps): Promise<Health> {
  await healthRepository(deps.db).ping();
  return { status: 'ok', database: 'ok', time: deps.now().toISOString() };
}
