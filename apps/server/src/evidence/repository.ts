import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

/** A filter to consenting firms (funders, researchers, the research export), or none. */
export type FirmFilter = ReadonlySet<string> | null;

const inFilter = (filter: FirmFilter) => (filter ? [...filter] : null);

/**
 * The evidence's reads: employees, wages, trainings, firms' yearly outcomes and evaluation answers
 * of a mutual, and its settings. Reads other areas' tables (read-only, as the dashboard area does):
 * the evidence is built from the whole registry.
 */
export function evidenceRepository(db: Db) {
  return {
    members(mutualId: string) {
      return db.selectFrom('member').select(['id', 'legal_name', 'headcount', 'status', 'region_code', 'scian_code', 'joined_on', 'left_on']).where('mutual_id', '=', mutualId).execute();
    },
    async employees(mutualId: string, filter: FirmFilter) {
      const ids = inFilter(filter);
      if (ids && ids.length === 0) return [];
      const rows = await sql<{ id: string; member_id: string; birth_year: number | null; hire_date: string; end_date: string | null; end_reason: string | null; teer: number; education_level: string; noc_code: string }>`
        select e.id, e.member_id, e.birth_year, e.hire_date, e.end_date, e.end_reason, e.teer, e.education_level, e.noc_code
        from employee e join member m on m.id = e.member_id
        where e.mutual_id = ${mutualId} and m.status <> 'prospect' ${ids ? sql`and e.member_id in (${sql.join(ids)})` : sql``}`.execute(db);
      return rows.rows;
    },
    async wages(mutualId: string, filter: FirmFilter) {
      const ids = inFilter(filter);
      if (ids && ids.length === 0) return [];
      const rows = await sql<{ employee_id: string; effective_on: string; hourly_wage_cents: number }>`
        select employee_id, effective_on, hourly_wage_cents from wage
        where mutual_id = ${mutualId} ${ids ? sql`and member_id in (${sql.join(ids)})` : sql``}`.execute(db);
      return rows.rows;
    },
    /** Completed trainings (attestations) with each participant's share of the session's cost. */
    async trainings(mutualId: string, filter: FirmFilter) {
      const ids = inFilter(filter);
      if (ids && ids.length === 0) return [];
      const rows = await sql<{ employee_id: string; member_id: string; date_to: string; hours: number; share_cents: number; noc_code: string; teer: number; education_level: string }>`
        select a.employee_id, a.member_id, a.date_to, a.hours::float8 as hours,
               (s.cost_cents::float8 / greatest(coalesce(c.n, 1), 1)) as share_cents,
               e.noc_code, e.teer, e.education_level
        from attestation a
        join training_session s on s.id = a.session_id
        join employee e on e.id = a.employee_id
        left join (select session_id, count(*)::int as n from enrolment where mutual_id = ${mutualId} and status = 'confirmed' group by session_id) c on c.session_id = a.session_id
        where a.mutual_id = ${mutualId} ${ids ? sql`and a.member_id in (${sql.join(ids)})` : sql``}`.execute(db);
      return rows.rows;
    },
    async firmYears(mutualId: string, filter: FirmFilter) {
      let q = db.selectFrom('firm_year_outcome').selectAll().where('mutual_id', '=', mutualId);
      const ids = inFilter(filter);
      if (ids) q = ids.length ? q.where((eb) => eb.or([eb('member_id', 'in', ids), eb('prospect_id', 'in', ids)])) : q.where(sql<boolean>`false`);
      return q.execute();
    },
    async answeredQuestionnaires(mutualId: string, filter: FirmFilter) {
      let q = db.selectFrom('questionnaire').select(['level', 'member_id', 'answers']).where('mutual_id', '=', mutualId).where('answers', 'is not', null);
      const ids = inFilter(filter);
      if (ids) q = ids.length ? q.where('member_id', 'in', ids) : q.where(sql<boolean>`false`);
      return q.execute();
    },
    settings(mutualId: string) {
      return db
        .selectFrom('evidence_setting as s')
        .leftJoin('app_user as u', 'u.id', 's.updated_by')
        .selectAll('s')
        .select('u.display_name as updated_by_name')
        .where('s.mutual_id', '=', mutualId)
        .executeTakeFirst();
    },
    async saveSettings(mutualId: string, values: { target_micro_small_firms_pct: number; target_micro_firms_pct: number; target_low_skilled_pct: number; replacement_cost_pct: number; updated_by: string; updated_at: string }) {
      await db
        .insertInto('evidence_setting')
        .values({ mutual_id: mutualId, ...values })
        .onConflict((oc) => oc.column('mutual_id').doUpdateSet(values))
        .execute();
    },
  };
}
