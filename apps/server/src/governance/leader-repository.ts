import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import type { LeaderContributionTable, LeaderTable } from '../db/governance-tables.ts';
import { withGenericPlan } from '../db/postgres-prepared-statements.ts';

export type LeaderRow = Awaited<ReturnType<ReturnType<typeof leaderRepository>['list']>>[number];

/** Leaders and their involvement: contributions, and board meetings attended when they sit on the board. */
export function leaderRepository(db: Db) {
  const base = (mutualId: string) =>
    db
      .selectFrom('leader as l')
      .leftJoin('member as m', 'm.id', 'l.member_id')
      .selectAll('l')
      .select('m.legal_name as member_name')
      .where('l.mutual_id', '=', mutualId);
  return {
    list(mutualId: string, page: { limit: number; offset: number }, ids?: string[]) {
      let q = base(mutualId);
      if (ids) q = q.where('l.id', 'in', ids.length ? ids : ['00000000-0000-0000-0000-000000000000']);
      // generic plan: planned for each mutual's values at every request otherwise (decision 84)
      return withGenericPlan(
        q.orderBy(sql`l.until is not null`).orderBy('l.role').orderBy('l.name').limit(page.limit).offset(page.offset),
      ).execute();
    },
    async count(mutualId: string) {
      return (
        await db
          .selectFrom('leader')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('mutual_id', '=', mutualId)
          .executeTakeFirstOrThrow()
      ).n;
    },
    find(mutualId: string, id: string) {
      return db
        .selectFrom('leader')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    async insert(values: Insertable<LeaderTable>) {
      return (await db.insertInto('leader').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    async update(mutualId: string, id: string, values: Updateable<LeaderTable>) {
      await db.updateTable('leader').set(values).where('mutual_id', '=', mutualId).where('id', '=', id).execute();
    },
    async addContribution(values: Insertable<LeaderContributionTable>) {
      await db.insertInto('leader_contribution').values(values).execute();
    },
    /** Per leader and year: meetings (contributions of kind meeting plus board meetings attended), firms recruited, resources secured. */
    async involvement(mutualId: string, leaderIds: string[]) {
      if (leaderIds.length === 0) return [];
      const rows = await sql<{ leader_id: string; year: number; meetings: number; firms: number; resources: number }>`
        select leader_id, year, sum(meetings)::int as meetings, sum(firms)::int as firms, sum(resources)::bigint as resources
        from (
          select c.leader_id, extract(year from c.occurred_on)::int as year,
                 count(*) filter (where c.kind = 'meeting') as meetings,
                 count(*) filter (where c.kind = 'recruitment') as firms,
                 coalesce(sum(c.amount_cents) filter (where c.kind = 'resource'), 0) as resources
          from leader_contribution c
          where c.mutual_id = ${mutualId} and c.leader_id in (${sql.join(leaderIds)})
          group by 1, 2
          union all
          select l.id, extract(year from g.held_on)::int, count(*), 0, 0
          from leader l
          join board_attendance a on a.board_member_id = l.board_member_id and a.present
          join board_meeting g on g.id = a.meeting_id and g.held
          where l.mutual_id = ${mutualId} and l.id in (${sql.join(leaderIds)})
          group by 1, 2
        ) x
        group by 1, 2
        order by 1, 2`.execute(db);
      return rows.rows;
    },
    async boardMemberOfMutual(mutualId: string, id: string) {
      return Boolean(
        await db
          .selectFrom('board_member')
          .select('id')
          .where('mutual_id', '=', mutualId)
          .where('id', '=', id)
          .executeTakeFirst(),
      );
    },
    async memberOfMutual(mutualId: string, id: string) {
      return Boolean(
        await db
          .selectFrom('member')
          .select('id')
          .where('mutual_id', '=', mutualId)
          .where('id', '=', id)
          .executeTakeFirst(),
      );
    },
  };
}
