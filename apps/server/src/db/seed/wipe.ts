import { sql } from 'kysely';
import type { Db } from '../client.ts';

/** Deletes every record of every table (keeps the schema and the list of applied migrations). */
export async function wipeDatabase(db: Db): Promise<string[]> {
  const { rows } = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = current_schema() and tablename <> 'schema_migration' order by tablename`.execute(
    db,
  );
  const tables = rows.map((r) => r.tablename);
  if (tables.length > 0) {
    await sql`truncate table ${sql.join(tables.map((t) => sql.table(t)))} restart identity cascade`.execute(db);
  }
  return tables;
}
