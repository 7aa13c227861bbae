import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from 'kysely';
import { literalPaging } from '../src/db/literal-paging.ts';
import { pageWindow } from '../src/db/page-window.ts';
import type { Database } from '../src/db/tables.ts';
import { registerRepository } from '../src/delivery/register-repository.ts';
import { createTestContext, newMutual, type TestContext } from './harness.ts';

// A page's LIMIT and OFFSET are written into the statement's text (db/literal-paging.ts, decisions 76
// and 84); whether PostgreSQL then keeps the statement's plan is tested on PostgreSQL in
// postgres-prepared-statements.test.ts.
const dialect = {
  createAdapter: () => new PostgresAdapter(),
  createDriver: () => new DummyDriver(),
  createIntrospector: (k: Kysely<unknown>) => new PostgresIntrospector(k),
  createQueryCompiler: () => new PostgresQueryCompiler(),
};
const db = new Kysely<{ thing: { id: number; other: number } }>({ dialect, plugins: [literalPaging] });
const withoutPlugin = new Kysely<{ thing: { id: number; other: number } }>({ dialect });

describe('a page window', () => {
  it('given page 3 of 50, then the statement says limit 50 offset 100 and carries no value for them', () => {
    const { limit, offset } = pageWindow(3, 50);
    const compiled = db.selectFrom('thing').select('id').where('id', '>', 7).limit(limit).offset(offset).compile();
    assert.match(compiled.sql, /limit 50 offset 100$/);
    assert.deepEqual(compiled.parameters, [7]);
  });

  it('given anything but whole numbers from 1, then it refuses rather than write it into the statement', () => {
    for (const [page, size] of [
      [0, 50],
      [1, 0],
      [1.5, 50],
      [1, Number.NaN],
      [Number.MAX_SAFE_INTEGER + 2, 50],
    ])
      assert.throws(() => pageWindow(page, size), /whole numbers/);
  });
});

describe('LIMIT and OFFSET written into the text', () => {
  it('given a query with a limit and an offset as numbers, then the text has them and the values do not', () => {
    const query = db.selectFrom('thing').select('id').where('other', '=', 3).orderBy('id').limit(50).offset(0);
    const compiled = query.compile();
    assert.match(compiled.sql, / where "other" = \$1 order by "id" limit 50 offset 0$/);
    assert.deepEqual(compiled.parameters, [3]);
    // without the plugin Kysely sends them as values
    const plain = withoutPlugin.selectFrom('thing').select('id').where('other', '=', 3).limit(50).offset(0).compile();
    assert.match(plain.sql, /limit \$2 offset \$3$/);
    assert.deepEqual(plain.parameters, [3, 50, 0]);
  });

  it('given a limit in a subquery and values after it, then the subquery has it in its text and the values keep their order', () => {
    const ids = db.selectFrom('thing').select('id').where('other', '=', 4).orderBy('id').limit(20).offset(40);
    const compiled = db.selectFrom('thing').selectAll().where('id', 'in', ids).where('other', '<', 9).compile();
    assert.match(compiled.sql, /order by "id" limit 20 offset 40\) and "other" < \$2$/);
    assert.deepEqual(compiled.parameters, [4, 9]);
  });

  it('given anything but a whole number from 0 to 2^31 − 1, then it stays a value', () => {
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 31, Number.POSITIVE_INFINITY]) {
      const compiled = db.selectFrom('thing').select('id').limit(bad).offset(bad).compile();
      assert.match(compiled.sql, /limit \$1 offset \$2$/, String(bad));
      assert.deepEqual(compiled.parameters, [bad, bad]);
    }
    const big = db
      .selectFrom('thing')
      .select('id')
      .limit(2 ** 31 - 1)
      .compile();
    assert.match(big.sql, /limit 2147483647$/);
  });

  it('given a limit that is an expression or already a literal, then it is left as written', () => {
    const expression = db.selectFrom('thing').select('id').limit(sql<number>`${5} + 1`).compile();
    assert.match(expression.sql, /limit \$1 \+ 1$/);
    assert.deepEqual(expression.parameters, [5]);
    const literal = db.selectFrom('thing').select('id').limit(sql.lit(7)).compile();
    assert.match(literal.sql, /limit 7$/);
  });
});

describe('a page in raw SQL', () => {
  it('given the register’s page of sessions (raw SQL, which the plugin does not see), then its LIMIT and OFFSET are in the text too', async () => {
    const ran: { sql: string; parameters: readonly unknown[] }[] = [];
    const logged = new Kysely<Database>({
      dialect,
      log: (event) => {
        ran.push(event.query);
      },
    });
    await registerRepository(logged).sessionIdsOfYear('00000000-0000-0000-0000-000000000001', 2026, {
      page: 3,
      pageSize: 50,
    });
    assert.equal(ran.length, 1);
    assert.match(ran[0].sql, /limit 50 offset 100\s*$/);
    assert.ok(!ran[0].parameters.includes(50) && !ran[0].parameters.includes(100), 'no value for the page');
    await assert.rejects(
      registerRepository(logged).sessionIdsOfYear('00000000-0000-0000-0000-000000000001', 2026, {
        page: 0.5,
        pageSize: 50,
      }),
      /whole numbers/,
    );
  });
});

describe('the database handle', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given a page read through the handle (embedded or PostgreSQL), then its LIMIT and OFFSET are in the text and it answers', async () => {
    for (const slug of ['paging-c', 'paging-a', 'paging-d', 'paging-b']) await newMutual(ctx, { slug, name: slug });
    const page = ctx.handle.db
      .selectFrom('mutual')
      .select('slug')
      .where('slug', 'like', 'paging-%')
      .orderBy('slug')
      .limit(2)
      .offset(1);
    const compiled = page.compile();
    assert.match(compiled.sql, /limit 2 offset 1$/);
    assert.deepEqual(compiled.parameters, ['paging-%']);
    assert.deepEqual(await page.execute(), [{ slug: 'paging-b' }, { slug: 'paging-c' }]);
  });
});
