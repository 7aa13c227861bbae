import { HELD_STATES } from '@mutualis/domain/delivery/lifecycle';
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';
import { pageWindow } from '../db/page-window.ts';

/** Activity register entries (s.15): stated values plus what enrolments say. */
export function registerRepository(db: Db) {
  return {
    stated(sessionId: string) {
      return db.selectFrom('session_register').selectAll().where('session_id', '=', sessionId).executeTakeFirst();
    },
    /** The stated values of many sessions, by session id. */
    async statedOf(sessionIds: readonly string[]) {
      if (sessionIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('session_register')
        .selectAll()
        .where('session_id', 'in', [...sessionIds])
        .execute();
      return new Map(rows.map((r) => [r.session_id, r]));
    },
    async save(
      sessionId: string,
      mutualId: string,
      values: Partial<{
        title: string | null;
        objectives: string | null;
        content: string | null;
        duration_hours: number | null;
        provider_or_trainer: string | null;
        cost_cents: number | null;
        evaluation_result: string | null;
      }>,
      actor: string,
      now: string,
    ) {
      await db
        .insertInto('session_register')
        .values({ session_id: sessionId, mutual_id: mutualId, ...values, updated_by: actor, updated_at: now })
        .onConflict((oc) => oc.column('session_id').doUpdateSet({ ...values, updated_by: actor, updated_at: now }))
        .execute();
    },
    /**
     * The sessions held in a year (in delivery, delivered or evaluated; the year of their first meeting
     * day, else of their period), by first meeting day then id; a page of them when `page` is given. The
     * first meeting day is the one kept on the session (migration 0103_session_pages), in the order of
     * its index on (mutual, first_day nulls first, id).
     */
    async sessionIdsOfYear(mutualId: string, year: number, page?: { page: number; pageSize: number }) {
      // written into the text, as the query builder's pages are (db/literal-paging.ts); pageWindow
      // lets only whole numbers through
      const window = page && pageWindow(page.page, page.pageSize);
      const paging = window ? sql`limit ${sql.lit(window.limit)} offset ${sql.lit(window.offset)}` : sql``;
      const rows = await sql<{ id: string }>`
        select s.id from training_session s
        where ${heldInYear(mutualId, year)}
        order by s.first_day nulls first, s.id
        ${paging}`.execute(db);
      return rows.rows.map((r) => r.id);
    },
    async countOfYear(mutualId: string, year: number): Promise<number> {
      const rows = await sql<{
        n: number;
      }>`select count(*)::int as n from training_session s where ${heldInYear(mutualId, year)}`.execute(db);
      return rows.rows[0]?.n ?? 0;
    },
  };
}

/** The condition on `training_session s` of the sessions a year's register holds (first_day: the first meeting day, kept by 0103_session_pages). */
const heldInYear = (mutualId: string, year: number) => sql`s.mutual_id = ${mutualId}
  and s.status in (${sql.join([...HELD_STATES])})
  and coalesce(to_char(s.first_day, 'YYYY'), substr(s.period, 1, 4)) = ${String(year)}`;
