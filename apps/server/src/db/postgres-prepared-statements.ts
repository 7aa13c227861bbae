// Statements with values as prepared (named) statements on PostgreSQL, kept per connection
// (decision 76; the embedded database has its own, db/prepared-statements.ts).
//
// Sent unnamed, as pg does by default, every run of a statement is parsed, analysed and planned
// again. For the list pages, the planning cost as much as running the query: 0.4–0.7 ms of
// PostgreSQL's CPU per page out of 1.6–3.2 (docs/performance.md, "API", 2026-12-06 20:45). Named,
// a statement is parsed once per connection; PostgreSQL plans it for its values for the first five
// runs, then keeps its generic plan if that is not estimated dearer (plan_cache_mode auto).
//
// What decision 73 held against them, and what answers it now:
// - a transaction-pooling proxy: PgBouncer keeps protocol-level prepared statements since 1.21
//   (`max_prepared_statements`); for an older one, DATABASE_PREPARED_STATEMENTS=false turns this off;
// - "cached plan must not change result type" after a migration changed a table a kept statement
//   reads (an old instance during a rolling upgrade): the statement is closed and, outside a
//   transaction, run again at once; inside one the error goes up like any other and the statement
//   is prepared again next time;
// - memory: each connection keeps at most `limit` statements; the least recently used is closed
//   (DEALLOCATE) when the connection goes back to the pool, never in the middle of a transaction.
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/** Statements kept per connection; past it the least recently used is closed. */
export const KEPT_STATEMENTS_PER_CONNECTION = 100;

/**
 * PostgreSQL's answer when a kept statement's columns changed under it (a table altered since); the
 * embedded database's kept statements (db/prepared-statements.ts) meet it too.
 */
export const RESULT_TYPE_CHANGED = /cached plan must not change result type/;
const BEGINS = /^\s*(begin|start\s+transaction)\b/i;
const ENDS = /^\s*(commit|rollback|end|abort)\b(?!\s+to)/i;

/** The pg internals this relies on: which names the connection has parsed (pg skips their Parse). */
interface ParsedStatements {
  connection: { parsedStatements: Record<string, string> };
}

interface Kept {
  /** statement text → name, least recently used first */
  names: Map<string, string>;
  /** names to close when the connection is released */
  closing: string[];
  counter: number;
  inTransaction: boolean;
}

/**
 * The pool as Kysely sees it, with every statement that has values run as a named statement kept on
 * its connection. Statements without values (scripts, `begin`) and cursors are left as they are.
 */
export function preparedStatementsOnPostgres(pool: pg.Pool, limit = KEPT_STATEMENTS_PER_CONNECTION): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();

  const forget = (client: pg.PoolClient, kept: Kept, text: string, name: string) => {
    kept.names.delete(text);
    delete (client as unknown as ParsedStatements).connection.parsedStatements[name];
    kept.closing.push(name);
  };

  const nameFor = (client: pg.PoolClient, kept: Kept, text: string) => {
    let name = kept.names.get(text);
    if (name !== undefined) {
      kept.names.delete(text); // most recently used last
    } else {
      name = `mutualis_${++kept.counter}`;
      if (kept.names.size >= limit) {
        const [oldestText, oldestName] = kept.names.entries().next().value as [string, string];
        forget(client, kept, oldestText, oldestName);
      }
    }
    kept.names.set(text, name);
    return name;
  };

  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    const known = wrapped.get(client);
    if (known) return known;
    const state: Kept = { names: new Map(), closing: [], counter: 0, inTransaction: false };
    const run = async (text: string, values: unknown[]): Promise<pg.QueryResult> => {
      const name = nameFor(client, state, text);
      try {
        return await client.query({ name, text, values });
      } catch (error) {
        if (!RESULT_TYPE_CHANGED.test((error as Error).message)) throw error;
        forget(client, state, text, name);
        if (state.inTransaction) throw error; // the transaction is aborted: the caller sees it
        await closeStatements(client, state);
        return client.query({ name: nameFor(client, state, text), text, values });
      }
    };
    const query = (text: unknown, values?: unknown[]) => {
      if (typeof text !== 'string') return client.query(text as pg.Submittable);
      if (!values || values.length === 0) {
        if (BEGINS.test(text)) state.inTransaction = true;
        else if (ENDS.test(text)) state.inTransaction = false;
        return client.query(text, values);
      }
      return run(text, values);
    };
    const connection: PostgresPoolClient = {
      query: query as unknown as PostgresPoolClient['query'],
      release: () => {
        state.inTransaction = false;
        if (state.closing.length === 0) return client.release();
        // closed before another request can take the connection; a failure drops the connection
        closeStatements(client, state).then(
          () => client.release(),
          (error: Error) => client.release(error),
        );
      },
    };
    wrapped.set(client, connection);
    return connection;
  };

  return { connect: async () => wrap(await pool.connect()), end: () => pool.end() };
}

async function closeStatements(client: pg.PoolClient, kept: Kept) {
  const names = kept.closing.splice(0);
  if (names.length > 0) await client.query(names.map((n) => `deallocate ${n};`).join(' '));
}
