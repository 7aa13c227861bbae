// Many rows in one statement, whatever their number: one array parameter per column, expanded by
// unnest(), instead of one parameter per value in a VALUES list. The statement stays a few hundred
// bytes with as many parameters as columns (no 65,535-parameter ceiling), and neither Kysely nor
// PostgreSQL builds and parses a tree of tens of thousands of values (docs/performance.md, money).
import { type Insertable, sql } from 'kysely';
import type { Db } from './client.ts';
import type { Database } from './tables.ts';

/** PostgreSQL scalar types of the columns (unnest() flattens array values: scalar columns only). */
type ScalarType = 'uuid' | 'text' | 'bigint' | 'integer' | 'boolean' | 'date';

/** Inserts the rows into `table`; `columns` names every column written and its type (the others take their default). */
export async function insertByColumns<T extends keyof Database & string>(
  db: Db,
  table: T,
  columns: Partial<Record<keyof Insertable<Database[T]> & string, ScalarType>>,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns) as (keyof Insertable<Database[T]> & string)[];
  const arrays = names.map(
    (name) =>
      sql`${sql.val(rows.map((r) => (r as Record<string, unknown>)[name] ?? null))}::${sql.raw(columns[name] as ScalarType)}[]`,
  );
  await sql`insert into ${sql.table(table)} (${sql.join(names.map((n) => sql.ref(n)))}) select * from unnest(${sql.join(arrays)})`.execute(
    db,
  );
}
