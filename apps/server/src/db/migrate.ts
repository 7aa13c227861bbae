import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { DatabaseHandle } from './client.ts';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The advisory lock held while migrating: two instances starting together migrate once, one after the other. */
export const MIGRATION_LOCK = 14_080_001;

/** The migration files, in the order they are applied. */
function migrationFiles() {
  return fs
    .readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
}

/** Migration files not applied yet (the readiness check: an instance is ready once this is empty). */
export async function pendingMigrations(db: DatabaseHandle['db']): Promise<string[]> {
  const done = new Set(
    (await sql<{ name: string }>`select name from schema_migration`.execute(db)).rows.map((r) => r.name),
  );
  return migrationFiles().filter((f) => !done.has(f));
}

/**
 * Applies every not-yet-applied migrations/*.sql file, in name order, each in its own transaction.
 * On PostgreSQL this runs on one connection holding a session advisory lock: a second instance
 * starting at the same moment waits, then finds everything applied. (PGlite has one process: its
 * lock file already keeps a second one out.)
 */
export async function migrate(
  handle: DatabaseHandle,
  log: (line: string) => void = () => {},
  options: {
    /** Runs after the migrations, still under the lock (seeding the demo once). */ thenUnderLock?: () => Promise<void>;
  } = {},
): Promise<string[]> {
  if (handle.kind !== 'postgres') {
    const applied = await migrateWith(handle.execScript, handle, log);
    await options.thenUnderLock?.();
    return applied;
  }
  return handle.db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${sql.lit(MIGRATION_LOCK)})`.execute(conn);
    try {
      // a script without values goes through the simple protocol: several statements at once
      const applied = await migrateWith(async (text) => void (await sql.raw(text).execute(conn)), { db: conn }, log);
      await options.thenUnderLock?.();
      return applied;
    } finally {
      await sql`select pg_advisory_unlock(${sql.lit(MIGRATION_LOCK)})`.execute(conn);
    }
  });
}

async function migrateWith(
  execScript: (text: string) => Promise<void>,
  handle: { db: DatabaseHandle['db'] },
  log: (line: string) => void,
): Promise<string[]> {
  await execScript(
    'create table if not exists schema_migration (name text primary key, applied_at timestamptz not null default now());',
  );
  const done = new Set(
    (await sql<{ name: string }>`select name from schema_migration`.execute(handle.db)).rows.map((r) => r.name),
  );
  const files = migrationFiles();
  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file)) continue;
    if (!/^[0-9a-z_.-]+$/.test(file)) throw new Error(`bad migration file name: ${file}`);
    const text = fs.readFileSync(path.join(migrationsDir, file), 'utf8');
    try {
      await execScript(`begin;\n${text}\n;insert into schema_migration (name) values ('${file}');\ncommit;`);
    } catch (error) {
      await execScript('rollback;').catch(() => {});
      throw new Error(`migration ${file} failed: ${(error as Error).message}`);
    }
    log(`migrated ${file}`);
    applied.push(file);
  }
  return applied;
}
