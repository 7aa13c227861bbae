import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

/** A filter to consenting firms (funders, researchers, the research export), or none. */
export type FirmFilter = ReadonlySet<string> | null;

const inFilter = (filter: FirmFilter) => (filter ? [...filter] : null);

/**
 * The evidence's reads: employees, wages, trainings, firms' yearly outcomes and evaluation answers
 * of a mutual, and its settings. The engine's reads come in a stated order, so that the same data
 * gives the same answer (sums, ties) whatever order a join happened to give the rows in. Reads other
 * areas' tables (read-only, as the dashboard area does):
 * the evidence is built from the whole registry.
 */
export function evidenceRepository(db: Db) {
  return {
    members(mutualId: string) {
      return db
        .selectFrom('member')
        .select(['id', 'legal_name', 'headcount', 'status', 'region_code', 'scian_code', 'joined_on', 'left_on'])
        .where('mutual_id', '=', mutualId)
        .orderBy('id')
        .execute();
    },
    async employees(mutualId: string, filter: FirmFilter) {
      const ids = inFilter(filter);
      if (ids && ids.length === 0) return [];
      const rows = await sql<{
        id: string;
        member_id: string;
        birth_year: number | null;
        hire_date: string;
        end_date: string | null;
        end_reason: string | null;
        teer: number;
        education_level: string;
        noc_code: string;
      }>`
        select e.id, e.member_id, e.birth_year, e.hire_date, e.end_date, e.end_reason, e.teer, e.education_level, e.noc_code
        from employee e join member m on m.id = e.member_id
        where e.mutual_id = ${mutualId} and m.status <> 'prospect' ${ids ? sql`and e.member_id in (${sql.join(ids)})` : sql``}
        order by e.id`.execute(db);
      return rows.rows;
    },
    /**
     * Wages, one row per employee: `wages` lists its records in order of effective date (then id) as
     * "YYYY-MM-DD:cents,…" (100,000 wage rows of a large mutual are read as 26,000 strings: the
     * driver's parsing of every row was a fifth of the dashboard's first answer).
     */
    async wagesByEmployee(mutualId: string, filter: FirmFilter) {
      const ids = inFilter(filter);
      if (ids && ids.length === 0) return [];
      const rows = await sql<{ employee_id: string; wages: string }>`
        select employee_id, string_agg(to_char(effective_on, 'YYYY-MM-DD') || ':' || hourly_wage_cents::text, ',' order by effective_on, id) as wages
        from wage
        where mutual_id = ${mutualId} ${ids ? sql`and member_id in (${sql.join(ids)})` : sql``}
        group by employee_id`.execute(db);
      return rows.rows;
    },
    /** Job class changes (employee_job_change): the date and the new class's TEER. */
    async jobChanges(mutualId: string, filter: FirmFilter) {
      const ids = inFilter(filter);
      if (ids && ids.length === 0) return [];
      const rows = await sql<{ employee_id: string; effective_on: string; teer: number }>`
        select employee_id, effective_on, teer from employee_job_change
        where mutual_id = ${mutualId} ${ids ? sql`and member_id in (${sql.join(ids)})` : sql``}
        order by employee_id, effective_on, id`.execute(db);
      return rows.rows;
    },
    /** Completed trainings (attestations) with each participant's share of the session's cost. */
    async trainings(mutualId: string, filter: FirmFilter) {
      const ids = inFilter(filter);
      if (ids && ids.length === 0) return [];
      const rows = await sql<{
        employee_id: string;
        member_id: string;
        date_to: string;
        hours: number;
        share_cents: number;
        noc_code: string;
        teer: number;
        education_level: string;
      }>`
        select a.employee_id, a.member_id, a.date_to, a.hours::float8 as hours,
               (s.cost_cents::float8 / greatest(coalesce(c.n, 1), 1)) as share_cents,
               e.noc_code, e.teer, e.education_level
        from attestation a
        join training_session s on s.id = a.session_id
        join employee e on e.id = a.employee_id
        left join (select session_id, count(*)::int as n from enrolment where mutual_id = ${mutualId} and status = 'confirmed' group by session_id) c on c.session_id = a.session_id
        where a.mutual_id = ${mutualId} ${ids ? sql`and a.member_id in (${sql.join(ids)})` : sql``}
        order by a.employee_id, a.date_to, a.id`.execute(db);
      return rows.rows;
    },
    async firmYears(mutualId: string, filter: FirmFilter) {
      let q = db.selectFrom('firm_year_outcome').selectAll().where('mutual_id', '=', mutualId);
      const ids = inFilter(filter);
      if (ids)
        q = ids.length
          ? q.where((eb) => eb.or([eb('member_id', 'in', ids), eb('prospect_id', 'in', ids)]))
          : q.where(sql<boolean>`false`);
      return q.orderBy('id').execute();
    },
    /**
     * For the governance scorecard (decision 36), per mutual and year Y from `from` to `to`, about the
     * workers trained in Y − 1 (an attestation ending that year; the first one counts) whose 12 months
     * after training are over by `today`: how many there are, their firms, how many still work for their
     * employer 12 months on, the median change of hourly wage over those 12 months of those who stayed
     * (with a wage on record at both dates), and the median change of productivity from Y − 1 to Y of
     * their firms that reported both years with the same measure (the sign turned for a measure where
     * lower is better). `consentingOnly`: only firms whose research consent in force is granted.
     * Grouped in the database: nothing is fetched per worker or per firm.
     */
    async scorecardYears(
      mutualIds: readonly string[],
      from: number,
      to: number,
      today: string,
      consentingOnly: boolean,
      lowerIsBetter: readonly string[],
    ) {
      if (mutualIds.length === 0) return [];
      const ids = sql.join([...mutualIds]);
      const consent = consentingOnly
        ? sql`and a.member_id in (
            select firm_id from (
              select distinct on (coalesce(c.member_id, c.prospect_id)) coalesce(c.member_id, c.prospect_id) as firm_id, c.granted
              from firm_research_consent c where c.mutual_id in (${ids})
              order by coalesce(c.member_id, c.prospect_id), c.at desc, c.id desc) k
            where k.granted)`
        : sql``;
      const lower = lowerIsBetter.length
        ? sql`p1.productivity_measure in (${sql.join([...lowerIsBetter])})`
        : sql`false`;
      const rows = await sql<{
        mutual_id: string;
        year: number;
        people: number;
        firms: number;
        retained: number;
        wage_people: number;
        wage_firms: number;
        wage_change: number | null;
        productivity_firms: number;
        productivity_change: number | null;
      }>`
        with trained as (
          select a.mutual_id, a.employee_id, a.member_id, extract(year from a.date_to)::int + 1 as year, min(a.date_to) as trained_on
          from attestation a
          where a.mutual_id in (${ids}) and a.date_to >= make_date(${from - 1}::int, 1, 1) and a.date_to <= make_date(${to - 1}::int, 12, 31) ${consent}
          group by 1, 2, 3, 4
        ), followed as (
          select t.*, (t.trained_on + interval '1 year')::date as after_on, e.end_date
          from trained t join employee e on e.id = t.employee_id
          where (t.trained_on + interval '1 year')::date <= ${today}::date
        ), retention as (
          select mutual_id, year, count(*)::int as people, count(distinct member_id)::int as firms,
                 (count(*) filter (where end_date is null or end_date >= after_on))::int as retained
          from followed group by 1, 2
        ), wages as (
          select f.mutual_id, f.year, count(*)::int as wage_people, count(distinct f.member_id)::int as wage_firms,
                 percentile_cont(0.5) within group (order by w1.c::float8 / w0.c - 1) as wage_change
          from followed f
          cross join lateral (select w.hourly_wage_cents as c from wage w where w.employee_id = f.employee_id and w.effective_on <= f.trained_on order by w.effective_on desc limit 1) w0
          cross join lateral (select w.hourly_wage_cents as c from wage w where w.employee_id = f.employee_id and w.effective_on <= f.after_on order by w.effective_on desc limit 1) w1
          where (f.end_date is null or f.end_date >= f.after_on) and w0.c > 0
          group by 1, 2
        ), firms as (
          select distinct mutual_id, year, member_id from trained where year <= ${to}
        ), productivity as (
          select t.mutual_id, t.year, count(*)::int as productivity_firms,
                 percentile_cont(0.5) within group (order by (case when ${lower} then -1 else 1 end) * (p2.productivity_value::float8 / p1.productivity_value::float8 - 1)) as productivity_change
          from firms t
          join firm_year_outcome p1 on p1.mutual_id = t.mutual_id and p1.member_id = t.member_id and p1.year = t.year - 1
          join firm_year_outcome p2 on p2.mutual_id = t.mutual_id and p2.member_id = t.member_id and p2.year = t.year and p2.productivity_measure = p1.productivity_measure
          where p1.productivity_value > 0
          group by 1, 2
        )
        select coalesce(r.mutual_id, w.mutual_id, p.mutual_id) as mutual_id, coalesce(r.year, w.year, p.year) as year,
               coalesce(r.people, 0) as people, coalesce(r.firms, 0) as firms, coalesce(r.retained, 0) as retained,
               coalesce(w.wage_people, 0) as wage_people, coalesce(w.wage_firms, 0) as wage_firms, w.wage_change,
               coalesce(p.productivity_firms, 0) as productivity_firms, p.productivity_change
        from retention r
        full join wages w on w.mutual_id = r.mutual_id and w.year = r.year
        full join productivity p on p.mutual_id = coalesce(r.mutual_id, w.mutual_id) and p.year = coalesce(r.year, w.year)`.execute(
        db,
      );
      return rows.rows.map((r) => ({
        ...r,
        year: Number(r.year),
        wage_change: r.wage_change === null ? null : Number(r.wage_change),
        productivity_change: r.productivity_change === null ? null : Number(r.productivity_change),
      }));
    },
    async answeredQuestionnaires(mutualId: string, filter: FirmFilter) {
      let q = db
        .selectFrom('questionnaire')
        .select(['level', 'member_id', 'answers'])
        .where('mutual_id', '=', mutualId)
        .where('answers', 'is not', null);
      const ids = inFilter(filter);
      if (ids) q = ids.length ? q.where('member_id', 'in', ids) : q.where(sql<boolean>`false`);
      return q.orderBy('id').execute();
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
    async saveSettings(
      mutualId: string,
      values: {
        target_micro_small_firms_pct: number;
        target_micro_firms_pct: number;
        target_low_skilled_pct: number;
        replacement_cost_pct: number;
        updated_by: string;
        updated_at: string;
      },
    ) {
      await db
        .insertInto('evidence_setting')
        .values({ mutual_id: mutualId, ...values })
        .onConflict((oc) => oc.column('mutual_id').doUpdateSet(values))
        .execute();
    },
  };
}
