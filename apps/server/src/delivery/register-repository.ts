import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

/** Activity register entries (s.15): stated values plus what enrolments say. */
export function registerRepository(db: Db) {
  return {
    stated(sessionId: string) {
      return db.selectFrom('session_register').selectAll().where('session_id', '=', sessionId).executeTakeFirst();
    },
    async save(
      sessionId: string,
      mutualId: string,
      values: Partial<{ title: string | null; objectives: string | null; content: string | null; duration_hours: number | null; provider_or_trainer: string | null; cost_cents: number | null; evaluation_result: string | null }>,
      actor: string,
      now: string,
    ) {
      await db
        .insertInto('session_register')
        .values({ session_id: sessionId, mutual_id: mutualId, ...values, updated_by: actor, updated_at: now })
        .onConflict((oc) => oc.column('session_id').doUpdateSet({ ...values, updated_by: actor, updated_at: now }))
        .execute();
    },
    /** Employers, employment classes and results of the participants who held a seat. */
    async participants(sessionId: string) {
      return db
        .selectFrom('enrolment as e')
        .innerJoin('member as m', 'm.id', 'e.member_id')
        .innerJoin('employee as emp', 'emp.id', 'e.employee_id')
        .select(['m.legal_name as employer', 'emp.noc_code as nocCode', 'e.outcome'])
        .where('e.session_id', '=', sessionId)
        .where('e.status', '=', 'confirmed')
        .execute();
    },
    /** Sessions of a year (by first meeting day, else period) that are delivered or evaluated. */
    async sessionIdsOfYear(mutualId: string, year: number) {
      const rows = await sql<{ id: string }>`
        select s.id from training_session s
        where s.mutual_id = ${mutualId}
          and s.status in ('in_delivery', 'delivered', 'evaluated')
          and coalesce(to_char((select min(d.day) from session_meeting_day d where d.session_id = s.id), 'YYYY'), substr(s.period, 1, 4)) = ${String(year)}
        order by s.period, s.id`.execute(db);
      return rows.rows.map((r) => r.id);
    },
  };
}
