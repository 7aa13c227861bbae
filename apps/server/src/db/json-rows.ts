// Rows read as one JSON text that the database builds (json_agg), instead of value by value.
//
// On the embedded database (PGlite) every value of every row is decoded in JavaScript on the
// database's thread, with a copy and a text decoder per value: for a page of 40 members that cost
// 2.9 ms of that thread against 1.1 ms for the same rows as one JSON text (0.5 ms of it PostgreSQL
// itself), and the database's thread is what limits how many list requests a second the embedded
// database serves (docs/performance.md, "Fair service"). PostgreSQL's pg driver gains less but
// nothing is lost: JSON.parse of one text is cheaper than its parse of each value.
import { type CompiledQuery, type OperationNodeSource, sql } from 'kysely';
import type { Db } from './client.ts';
import { parseTimestamptz } from './values.ts';

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
export type RowsQuery<R> = OperationNodeSource & { compile(...args: never[]): CompiledQuery<R> };

/**
 * The rows of `query`, in its order, read as one JSON text (an aggregate over the ordered query:
 * PostgreSQL feeds a plain aggregate its input in order). Name every timestamptz column the query
 * selects; the test beside it compares both ways of reading on every type a list selects.
 */
export async function readRowsAsJson<R>(
  db: Db,
  query: RowsQuery<R>,
  timestamptzColumns: readonly (keyof R & string)[],
): Promise<R[]> {
  const result = await sql<{
    rows: string;
  }>`select coalesce(json_agg(q), '[]')::text as rows from (${query}) as q`.execute(db);
  return rowsFromJson<R>(result.rows[0].rows, timestamptzColumns);
}
