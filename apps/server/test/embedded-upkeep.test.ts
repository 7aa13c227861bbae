import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { upkeepEmbeddedDatabase } from '../src/db/upkeep.ts';
import { createTestContext, newMember, newMutual, type TestContext } from './harness.ts';

// PGlite has no autovacuum: the nightly job (db/upkeep.ts) vacuums and analyses the embedded database.

describe('upkeep of the embedded database', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  const statsOf = async (table: string) =>
    (
      await sql<{ pages: number; tuples: number }>`
        select relpages as pages, reltuples as tuples from pg_class where relname = ${table}`.execute(ctx.deps.db)
    ).rows[0];

  it('given rows written and deleted, when the upkeep runs on the embedded database, then the planner has statistics and the dead rows are gone; on PostgreSQL it leaves the work to autovacuum', async () => {
    const mutual = await newMutual(ctx);
    const kept = await newMember(ctx, mutual.id);
    const gone = await newMember(ctx, mutual.id);
    await ctx.deps.db.deleteFrom('member').where('id', '=', gone.id).execute();
    const before = await statsOf('member');
    await upkeepEmbeddedDatabase(ctx.handle);
    const after = await statsOf('member');
    if (ctx.handle.kind !== 'pglite') {
      assert.deepEqual(after, before, 'nothing run on PostgreSQL');
      return;
    }
    assert.equal(before.tuples, -1, 'never analysed before (no autovacuum)');
    assert.ok(after.pages >= 1);
    const live = await ctx.deps.db
      .selectFrom('member')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(after.tuples, Number(live.n), 'the deleted member is not counted: vacuumed');
    assert.ok(await ctx.deps.db.selectFrom('member').select('id').where('id', '=', kept.id).executeTakeFirst());
  });
});
