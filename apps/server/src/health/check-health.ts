import type { Health, Ready } from '@mutualis/contracts';
import type { Deps } from '../caller.ts';
import { pendingMigrations } from '../db/migrate.ts';
import { AppError } from '../errors.ts';
import { healthRepository } from './repository.ts';

/** The server is up and its database answers (rejects when it does not). */
export async function checkHealth(deps: Deps): Promise<Health> {
  await healthRepository(deps.db).ping();
  return { status: 'ok', database: 'ok', time: deps.now().toISOString() };
}

/** The instance may take traffic: not stopping, the database answers, every migration is applied (else busy_try_again, 503). */
export async function checkReady(deps: Deps): Promise<Ready> {
  if (deps.lifecycle.stopping) throw new AppError('busy_try_again', 'instance_stopping');
  try {
    await healthRepository(deps.db).ping();
  } catch {
    throw new AppError('busy_try_again', 'database_not_answering');
  }
  const pending = await pendingMigrations(deps.db).catch(() => null);
  if (!pending) throw new AppError('busy_try_again', 'no_migration_applied');
  if (pending.length > 0)
    throw new AppError('busy_try_again', 'migrations_pending', { params: { names: pending.join(', ') } });
  return { status: 'ready', database: 'ok', migrations: 'done', time: deps.now().toISOString() };
}
