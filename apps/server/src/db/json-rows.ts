// Rows read as one JSON text that the database builds (json_agg), instead of value by value, on the
// embedded database.
//
// PGlite decodes every value of every row in JavaScript on the database's thread, with a copy and a
// text decoder per value: for a page of 40 members that cost 2.9 ms of that thread against 1.1 ms for
// the same rows as one JSON text (0.5 ms of it PostgreSQL itself), and the database's thread is what
// limits how many list requests a second the embedded database serves (docs/performance.md, "Fair
// service"). On PostgreSQL the opposite holds: pg decodes values cheaply, and building the JSON cost
// PostgreSQL more than it saved the server (a members page: +0.4 ms of PostgreSQL against 0.0–0.3 ms
// saved in the server), and PostgreSQL is the part several instances share. So rows are read as JSON
// only from a database opened with `jsonRowsMarker` (db/client.ts, PGlite), value by value otherwise.
import {
  type CompiledQuery,
  type KyselyPlugin,
  type OperationNodeSource,
  type QueryExecutorProvider,
  sql,
} from 'kysely';
import type { Db } from './client.ts';
import { parseTimestamptz } from './values.ts';

/** Marks a database whose rows are cheaper read as one JSON text (the embedded one); it changes no query. */
export const jsonRowsMarker: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: async (args) => args.result,
};

/** Whether `db` (or a transaction of it) reads list rows as one JSON text. */
export function readsRowsAsJson(db: Db): boolean {
  return db.getExecutor().plugins.includes(jsonRowsMarker);
}

/**
 * The rows of a JSON array text as the drivers' parsers would give them (values.ts): JSON already
 * writes bigint and numeric as numbers, dates as 'YYYY-MM-DD', booleans, arrays and JSON values as
 * they are; timestamps it writes with microseconds and an offset, so the `timestamptz` columns
 * named are turned into the same ISO strings. `timestamp` (without a zone) columns are not handled.
 */
export function rowsFromJson<R>(text: string, timestamptzColumns: readonly string[]): R[] {
  const rows = JSON.parse(text) as Record<string, unknown>[];
  if (timestamptzColumns.length > 0)
    for (const row of rows)
      for (const column of timestamptzColumns) {
        const value = row[column];
        if (typeof value === 'string') row[column] = parseTimestamptz(value);
      }
  return rows as R[];
}

/** A query whose rows are R: a Kysely select, or `sql` text. */
export type RowsQuery<R> = OperationNodeSource & { compile(executorProvider: QueryExecutorProvider): CompiledQuery<R> };

/**
 * The rows of `query`, in its order; on the embedded database read as one JSON text (an aggregate
 * over the ordered query: PostgreSQL feeds a plain aggregate its input in order). Name every
 * timestamptz column the query selects; `json-rows.test.ts` compares both ways of reading on every
 * type a list selects.
 */
export async function readRowsAsJson<R>(
  db: Db,
  query: RowsQuery<R>,
  timestamptzColumns: readonly (keyof R & string)[],
): Promise<R[]> {
  if (!readsRowsAsJson(db)) return (await db.executeQuery(query.compile(db))).rows;
  const result = await sql<{
    rows: string;
  }>`select coalesce(json_agg(q), '[]')::text as rows from (${query}) as q`.execute(db);
  return rowsFromJson<R>(result.rows[0].rows, timestamptzColumns);
}
