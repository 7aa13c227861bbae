import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { openDatabase, preparedStatements } from '../src/db/client.ts';

// PostgreSQL: statements with parameters run as named (prepared) statements, planned once per
// connection (db/client.ts); a bounded number of texts get a name. PGlite has no such pool: skipped.
const url = process.env.DATABASE_URL;

describe('prepared statements on PostgreSQL', { skip: url ? false : 'needs DATABASE_URL (PostgreSQL)' }, () => {
  let pool: pg.Pool;
  let db: Kysely<Record<string, never>>;
  before(() => {
    pool = new pg.Pool({ connectionString: url, max: 1 });
    db = new Kysely({ dialect: new PostgresDialect({ pool: preparedStatements(pool, 2) }) });
  });
  after(() => db.destroy());

  const prepared = async () =>
    (
      await sql<{
        name: string;
        statement: string;
      }>`select name, statement from pg_prepared_statements order by name`.execute(db)
    ).rows;

  it('given a statement with values run twice, then it is prepared once under one name and answers for each value', async () => {
    const one = await sql<{ n: number }>`select ${1}::int + 1 as n`.execute(db);
    const two = await sql<{ n: number }>`select ${1}::int + 1 as n`.execute(db);
    assert.deepEqual([one.rows[0].n, two.rows[0].n], [2, 2]);
    const again = await sql<{ n: number }>`select ${41}::int + 1 as n`.execute(db);
    assert.equal(again.rows[0].n, 42);
    const names = await prepared();
    assert.equal(names.filter((p) => p.statement.includes('+ 1 as n')).length, 1, JSON.stringify(names));
  });

  it('given more distinct texts than the bound, then the ones past it run unnamed, still answering', async () => {
    await sql`select ${'a'}::text as second_text`.execute(db);
    const third = await sql<{ third_text: string }>`select ${'b'}::text as third_text`.execute(db);
    assert.equal(third.rows[0].third_text, 'b');
    const names = await prepared();
    assert.equal(names.length, 2, JSON.stringify(names));
    assert.ok(!names.some((p) => p.statement.includes('third_text')));
  });

  it("given the server's own connections, then prepared statements are still planned for their values (no generic plan)", async () => {
    const handle = await openDatabase({ databaseUrl: url, poolSize: 1 });
    try {
      const mode = await sql<{ plan_cache_mode: string }>`show plan_cache_mode`.execute(handle.db);
      assert.equal(mode.rows[0].plan_cache_mode, 'force_custom_plan');
    } finally {
      await handle.close();
    }
  });

  it('given a statement without values (a script), then it is not prepared and may hold several commands', async () => {
    await sql`select 1; select 2`.execute(db);
    assert.equal((await prepared()).length, 2);
  });
});
