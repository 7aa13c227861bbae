import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { DatabaseHandle } from './client.ts';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Applies every not-yet-applied migrations/*.sql file, in name order, each in its own transaction. */
export async function migrate(handle: DatabaseHandle, log: (line: string) => void = () => {}): Promise<string[]> {
  await handle.execScript(
    'create table if not exists schema_migration (name text primary key, applied_at timestamptz not null default now());',
  );
  const done = new Set(
    (await sql<{ name: string }>`select name from schema_migration`.execute(handle.db)).rows.map((r) => r.name),
  );
  const files = fs
    .readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file)) continue;
    if (!/^[0-9a-z_.-]+$/.test(file)) throw new Error(`bad migration file name: ${file}`);
    const text = fs.readFileSync(path.join(migrationsDir, file), 'utf8');
    try {
      await handle.execScript(`begin;\n${text}\n;insert into schema_migration (name) values ('${file}');\ncommit;`);
    } catch (error) {
      await handle.execScript('rollback;').catch(() => {});
      throw new Error(`migration ${file} failed: ${(error as Error).message}`);
    }
    log(`migrated ${file}`);
    applied.push(file);
  }
  return applied;
}
