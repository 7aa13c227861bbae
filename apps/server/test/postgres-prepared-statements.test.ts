import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { preparedStatementsOnPostgres } from '../src/db/postgres-prepared-statements.ts';
import { createTestContext, type TestContext } from './harness.ts';

// On PostgreSQL, statements with values run as named statements kept per connection
// (db/postgres-prepared-statements.ts, decision 76). One connection in the pool, so that what one
// statement left on the connection is seen by the next. PostgreSQL only: skipped without DATABASE_URL
// (the embedded database's own kept statements are tested in prepared-statements.test.ts).

const onPostgres = Boolean(process.env.DATABASE_URL);

describe('statements kept per connection on PostgreSQL', {
  skip: !onPostgres && 'PostgreSQL only (DATABASE_URL)',
}, () => {
  let ctx: TestContext;
  let pool: pg.Pool;
  let db: Kysely<Record<string, Record<string, unknown>>>;
  const kept = () =>
    sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements order by name`
      .execute(db)
      .then((r) => r.rows.filter((s) => s.name.startsWith('mutualis_')));

  before(async () => {
    ctx = await createTestContext();
    pool = new pg.Pool({ connectionString: ctx.databaseUrl, max: 1 });
    db = new Kysely({ dialect: new PostgresDialect({ pool: preparedStatementsOnPostgres(pool, 3) }) });
    await sql`create table kept_thing (id int primary key, label text not null)`.execute(db);
  });
  after(async () => {
    await db.destroy();
    await ctx.close();
  });

  it('given a statement with values run twice, then it is prepared once on the connection and answers both times', async () => {
    await sql`insert into kept_thing values (${1}, ${'un'}), (${2}, ${'deux'})`.execute(db);
    const text = 'select label from kept_thing where id = $1';
    for (const [id, label] of [
      [1, 'un'],
      [2, 'deux'],
    ] as const)
      assert.deepEqual((await sql.raw(text.replace('$1', String(id))).execute(db)).rows, [{ label }]);
    for (const [id, label] of [
      [1, 'un'],
      [2, 'deux'],
    ] as const)
      assert.deepEqual((await sql`select label from kept_thing where id = ${id}`.execute(db)).rows, [{ label }]);
    const statements = await kept();
    assert.equal(statements.filter((s) => s.statement === 'select label from kept_thing where id = $1').length, 1);
    assert.ok(statements.every((s) => !s.statement.includes('select label from kept_thing where id = 1')));
  });

  it('given more statements than the connection keeps, then the least recently used are closed when it is released', async () => {
    for (let i = 0; i < 6; i++) await sql`select ${i}::int + ${i}::int as n, ${`texte ${i}`}`.execute(db);
    for (let i = 0; i < 5; i++)
      assert.deepEqual((await sql<{ n: number }>`select ${i}::int * ${sql.lit(i)} as n`.execute(db)).rows, [
        { n: i * i },
      ]);
    const statements = await kept();
    assert.ok(statements.length <= 3, `kept ${statements.length}: ${JSON.stringify(statements)}`);
  });

  it('given a table altered under a kept statement, then outside a transaction it runs again with the new columns; inside one the error goes up and the next run works', async () => {
    const read = () => sql<Record<string, unknown>>`select * from kept_thing where id = ${1}`.execute(db);
    assert.deepEqual((await read()).rows, [{ id: 1, label: 'un' }]);
    await sql`alter table kept_thing add column note text`.execute(db);
    assert.deepEqual((await read()).rows, [{ id: 1, label: 'un', note: null }]);

    await sql`alter table kept_thing add column rank int`.execute(db);
    await assert.rejects(
      db.transaction().execute(async (tx) => {
        await sql`select * from kept_thing where id = ${1}`.execute(tx);
      }),
      /cached plan must not change result type/,
    );
    assert.deepEqual((await read()).rows, [{ id: 1, label: 'un', note: null, rank: null }]);
  });

  it('given statements in a transaction, then they commit together, a failing one rolls them back, and errors keep their code', async () => {
    await db.transaction().execute(async (tx) => {
      await sql`insert into kept_thing (id, label) values (${10}, ${'dix'})`.execute(tx);
      await sql`update kept_thing set label = ${'DIX'} where id = ${10}`.execute(tx);
    });
    await assert.rejects(
      db.transaction().execute(async (tx) => {
        await sql`insert into kept_thing (id, label) values (${11}, ${'onze'})`.execute(tx);
        await sql`insert into kept_thing (id, label) values (${10}, ${'doublon'})`.execute(tx);
      }),
      (error: Error & { code?: string }) => error.code === '23505',
    );
    await assert.rejects(sql`select ${1}::int / ${0}::int`.execute(db), (error: Error & { code?: string }) => {
      return error.code === '22012';
    });
    const rows = (await sql`select id, label from kept_thing where id >= ${10} order by id`.execute(db)).rows;
    assert.deepEqual(rows, [{ id: 10, label: 'DIX' }]);
  });
});
