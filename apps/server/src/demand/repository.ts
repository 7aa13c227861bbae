import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

// The demand board's cells and virtual pools are kept by triggers on need (migration
// 0042_demand_cells.sql): one row per topic × region × period × language with seats and distinct
// members. Virtual pools gather all regions (a virtual session ignores regions). Definitions match
// packages/domain/src/demand/demand.ts (aggregateDemand), which the tests compare against.

/**
 * Runs the board's aggregation queries without PostgreSQL's JIT and with room to aggregate in
 * memory. unnest() is estimated at 10 rows per need, so the planner believes a 200,000-need
 * board is 4 million rows and JIT-compiles it: 2.8 s of a 4.7 s query in the benchmark
 * (docs/performance.md), and the aggregates spilled to disk with the default work_mem.
 */
export async function forAggregation<T>(db: Db, run: (db: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return run(db);
  return db.transaction().execute(async (trx) => {
    // both settings in one statement: one round trip fewer (set_config(…, true) is `set local`)
    await sql`select set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`.execute(trx);
    return run(trx);
  });
}

export interface DemandFilter {
  topicIds?: string[];
  regionCode?: string;
  period?: string;
  language?: string;
}

export interface CellRow {
  kind: 'cell' | 'pool';
  topic_id: string;
  region_code: string | null;
  period: string;
  language: string;
  seats: number;
  members: number;
  needs: number;
  in_person_seats: number;
  in_person_members: number;
  virtual_seats: number;
  virtual_members: number;
}

const topicFilter = (ids: string[] | undefined) => (ids ? sql`and n.topic_id = any(${sql.val(ids)}::uuid[])` : sql``);

export function demandRepository(db: Db) {
  return {
    /**
     * Cells (filtered) and virtual pools (all regions: a region filter does not narrow them) of
     * open needs, read from the kept aggregate (migration 0042_demand_cells.sql).
     */
    async cells(mutualId: string, f: DemandFilter): Promise<CellRow[]> {
      const topics = (alias: string) =>
        f.topicIds ? sql`and ${sql.ref(`${alias}.topic_id`)} = any(${sql.val(f.topicIds)}::uuid[])` : sql``;
      const period = (alias: string) => (f.period ? sql`and ${sql.ref(`${alias}.period`)} = ${f.period}` : sql``);
      const language = (alias: string) =>
        f.language ? sql`and ${sql.ref(`${alias}.language`)} = ${f.language}` : sql``;
      const result = await sql<CellRow>`
        select 'cell' as kind, c.topic_id, c.region_code, c.period, c.language, c.seats, c.members, c.needs,
               c.in_person_seats, c.in_person_members, c.virtual_seats, c.virtual_members
        from demand_cell c
        where c.mutual_id = ${mutualId} ${f.regionCode ? sql`and c.region_code = ${f.regionCode}` : sql``}
          ${topics('c')} ${period('c')} ${language('c')}
        union all
        select 'pool' as kind, p.topic_id, null as region_code, p.period, p.language, p.seats, p.members, p.needs,
               0 as in_person_seats, 0 as in_person_members, p.seats as virtual_seats, p.members as virtual_members
        from demand_pool p
        where p.mutual_id = ${mutualId} ${topics('p')} ${period('p')} ${language('p')}`.execute(db);
      return result.rows;
    },
    /** Each open need once: count, seats, distinct members. */
    async totals(mutualId: string, f: DemandFilter) {
      const result = await sql<{ needs: number; seats: number; members: number }>`
        select count(*)::int as needs, coalesce(sum(n.seats), 0)::int as seats, count(distinct n.member_id)::int as members
        from need n
        where n.mutual_id = ${mutualId} and n.status = 'open' ${topicFilter(f.topicIds)}
          ${f.regionCode ? sql`and n.region_code = ${f.regionCode}` : sql``}
          ${f.period ? sql`and ${f.period} = any(n.periods)` : sql``}
          ${f.language ? sql`and ${f.language} = any(n.languages)` : sql``}`.execute(db);
      return result.rows[0];
    },
    /** Open needs grouped by what decides whether they can be met (topic, region, languages, modes, periods). */
    async signatures(mutualId: string, f: DemandFilter) {
      const result = await sql<{
        topic_id: string;
        region_code: string;
        languages: string[];
        modes: string[];
        periods: string[];
        needs: number;
        seats: number;
      }>`
        select n.topic_id, n.region_code, n.languages, n.modes, n.periods, count(*)::int as needs, sum(n.seats)::int as seats
        from need n
        where n.mutual_id = ${mutualId} and n.status = 'open' ${topicFilter(f.topicIds)}
          ${f.regionCode ? sql`and n.region_code = ${f.regionCode}` : sql``}
          ${f.period ? sql`and ${f.period} = any(n.periods)` : sql``}
          ${f.language ? sql`and ${f.language} = any(n.languages)` : sql``}
        group by n.topic_id, n.region_code, n.languages, n.modes, n.periods`.execute(db);
      return result.rows;
    },
    /** A page of open needs (with member and topic) for the unmet list, in a stable order. */
    async openNeedsPage(
      mutualId: string,
      f: DemandFilter,
      after: { createdAt: string; id: string } | null,
      limit: number,
    ) {
      let q = db
        .selectFrom('need as n')
        .innerJoin('member as m', 'm.id', 'n.member_id')
        .innerJoin('topic as t', 't.id', 'n.topic_id')
        .select([
          'n.id',
          'n.member_id',
          'm.legal_name as member_name',
          'n.topic_id',
          't.code as topic_code',
          'n.seats',
          'n.region_code',
          'n.languages',
          'n.modes',
          'n.periods',
          'n.created_at',
        ])
        .where('n.mutual_id', '=', mutualId)
        .where('n.status', '=', 'open');
      if (f.topicIds)
        q = q.where('n.topic_id', 'in', f.topicIds.length ? f.topicIds : ['00000000-0000-0000-0000-000000000000']);
      if (f.regionCode) q = q.where('n.region_code', '=', f.regionCode);
      if (f.period) q = q.where(sql<boolean>`${f.period} = any(n.periods)`);
      if (f.language) q = q.where(sql<boolean>`${f.language} = any(n.languages)`);
      if (after) q = q.where(sql<boolean>`(n.created_at, n.id) > (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
      return q.orderBy('n.created_at').orderBy('n.id').limit(limit).execute();
    },
    /** Open seats per member on a topic (for anonymous counts). */
    async seatsByMember(mutualId: string, topicIds: string[]) {
      return db
        .selectFrom('need')
        .select(['member_id as memberId', sql<number>`sum(seats)::int`.as('seats')])
        .where('mutual_id', '=', mutualId)
        .where('status', '=', 'open')
        .where('topic_id', 'in', topicIds)
        .groupBy('member_id')
        .execute();
    },
    async minFirmsPerSession(mutualId: string) {
      const row = await db
        .selectFrom('mutual')
        .select('min_firms_per_session')
        .where('id', '=', mutualId)
        .executeTakeFirst();
      return row?.min_firms_per_session ?? 1;
    },
    /** Every open need of the mutual, lean, for building a pooling problem. */
    openNeedsForPooling(mutualId: string, topicIds?: string[]) {
      let q = db
        .selectFrom('need')
        .select(['id', 'member_id', 'topic_id', 'seats', 'region_code', 'languages', 'modes', 'periods', 'status'])
        .where('mutual_id', '=', mutualId)
        .where('status', '=', 'open');
      if (topicIds)
        q = q.where('topic_id', 'in', topicIds.length ? topicIds : ['00000000-0000-0000-0000-000000000000']);
      return q.execute();
    },
    memberSizes(mutualId: string) {
      return db.selectFrom('member').select(['id', 'headcount']).where('mutual_id', '=', mutualId).execute();
    },
  };
}
