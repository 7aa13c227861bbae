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
//
// Kept plans (docs/performance.md, "Kept plans"): with plan_cache_mode auto PostgreSQL keeps planning a
// statement for its values whenever the generic plan is estimated dearer than the custom ones, which
// happens when the values make a large difference to the estimates (one mutual's share of a table, a
// date range) even where the generic plan runs as fast. A statement marked with `GENERIC_PLAN_MARK`
// (`withGenericPlan`) runs with plan_cache_mode = force_generic_plan (decisions 84 and 85):
// - outside a transaction, on a connection of a second pool whose connections are opened in that mode
//   (`-c plan_cache_mode=force_generic_plan`), so that no statement is spent switching: a connection is
//   taken from one pool or the other at its first statement, by that statement's mark;
// - on a connection kept for several statements (Kysely's `connection()`), a statement in the other
//   mode switches the connection first (one short statement, only when the mode changes), and the
//   connection goes back to its pool in that pool's mode;
// - inside a transaction, no switch is made, so that a rollback can never undo one: statements run in
//   the mode the transaction began with, which is auto (a `begin` on a connection in the generic mode
//   switches it first, apart from the begin).
// Without the second pool (`generic` not given), every marked statement switches the connection it runs on.
import type { PostgresPool, PostgresPoolClient, SelectQueryBuilder } from 'kysely';
import { sql } from 'kysely';
import type pg from 'pg';

/**
 * Written at the end of a statement whose generic plan PostgreSQL should keep (see above). Only for
 * statements measured to run as fast with their generic plan for every mutual (docs/performance.md).
 */
export const GENERIC_PLAN_MARK = '/* generic plan */';

/** `query` marked to run with its generic plan, kept per connection (see GENERIC_PLAN_MARK). */
// biome-ignore lint/suspicious/noExplicitAny: any select query, whatever its tables.
export function withGenericPlan<Q extends SelectQueryBuilder<any, any, any>>(query: Q): Q {
  return query.modifyEnd(sql.raw(GENERIC_PLAN_MARK)) as Q;
}

/** Statements kept per connection; past it the least recently used is closed. */
export const KEPT_STATEMENTS_PER_CONNECTION = 100;

/**
 * PostgreSQL's answer when a kept statement's columns changed under it (a table altered since); the
 * embedded database's kept statements (db/prepared-statements.ts) meet it too.
 */
export const RESULT_TYPE_CHANGED = /cached plan must not change result type/;
const BEGINS = /^\s*(begin|start\s+transaction)\b/i;
/** One select without values (no `;`): kept too, as its plan is then made once per connection. */
const SINGLE_SELECT = /^\s*select\b[^;]*$/i;
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
  /** whether the connection is now in plan_cache_mode = force_generic_plan */
  generic: boolean;
  /** whether it was opened in that mode (a connection of the generic pool): its mode when released */
  home: boolean;
}

/** The pools of preparedStatementsOnPostgres: `generic`'s connections are opened in force_generic_plan. */
export interface PlanPools {
  auto: pg.Pool;
  generic?: pg.Pool;
}

const isMarked = (text: unknown) => typeof text === 'string' && text.endsWith(GENERIC_PLAN_MARK);

/**
 * The pool as Kysely sees it, with every statement that has values, and every single select without
 * any, run as a named statement kept on its connection. Other statements without values (scripts,
 * `begin`) and cursors are left as they are. Marked statements run with their generic plan (above).
 */
export function preparedStatementsOnPostgres(
  pools: pg.Pool | PlanPools,
  limit = KEPT_STATEMENTS_PER_CONNECTION,
): PostgresPool {
  const { auto, generic: genericPool } = 'auto' in pools ? pools : { auto: pools, generic: undefined };
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

  const switchTo = async (client: pg.PoolClient, state: Kept, generic: boolean) => {
    await client.query(generic ? 'set plan_cache_mode = force_generic_plan' : 'set plan_cache_mode = auto');
    state.generic = generic;
  };

  const wrap = (client: pg.PoolClient, home: boolean): PostgresPoolClient => {
    const known = wrapped.get(client);
    if (known) return known;
    const state: Kept = { names: new Map(), closing: [], counter: 0, inTransaction: false, generic: home, home };
    const run = async (text: string, values: unknown[]): Promise<pg.QueryResult> => {
      if (!state.inTransaction) {
        const generic = isMarked(text);
        if (generic !== state.generic) await switchTo(client, state, generic);
      }
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
    // a transaction begins in auto mode: switched apart from the begin, since a rollback of the
    // transaction would undo anything sent with it
    const begin = (text: string) => {
      state.inTransaction = true;
      return client.query(text);
    };
    const query = (text: unknown, values?: unknown[]) => {
      if (typeof text !== 'string') return client.query(text as pg.Submittable);
      if (!values || values.length === 0) {
        if (SINGLE_SELECT.test(text)) return run(text, []);
        if (BEGINS.test(text)) {
          if (state.generic) return switchTo(client, state, false).then(() => begin(text));
          return begin(text);
        }
        if (ENDS.test(text)) state.inTransaction = false;
        return client.query(text, values);
      }
      return run(text, values);
    };
    const connection: PostgresPoolClient = {
      query: query as unknown as PostgresPoolClient['query'],
      release: () => {
        state.inTransaction = false;
        const backHome = state.generic !== state.home;
        if (state.closing.length === 0 && !backHome) return client.release();
        // closed, and the connection back in its pool's mode, before another request can take it; a
        // failure drops the connection
        (async () => {
          await closeStatements(client, state);
          if (backHome) {
            await client.query('reset plan_cache_mode'); // to the mode the connection was opened in
            state.generic = state.home;
          }
        })().then(
          () => client.release(),
          (error: Error) => client.release(error),
        );
      },
    };
    wrapped.set(client, connection);
    return connection;
  };

  // With a generic pool, a connection is taken at its first statement, from the pool its mark asks for.
  const takenAtFirstStatement = (generic: pg.Pool): PostgresPoolClient => {
    let taking: Promise<PostgresPoolClient> | undefined;
    let taken: PostgresPoolClient | undefined;
    const take = (text: unknown) => {
      taking ??= (isMarked(text) ? generic : auto).connect().then((client) => {
        taken = wrap(client, isMarked(text));
        return taken;
      });
      return taking;
    };
    // biome-ignore lint/suspicious/noExplicitAny: passed on as Kysely gave them.
    const passOn = (c: PostgresPoolClient, text: unknown, values?: unknown[]) => (c.query as any)(text, values);
    return {
      query: ((text: unknown, values?: unknown[]) =>
        taken
          ? passOn(taken, text, values)
          : take(text).then((c) => passOn(c, text, values))) as unknown as PostgresPoolClient['query'],
      release: () => taken?.release(),
    };
  };

  return {
    connect: async () => (genericPool ? takenAtFirstStatement(genericPool) : wrap(await auto.connect(), false)),
    end: async () => {
      await Promise.all([auto.end(), genericPool?.end()]);
    },
  };
}

async function closeStatements(client: pg.PoolClient, kept: Kept) {
  const names = kept.closing.splice(0);
  if (names.length > 0) await client.query(names.map((n) => `deallocate ${n};`).join(' '));
}
