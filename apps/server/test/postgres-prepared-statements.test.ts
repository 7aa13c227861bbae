import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { literalPaging } from '../src/db/literal-paging.ts';
import {
  GENERIC_PLAN_MARK,
  preparedStatementsOnPostgres,
  withGenericPlan,
} from '../src/db/postgres-prepared-statements.ts';
import { createTestContext, type TestContext } from './harness.ts';

// On PostgreSQL, statements with values run as named statements kept per connection
// (db/postgres-prepared-statements.ts, decision 76). One connection in the pool, so that what one
// statement left on the connection is seen by the next. PostgreSQL only: skipped without DATABASE_URL
// (the embedded database's own kept statements are tested in prepared-statements.test.ts).

const onPostgres = Boolean(process.env.DATABASE_URL);

type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

/** The connection's plan_cache_mode, read by a statement marked to run with its generic plan or not. */
const modeOf = async (k: AnyDb, marked: boolean) =>
  (
    await sql<{ mode: string }>`select current_setting('plan_cache_mode') as mode, ${1}::int as one ${
      marked ? sql.raw(GENERIC_PLAN_MARK) : sql``
    }`.execute(k)
  ).rows[0].mode;

/** A table of 20,000 rows in 10 groups, with an index for a group's page in `at` order. */
async function createPagedTable(k: AnyDb, name: string) {
  await sql`create table ${sql.table(name)} (id int primary key, grp int not null, at int not null)`.execute(k);
  await sql`insert into ${sql.table(name)} select i, i % 10, (i * 7919) % 20000 from generate_series(1, 20000) i`.execute(
    k,
  );
  await sql`create index ${sql.id(`${name}_grp_at`)} on ${sql.table(name)} (grp, at)`.execute(k);
  await sql`analyze ${sql.table(name)}`.execute(k);
}

/** The first five rows of group 4 of such a table. */
const firstOfGroup = (k: AnyDb, table: string) =>
  k.selectFrom(table).select(['id']).where('grp', '=', 4).orderBy('at').limit(5);

describe('statements kept per connection on PostgreSQL', {
  skip: !onPostgres && 'PostgreSQL only (DATABASE_URL)',
}, () => {
  let ctx: TestContext;
  let pool: pg.Pool;
  let db: AnyDb;
  // (this select is kept too: it is left out of what it answers)
  const kept = () =>
    sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements order by name`
      .execute(db)
      .then((r) =>
        r.rows.filter((s) => s.name.startsWith('mutualis_') && !s.statement.includes('pg_prepared_statements')),
      );

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
  });

  it('given a single select without values, then it is kept too; other statements without values are not', async () => {
    for (let run = 0; run < 2; run++)
      assert.deepEqual((await sql.raw('select label from kept_thing where id = 2').execute(db)).rows, [
        { label: 'deux' },
      ]);
    await sql.raw('select 1; select 2').execute(db);
    await sql.raw('set local statement_timeout = 0').execute(db);
    const statements = (await kept()).map((s) => s.statement);
    assert.equal(statements.filter((s) => s === 'select label from kept_thing where id = 2').length, 1);
    assert.ok(statements.every((s) => !s.includes('select 2') && !s.includes('statement_timeout')));
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

  // How PostgreSQL ran each kept statement of the connection: with its generic plan or one made for its values.
  const plansOf = async (fragment: string) => {
    const rows = (
      await sql<{ statement: string; generic_plans: string; custom_plans: string }>`
        select statement, generic_plans, custom_plans from pg_prepared_statements`.execute(db)
    ).rows.filter((r) => r.statement.includes(fragment));
    assert.equal(rows.length, 1, `one kept statement with "${fragment}": ${JSON.stringify(rows)}`);
    return { generic: Number(rows[0].generic_plans), custom: Number(rows[0].custom_plans) };
  };

  it('given a page of a table read eight times, then with its LIMIT and OFFSET in the text PostgreSQL keeps its generic plan, and as values it plans it again at every run', async () => {
    await createPagedTable(db, 'paged_thing');
    const page = (k: AnyDb) =>
      k.selectFrom('paged_thing').select(['id', 'at']).where('grp', '=', 3).orderBy('at').limit(50).offset(0).execute();
    const literal = db.withPlugin(literalPaging);
    for (let run = 0; run < 8; run++) {
      const [asText, asValues] = [await page(literal), await page(db)];
      assert.equal(asText.length, 50);
      assert.deepEqual(asText, asValues);
    }
    const asText = await plansOf('limit 50 offset 0');
    assert.equal(asText.custom, 5, 'PostgreSQL tries five plans for the values first');
    assert.equal(asText.generic, 3, 'then keeps the generic plan');
    assert.deepEqual(await plansOf('limit $2 offset $3'), { generic: 0, custom: 8 });
  });

  it('given a marked statement, then it runs with its generic plan from the first run, and the unmarked statements and transactions after it in auto mode', async () => {
    assert.equal(await modeOf(db, true), 'force_generic_plan');
    assert.equal(await modeOf(db, false), 'auto');
    assert.equal(await modeOf(db, true), 'force_generic_plan');
    // a transaction begins in auto mode and switches nothing, so that a rollback cannot undo a switch
    await assert.rejects(
      db.transaction().execute(async (tx) => {
        assert.equal(await modeOf(tx, false), 'auto');
        assert.equal(await modeOf(tx, true), 'auto');
        throw new Error('rolled back');
      }),
      /rolled back/,
    );
    assert.equal(await modeOf(db, false), 'auto');
    assert.equal(await modeOf(db, true), 'force_generic_plan');
    await db.transaction().execute(async (tx) => {
      assert.equal(await modeOf(tx, false), 'auto');
    });
    assert.equal(await modeOf(db, true), 'force_generic_plan');

    // a marked Kysely query: its generic plan from the first run, and the same rows
    const marked = () => withGenericPlan(firstOfGroup(db, 'paged_thing')).execute();
    const unmarked = await firstOfGroup(db, 'paged_thing').execute();
    for (let run = 0; run < 3; run++) assert.deepEqual(await marked(), unmarked);
    assert.deepEqual(await plansOf(`limit $2 ${GENERIC_PLAN_MARK}`), { generic: 3, custom: 0 });
  });
});

describe('marked statements on the pool of connections opened with generic plans (decision 85)', {
  skip: !onPostgres && 'PostgreSQL only (DATABASE_URL)',
}, () => {
  let ctx: TestContext;
  let auto: pg.Pool;
  let generic: pg.Pool;
  let db: AnyDb;
  /** Every plan_cache_mode statement the wrapper sent, whichever pool. */
  const switches: string[] = [];

  before(async () => {
    ctx = await createTestContext();
    auto = new pg.Pool({ connectionString: ctx.databaseUrl, max: 1 });
    generic = new pg.Pool({
      connectionString: ctx.databaseUrl,
      max: 1,
      options: '-c plan_cache_mode=force_generic_plan',
    });
    for (const p of [auto, generic])
      p.on('connect', (client) => {
        const query = client.query.bind(client) as (...args: unknown[]) => unknown;
        (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
          if (typeof args[0] === 'string' && args[0].includes('plan_cache_mode')) switches.push(args[0]);
          return query(...args);
        };
      });
    db = new Kysely({ dialect: new PostgresDialect({ pool: preparedStatementsOnPostgres({ auto, generic }) }) });
    await createPagedTable(db, 'two_pool_thing');
  });
  after(async () => {
    await db.destroy();
    await ctx.close();
  });

  const modeOfPool = async (p: pg.Pool) =>
    (await p.query<{ mode: string }>("select current_setting('plan_cache_mode') as mode")).rows[0].mode;

  it('given marked and unmarked statements in turn, then each runs in its mode and no statement is spent switching', async () => {
    switches.length = 0;
    for (let run = 0; run < 3; run++) {
      assert.equal(await modeOf(db, true), 'force_generic_plan');
      assert.equal(await modeOf(db, false), 'auto');
    }
    const [a, b] = await Promise.all([modeOf(db, true), modeOf(db, false)]);
    assert.deepEqual([a, b], ['force_generic_plan', 'auto']);
    assert.deepEqual(switches, []);

    // a marked Kysely query gets its generic plan from the first run, on the connection it ran on
    const marked = () => withGenericPlan(firstOfGroup(db, 'two_pool_thing')).execute();
    const unmarked = await firstOfGroup(db, 'two_pool_thing').execute();
    for (let run = 0; run < 3; run++) assert.deepEqual(await marked(), unmarked);
    const { rows } = await sql<{ statement: string; generic_plans: string; custom_plans: string }>`
      select statement, generic_plans, custom_plans from pg_prepared_statements ${sql.raw(GENERIC_PLAN_MARK)}`.execute(
      db,
    );
    const plans = rows.filter((r) => r.statement.includes('two_pool_thing') && r.statement.endsWith(GENERIC_PLAN_MARK));
    assert.deepEqual(
      plans.map((r) => [Number(r.generic_plans), Number(r.custom_plans)]),
      [[3, 0]],
    );
    assert.deepEqual(switches, []);
  });

  it('given a transaction, then it runs in auto mode, marked statements too, and switches nothing', async () => {
    switches.length = 0;
    await assert.rejects(
      db.transaction().execute(async (tx) => {
        assert.equal(await modeOf(tx, false), 'auto');
        assert.equal(await modeOf(tx, true), 'auto');
        throw new Error('rolled back');
      }),
      /rolled back/,
    );
    await db.transaction().execute(async (tx) => {
      assert.equal(await modeOf(tx, true), 'auto');
    });
    assert.deepEqual(switches, []);
    assert.equal(await modeOf(db, true), 'force_generic_plan');
  });

  it('given one connection kept for several statements, then a statement in the other mode switches it, and it goes back to its pool in that pool’s mode', async () => {
    switches.length = 0;
    await db.connection().execute(async (c) => {
      assert.equal(await modeOf(c, false), 'auto');
      assert.equal(await modeOf(c, true), 'force_generic_plan');
    });
    assert.equal(switches.length, 2, 'one switch, and one back when released');
    assert.equal(await modeOfPool(auto), 'auto', 'the auto pool’s connection (what the job queue uses)');
    switches.length = 0;
    await db.connection().execute(async (c) => {
      assert.equal(await modeOf(c, true), 'force_generic_plan');
      assert.equal(await modeOf(c, false), 'auto');
      // a transaction on it begins in auto mode
      await c.transaction().execute(async (tx) => {
        assert.equal(await modeOf(tx, true), 'auto');
      });
      assert.equal(await modeOf(c, true), 'force_generic_plan');
    });
    assert.equal(await modeOfPool(generic), 'force_generic_plan', 'the generic pool’s connection');
    assert.equal(await modeOf(db, false), 'auto');
  });
});
