import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

const NONE = ['00000000-0000-0000-0000-000000000000'];
const ids = (list: string[]) => (list.length ? list : NONE);

/**
 * What the scorecard reads, for many mutuals and years at once (the observatory reads 100 mutuals ×
 * 10 years with these same statements): board terms and meetings, leaders' activity, partners and
 * support, members by year, reach from the annual reports or from Mutualis sessions, thresholds.
 */
export function scorecardRepository(db: Db) {
  return {
    boardTerms(mutualIds: string[]) {
      return db
        .selectFrom('board_member as b')
        .innerJoin('board_seat as s', 's.id', 'b.seat_id')
        .select(['b.mutual_id', 's.kind as seat_kind', 'b.office', 'b.term_start', 'b.term_end'])
        .where('b.mutual_id', 'in', ids(mutualIds))
        .execute();
    },
    async activeSeats(mutualIds: string[]) {
      const rows = await db
        .selectFrom('board_seat')
        .select(['mutual_id', sql<number>`count(*)::int`.as('n')])
        .where('mutual_id', 'in', ids(mutualIds))
        .where('active', '=', true)
        .groupBy('mutual_id')
        .execute();
      return new Map(rows.map((r) => [r.mutual_id, r.n]));
    },
    meetings(mutualIds: string[], from: number, to: number) {
      return db
        .selectFrom('board_meeting as g')
        .select([
          'g.mutual_id',
          'g.held_on',
          sql<number>`(select count(*)::int from board_attendance a where a.meeting_id = g.id and a.present)`.as(
            'present',
          ),
        ])
        .where('g.mutual_id', 'in', ids(mutualIds))
        .where('g.held', '=', true)
        .where('g.held_on', '>=', `${from}-01-01`)
        .where('g.held_on', '<=', `${to}-12-31`)
        .execute();
    },
    /** Leaders with any involvement in a year: a contribution, or a board meeting attended. */
    async activeLeaders(mutualIds: string[], from: number, to: number) {
      const result = await sql<{ mutual_id: string; year: number; n: number }>`
        select mutual_id, year, count(distinct leader_id)::int as n from (
          select c.mutual_id, c.leader_id, extract(year from c.occurred_on)::int as year
          from leader_contribution c
          where c.mutual_id in (${sql.join(ids(mutualIds))}) and c.occurred_on between ${`${from}-01-01`} and ${`${to}-12-31`}
          union all
          select l.mutual_id, l.id, extract(year from g.held_on)::int
          from leader l
          join board_attendance a on a.board_member_id = l.board_member_id and a.present
          join board_meeting g on g.id = a.meeting_id and g.held
          where l.mutual_id in (${sql.join(ids(mutualIds))}) and g.held_on between ${`${from}-01-01`} and ${`${to}-12-31`}
        ) x
        group by 1, 2`.execute(db);
      return result.rows;
    },
    partners(mutualIds: string[]) {
      return db
        .selectFrom('partner')
        .select(['mutual_id', 'id', 'kind', 'since', 'until'])
        .where('mutual_id', 'in', ids(mutualIds))
        .execute();
    },
    supports(mutualIds: string[], from: number, to: number) {
      return db
        .selectFrom('partner_support')
        .select(['mutual_id', 'partner_id', 'kind', 'amount_cents', 'starts_on', 'ends_on'])
        .where('mutual_id', 'in', ids(mutualIds))
        .where('starts_on', '<=', `${to}-12-31`)
        .where(sql<boolean>`coalesce(ends_on, starts_on) >= ${`${from}-01-01`}`)
        .execute();
    },
    /** Members active on the first and the last day of each year (the last day is today in the current year). */
    async membersByYear(mutualIds: string[], from: number, to: number, today: string) {
      const result = await sql<{
        mutual_id: string;
        year: number;
        active_at_start: number;
        active_at_end: number;
        renewed: number;
      }>`
        with y as (
          select g.year, make_date(g.year, 1, 1) as first_day, least(make_date(g.year, 12, 31), ${today}::date) as last_day
          from generate_series(${from}::int, ${to}::int) as g(year)
        )
        select m.mutual_id, y.year,
          count(*) filter (where m.joined_on <= y.first_day and (m.left_on is null or m.left_on > y.first_day))::int as active_at_start,
          count(*) filter (where m.joined_on <= y.last_day and (m.left_on is null or m.left_on > y.last_day))::int as active_at_end,
          count(*) filter (where m.joined_on <= y.first_day and (m.left_on is null or m.left_on > y.last_day))::int as renewed
        from member m cross join y
        where m.mutual_id in (${sql.join(ids(mutualIds))}) and m.joined_on is not null and m.joined_on <= y.last_day
        group by 1, 2`.execute(db);
      return result.rows;
    },
    activityYears(mutualIds: string[], from: number, to: number) {
      return db
        .selectFrom('activity_year')
        .select([
          'mutual_id',
          'year',
          'firms_served',
          'micro_small_firms_served',
          'workers_served',
          'low_skilled_workers_served',
        ])
        .where('mutual_id', 'in', ids(mutualIds))
        .where('year', '>=', from)
        .where('year', '<=', to)
        .execute();
    },
    /**
     * Firms and workers reached by sessions held in Mutualis, by year of the session's period: read from
     * `session_reach` (migration 0102), kept by triggers from the confirmed enrolments of held sessions.
     * A firm's size is read from member here (its distinct firms only, one probe each).
     */
    async reachFromSessions(mutualIds: string[], from: number, to: number, lowSkilledLevels: readonly string[]) {
      const mutuals = sql.join(ids(mutualIds));
      const result = await sql<{
        mutual_id: string;
        year: number;
        firms: number;
        micro_small: number;
        workers: number;
        low_skilled: number;
      }>`
        select w.mutual_id, w.year, f.firms, f.micro_small, w.workers, w.low_skilled
        from (
          select mutual_id, year, count(distinct employee_id)::int as workers,
            count(distinct employee_id) filter (where education_level in (${sql.join([...lowSkilledLevels])}))::int as low_skilled
          from session_reach
          where mutual_id in (${mutuals}) and year >= ${from} and year <= ${to}
          group by 1, 2
        ) as w
        join (
          select r.mutual_id, r.year, count(*)::int as firms,
            count(*) filter (where (select m.headcount from member m where m.id = r.member_id) < 100)::int as micro_small
          from (
            select distinct mutual_id, year, member_id from session_reach
            where mutual_id in (${mutuals}) and year >= ${from} and year <= ${to}
          ) as r
          group by 1, 2
        ) as f on f.mutual_id = w.mutual_id and f.year = w.year`.execute(db);
      return result.rows;
    },
    thresholds(mutualId: string) {
      return db
        .selectFrom('scorecard_threshold')
        .select(['indicator', 'green', 'amber'])
        .where('mutual_id', '=', mutualId)
        .execute();
    },
    async setThreshold(
      mutualId: string,
      indicator: string,
      t: { green: number; amber: number } | null,
      userId: string,
      at: string,
    ) {
      if (!t) {
        await db
          .deleteFrom('scorecard_threshold')
          .where('mutual_id', '=', mutualId)
          .where('indicator', '=', indicator)
          .execute();
        return;
      }
      await db
        .insertInto('scorecard_threshold')
        .values({ mutual_id: mutualId, indicator, green: t.green, amber: t.amber, set_by: userId, set_at: at })
        .onConflict((oc) =>
          oc
            .columns(['mutual_id', 'indicator'])
            .doUpdateSet({ green: t.green, amber: t.amber, set_by: userId, set_at: at }),
        )
        .execute();
    },
    async saveActivityYear(
      mutualId: string,
      v: {
        year: number;
        firms_served: number;
        micro_small_firms_served: number;
        workers_served: number;
        low_skilled_workers_served: number;
      },
      userId: string,
      at: string,
    ) {
      await db
        .insertInto('activity_year')
        .values({ mutual_id: mutualId, ...v, updated_by: userId, updated_at: at })
        .onConflict((oc) => oc.columns(['mutual_id', 'year']).doUpdateSet({ ...v, updated_by: userId, updated_at: at }))
        .execute();
    },
    mutuals(mutualIds: string[]) {
      return db
        .selectFrom('mutual')
        .select(['id', 'name', 'kind', 'region_code', 'scian_code'])
        .where('id', 'in', ids(mutualIds))
        .orderBy('name')
        .execute();
    },
  };
}
