import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { aggregateDemand } from '@mutualis/domain/demand/index';
import fc from 'fast-check';
import { sql } from 'kysely';
import { forAggregation } from '../src/demand/repository.ts';
import { createTestContext, newMember, newMutual, type TestContext } from './harness.ts';
import { newTopic } from './needs-fixtures.ts';

// The kept demand aggregate (migration 0042_demand_cells.sql) against a recount from the need
// table by the domain reference, after any sequence of inserts, updates and deletes.

type NeedRow = {
  id: string;
  mutual_id: string;
  member_id: string;
  topic_id: string;
  seats: number;
  region_code: string;
  languages: string[];
  modes: string[];
  periods: string[];
  status: string;
};

const STATUSES = ['open', 'open', 'open', 'planned', 'withdrawn', 'proposed'] as const;
const REGIONS = ['06', '14', '16'];
const PERIODS = ['2027-01', '2027-02', '2027-03'];

describe('kept demand cells', () => {
  let ctx: TestContext;
  let mutuals: Array<{ id: string; members: string[]; topics: string[] }>;
  before(async () => {
    ctx = await createTestContext();
    mutuals = [];
    for (let i = 0; i < 2; i++) {
      const m = await newMutual(ctx);
      const members = [];
      for (let j = 0; j < 3; j++) members.push((await newMember(ctx, m.id)).id);
      mutuals.push({ id: m.id, members, topics: [(await newTopic(ctx, m.id)).id, (await newTopic(ctx, m.id)).id] });
    }
  });
  after(() => ctx.close());

  const attrs = fc.record({
    mutual: fc.nat(1),
    member: fc.nat(2),
    topic: fc.nat(1),
    seats: fc.integer({ min: 1, max: 9 }),
    region: fc.constantFrom(...REGIONS),
    languages: fc.array(fc.constantFrom('fr', 'en'), { minLength: 1, maxLength: 3 }),
    modes: fc.array(fc.constantFrom('in_person', 'virtual'), { minLength: 1, maxLength: 2 }),
    periods: fc.array(fc.constantFrom(...PERIODS), { minLength: 1, maxLength: 4 }),
    status: fc.constantFrom(...STATUSES),
  });
  type Attrs = typeof attrs extends fc.Arbitrary<infer T> ? T : never;
  const rowOf = (a: Attrs) => {
    const m = mutuals[a.mutual];
    return {
      mutual_id: m.id,
      member_id: m.members[a.member],
      topic_id: m.topics[a.topic],
      seats: a.seats,
      region_code: a.region,
      languages: a.languages,
      modes: a.modes,
      periods: a.periods,
      status: a.status,
    };
  };
  const operation = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), rows: fc.array(attrs, { minLength: 1, maxLength: 5 }) }),
    fc.record({
      kind: fc.constant('update' as const),
      pick: fc.nat(),
      to: attrs,
      fields: fc.subarray(['seats', 'status', 'periods', 'languages', 'modes', 'region', 'member', 'topic'] as const, {
        minLength: 1,
      }),
    }),
    fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant('withdraw_all_of_member' as const), mutual: fc.nat(1), member: fc.nat(2) }),
  );

  async function apply(
    op: fc.Arbitrary<unknown> extends never ? never : typeof operation extends fc.Arbitrary<infer T> ? T : never,
  ) {
    const db = ctx.deps.db;
    const ids = (await db.selectFrom('need').select('id').orderBy('id').execute()).map((r) => r.id);
    if (op.kind === 'insert') {
      await db.insertInto('need').values(op.rows.map(rowOf)).execute();
    } else if (op.kind === 'update' && ids.length) {
      const id = ids[op.pick % ids.length];
      const current = await db.selectFrom('need').select(['mutual_id']).where('id', '=', id).executeTakeFirstOrThrow();
      const m = mutuals.find((x) => x.id === current.mutual_id)!;
      const set: Record<string, unknown> = {};
      for (const f of op.fields) {
        if (f === 'region') set.region_code = op.to.region;
        else if (f === 'member') set.member_id = m.members[op.to.member];
        else if (f === 'topic') set.topic_id = m.topics[op.to.topic];
        else set[f] = op.to[f];
      }
      await db.updateTable('need').set(set).where('id', '=', id).execute();
    } else if (op.kind === 'delete' && ids.length) {
      await db
        .deleteFrom('need')
        .where('id', '=', ids[op.pick % ids.length])
        .execute();
    } else if (op.kind === 'withdraw_all_of_member') {
      await db
        .updateTable('need')
        .set({ status: 'withdrawn' })
        .where('member_id', '=', mutuals[op.mutual].members[op.member])
        .where('status', '=', 'open')
        .execute();
    }
  }

  /** The kept rows and a recount of the open needs, both as sorted lines, per mutual. */
  async function keptAndRecounted() {
    const db = ctx.deps.db;
    const needs = (await db
      .selectFrom('need')
      .selectAll()
      .where('status', '=', 'open')
      .execute()) as unknown as NeedRow[];
    const cells = await sql<Record<string, string | number>>`select * from demand_cell order by 1, 2, 3, 4, 5`.execute(
      db,
    );
    const pools = await sql<Record<string, string | number>>`select * from demand_pool order by 1, 2, 3, 4`.execute(db);
    const out = [];
    for (const m of mutuals) {
      const { cells: refCells, pools: refPools } = aggregateDemand(
        needs
          .filter((n) => n.mutual_id === m.id)
          .map((n) => ({
            id: n.id,
            memberId: n.member_id,
            topicId: n.topic_id,
            seats: n.seats,
            regionCode: n.region_code,
            languages: n.languages,
            modes: n.modes,
            periods: n.periods,
          })),
      );
      const cellLine = (c: {
        topicId: string;
        regionCode: string;
        period: string;
        language: string;
        needs: number;
        seats: number;
        members: number;
        inPersonSeats: number;
        inPersonMembers: number;
        virtualSeats: number;
        virtualMembers: number;
      }) =>
        [
          c.topicId,
          c.regionCode,
          c.period,
          c.language,
          c.needs,
          c.seats,
          c.members,
          c.inPersonSeats,
          c.inPersonMembers,
          c.virtualSeats,
          c.virtualMembers,
        ].join('|');
      const poolLine = (p: { topicId: string; period: string; language: string; seats: number; members: number }) =>
        [p.topicId, p.period, p.language, p.seats, p.members].join('|');
      out.push({
        kept: {
          cells: cells.rows
            .filter((r) => r.mutual_id === m.id)
            .map((r) =>
              cellLine({
                topicId: String(r.topic_id),
                regionCode: String(r.region_code),
                period: String(r.period),
                language: String(r.language),
                needs: Number(r.needs),
                seats: Number(r.seats),
                members: Number(r.members),
                inPersonSeats: Number(r.in_person_seats),
                inPersonMembers: Number(r.in_person_members),
                virtualSeats: Number(r.virtual_seats),
                virtualMembers: Number(r.virtual_members),
              }),
            )
            .sort(),
          pools: pools.rows
            .filter((r) => r.mutual_id === m.id)
            .map((r) =>
              poolLine({
                topicId: String(r.topic_id),
                period: String(r.period),
                language: String(r.language),
                seats: Number(r.seats),
                members: Number(r.members),
              }),
            )
            .sort(),
        },
        recounted: { cells: refCells.map(cellLine).sort(), pools: refPools.map(poolLine).sort() },
      });
    }
    return out;
  }

  it('given any sequence of need inserts, updates and deletes, then the kept cells and pools equal a recount of the open needs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (ops) => {
        await ctx.deps.db.deleteFrom('need').execute();
        for (const op of ops) await apply(op);
        for (const { kept, recounted } of await keptAndRecounted()) assert.deepEqual(kept, recounted);
      }),
      { numRuns: 40, seed: 20261126 },
    );
  });

  it('given no open needs left, then no kept row is left either', async () => {
    await ctx.deps.db.deleteFrom('need').execute();
    await ctx.deps.db
      .insertInto('need')
      .values([
        rowOf({
          mutual: 0,
          member: 0,
          topic: 0,
          seats: 2,
          region: '06',
          languages: ['fr'],
          modes: ['virtual'],
          periods: ['2027-01'],
          status: 'open',
        }),
      ])
      .execute();
    await ctx.deps.db.updateTable('need').set({ status: 'planned' }).execute();
    for (const table of ['demand_cell', 'demand_cell_member', 'demand_pool', 'demand_pool_member']) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
        ctx.deps.db,
      );
      assert.equal(rows[0].n, 0, table);
    }
  });

  it('given a wipe that truncates need with the kept tables in the same statement, then both are empty', async () => {
    const db = ctx.deps.db;
    await db
      .insertInto('need')
      .values([
        rowOf({
          mutual: 1,
          member: 1,
          topic: 1,
          seats: 4,
          region: '14',
          languages: ['en'],
          modes: ['in_person', 'virtual'],
          periods: ['2027-03'],
          status: 'open',
        }),
      ])
      .execute();
    await sql`truncate table need, demand_cell, demand_pool cascade`.execute(db);
    for (const table of ['demand_cell', 'demand_cell_member', 'demand_pool', 'demand_pool_member']) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
      assert.equal(rows[0].n, 0, table);
    }
  });

  it('given many firms writing needs in the same cells at once, then every firm and seat is counted once', async () => {
    const db = ctx.deps.db;
    await db.deleteFrom('need').execute();
    const m = mutuals[0];
    const base = {
      mutual: 0,
      topic: 0,
      region: '06',
      languages: ['fr'],
      modes: ['in_person', 'virtual'],
      periods: ['2027-01', '2027-02'],
      status: 'open',
    } as const;
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        db
          .insertInto('need')
          .values(
            rowOf({
              ...base,
              member: i % 3,
              seats: 1 + (i % 4),
              languages: [...base.languages],
              modes: [...base.modes],
              periods: [...base.periods],
            }),
          )
          .execute(),
      ),
    );
    const ids = (await db.selectFrom('need').select('id').execute()).map((r) => r.id);
    await Promise.all(
      ids
        .slice(0, 10)
        .map((id, i) =>
          i % 2
            ? db.deleteFrom('need').where('id', '=', id).execute()
            : db.updateTable('need').set({ seats: 7 }).where('id', '=', id).execute(),
        ),
    );
    for (const { kept, recounted } of await keptAndRecounted()) assert.deepEqual(kept, recounted);
    const cell = await sql<{
      members: number;
    }>`select members from demand_cell where mutual_id = ${m.id} and period = '2027-01'`.execute(db);
    assert.deepEqual(cell.rows, [{ members: 3 }]);
  });

  it('given an aggregation, then it runs without JIT and with 64 MB of work memory, and neither setting outlives its transaction', async () => {
    const db = ctx.deps.db;
    const settingsOf = async (on: typeof db) =>
      (
        await sql<{
          jit: string;
          work_mem: string;
        }>`select current_setting('jit') as jit, current_setting('work_mem') as work_mem`.execute(on)
      ).rows[0];
    const before = await settingsOf(db);
    assert.notDeepEqual(before, { jit: 'off', work_mem: '64MB' }, 'the database’s own settings differ');
    assert.deepEqual(await forAggregation(db, (trx) => settingsOf(trx)), { jit: 'off', work_mem: '64MB' });
    assert.deepEqual(await settingsOf(db), before);
  });
});
