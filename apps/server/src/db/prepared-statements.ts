// Statements with values parsed once and kept, on the embedded database (db/pglite-worker.ts).
//
// PGlite's query() sends each statement as an unnamed one: PostgreSQL parses, analyses and plans it
// every time, and PGlite makes six separate calls into PostgreSQL (parse, describe, bind, describe,
// execute, sync). Here a statement is parsed once under a name and each run is one call (bind,
// describe, execute, sync). PostgreSQL then plans it as it does for any prepared statement
// (plan_cache_mode auto): a plan for the values of each of the first five runs, then the generic
// plan if it is not estimated dearer. Measured on the demo's lists: a members page 1.09 → 0.80 ms of
// the database's thread, an employees page with its access-log row 2.1 → 1.8 ms.
//
// What PostgreSQL's own drivers do (pg's named statements); decision 73 keeps them off PostgreSQL
// itself because of transaction-pooling proxies and rolling upgrades, neither of which exists for
// the embedded database: one process holds it, and migrations run before it serves.
import { type PGlite, parse, protocol, type Results } from '@electric-sql/pglite';
import { RESULT_TYPE_CHANGED } from './postgres-prepared-statements.ts';

const { serialize } = protocol;

/** How many statements are kept; past it the least recently used one is closed. */
export const KEPT_STATEMENTS = 200;

interface KeptStatement {
  name: string;
  paramTypes: number[];
}

/** The protocol messages in one buffer (each copied: the serializer reuses its own buffer). */
function messages(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * query(text, values) with the same answers and errors as PGlite's `client.query`, a statement with
 * values kept by its text (at most `limit`, the least recently used closed). Runs under PGlite's own
 * lock, like query().
 */
export function preparedStatements(client: PGlite, limit = KEPT_STATEMENTS) {
  const kept = new Map<string, KeptStatement>(); // oldest use first
  let counter = 0;
  // biome-ignore lint/suspicious/noExplicitAny: PGlite's parsers and serializers by type OID are public fields without a type.
  const typed = client as any as {
    parsers: Record<number, (v: string, typeId?: number) => unknown>;
    serializers: Record<number, (v: unknown) => string>;
  };

  async function prepare(text: string): Promise<KeptStatement> {
    const name = `mutualis_${++counter}`;
    const described = await client.execProtocol(
      messages(serialize.parse({ name, text, types: [] }), serialize.describe({ type: 'S', name }), serialize.sync()),
    );
    const statement = { name, paramTypes: parse.parseDescribeStatementResults(described.messages) };
    kept.set(text, statement);
    if (kept.size > limit) await forget(kept.keys().next().value as string);
    return statement;
  }

  async function run(statement: KeptStatement, values: unknown[]): Promise<Results> {
    const serialized = values.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serializer = typed.serializers[statement.paramTypes[i]];
      return serializer ? serializer(value) : String(value);
    });
    const answer = await client.execProtocol(
      messages(
        serialize.bind({ statement: statement.name, values: serialized }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ),
    );
    return parse.parseResults(answer.messages, typed.parsers)[0];
  }

  async function forget(text: string) {
    const statement = kept.get(text);
    if (!statement) return;
    kept.delete(text);
    await client.execProtocol(messages(serialize.close({ type: 'S', name: statement.name }), serialize.sync()));
  }

  return {
    /** A statement without values (BEGIN, COMMIT, a script's line) goes through query() unkept. */
    query(text: string, values: unknown[] = []): Promise<Results> {
      if (values.length === 0) return client.query(text);
      return client.runExclusive(async () => {
        let statement = kept.get(text);
        if (statement) {
          kept.delete(text);
          kept.set(text, statement);
        } else statement = await prepare(text);
        try {
          return await run(statement, values);
        } catch (error) {
          // a table changed since the statement was kept: PostgreSQL refuses the old statement; once more, new
          if (!RESULT_TYPE_CHANGED.test((error as Error).message)) throw error;
          await forget(text);
          return run(await prepare(text), values);
        }
      });
    },
    /** How many statements are kept now (tests). */
    get size() {
      return kept.size;
    },
  };
}
