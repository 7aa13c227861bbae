// Benchmark data of the money area: one mutual with 500 member firms (24 employees each, with
// wages), a funding programme, and a year of delivered sessions — by default 8,000 sessions of one
// 7-hour day holding 100,000 enrolments (four firms a session, three or four people each, 5 % of
// them absent) with their attendance. Written set-based (generate_series) so that it takes seconds
// on PostgreSQL; invoicing, payments and reports are then done through the app (bench/finance.ts).
import { hash } from '@node-rs/argon2';
import { sql } from 'kysely';
import type { Db } from '../client.ts';
import { DEMO_PASSWORD } from './demo.ts';

export const FINANCE_BENCH_SLUG = 'bench-finance';
export const FINANCE_BENCH_COORDINATOR = 'coordination@bench-finance.demo';
export const FINANCE_BENCH_MEMBER = 'rh@bench-finance.demo';
export const FINANCE_BENCH_BOARD = 'ca@bench-finance.demo';

export interface SeedFinanceBenchOptions {
  members?: number;
  sessions?: number;
  year?: number;
  log?: (line: string) => void;
}

/**
 * Inserts the money benchmark mutual; fails if it is already there. One transaction: a failure leaves
 * nothing, and its work tables (temporary, dropped at commit) stay on its one connection.
 */
export async function seedFinanceBench(db: Db, options: SeedFinanceBenchOptions = {}) {
  const started = Date.now();
  const passwordHash = await hash(DEMO_PASSWORD);
  const result = await db.transaction().execute((trx) => insertFinanceBench(trx, passwordHash, options));
  const seconds = (Date.now() - started) / 1000;
  (options.log ?? (() => {}))(
    `money benchmark data: ${result.members} firms, ${result.employees} employees, ${result.sessions} delivered sessions, ${result.enrolments} enrolments in ${seconds.toFixed(1)} s`,
  );
  return { ...result, seconds };
}

async function insertFinanceBench(db: Db, passwordHash: string, options: SeedFinanceBenchOptions) {
  const members = options.members ?? 500;
  const sessions = options.sessions ?? 8_000;
  const year = options.year ?? 2026;
  const already = await db.selectFrom('mutual').select('id').where('slug', '=', FINANCE_BENCH_SLUG).executeTakeFirst();
  if (already) throw new Error(`the ${FINANCE_BENCH_SLUG} mutual is already in this database`);
  const mutual = await db
    .insertInto('mutual')
    .values({
      slug: FINANCE_BENCH_SLUG,
      name: 'Mutuelle banc d’essai — finances',
      kind: 'regional',
      region_code: '14',
      recognised_since: '2012-01-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const m = mutual.id;
  // recognised since 2012 in its history, so that its members' payments count for the 1 % law (s.1)
  await db
    .insertInto('recognition_event')
    .values([
      { mutual_id: m, kind: 'applied', occurred_on: '2011-06-01' },
      { mutual_id: m, kind: 'recognised', occurred_on: '2012-01-01' },
    ])
    .execute();
  const run = (query: ReturnType<typeof sql>) => query.execute(db);
  await run(sql`
    insert into member (mutual_id, legal_name, neq, scian_code, region_code, headcount, annual_payroll_cents, status, joined_on)
    select ${m}, 'Entreprise banc ' || lpad(g::text, 4, '0'), (7700000000 + g)::text, '332', lpad((1 + g % 17)::text, 2, '0'),
           3 + (g * 37) % 420, (3 + (g * 37) % 420)::bigint * 5200000, 'active', '2015-01-01'
      from generate_series(1, ${members}) g`);
  await run(
    sql`create temp table bench_member on commit drop as select id, (row_number() over (order by legal_name) - 1)::int as n from member where mutual_id = ${m}`,
  );
  await run(sql`
    insert into employee (mutual_id, member_id, first_name, last_name, job_title, noc_code, teer, education_level, hire_date)
    select ${m}, bm.id, 'Employé', 'No ' || e, 'Opérateur', (array['94100','72106','13110','65100','85100','21211'])[1 + e % 6], e % 6, 'secondary', '2018-01-01'
      from bench_member bm cross join generate_series(0, 23) e`);
  await run(sql`
    insert into wage (mutual_id, member_id, employee_id, effective_on, hourly_wage_cents)
    select ${m}, member_id, id, '2018-01-01', 2000 + (abs(hashtext(id::text)) % 2500) from employee where mutual_id = ${m}`);
  await run(
    sql`create temp table bench_employee on commit drop as select e.id, e.member_id, (row_number() over (partition by e.member_id order by e.last_name) - 1)::int as k from employee e where e.mutual_id = ${m}`,
  );
  const provider = await db
    .insertInto('provider')
    .values({ mutual_id: m, name: 'Formations banc d’essai' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const topic = await db
    .insertInto('topic')
    .values({ mutual_id: m, code: 'bench-finance', name_fr: 'Sécurité', name_en: 'Safety' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await run(sql`
    insert into course (mutual_id, provider_id, topic_id, status, title_fr, title_en, duration_hours, language, mode, regions, periods, fixed_cost_cents, seat_cost_cents, min_seats, max_seats)
    select ${m}, ${provider.id}, ${topic.id}, 'approved', 'Cours banc ' || c, 'Bench course ' || c, 7, 'fr', 'in_person', '{14}', '{}', 150000 + c * 25000, 5000 + c * 1000, 4, 16
      from generate_series(0, 9) c`);
  await run(sql`
    insert into training_session (mutual_id, course_id, period, region_code, seats, cost_cents, status, seats_min, seats_max, provider_id, notes)
    select ${m}, c.id, to_char(${`${year}-01-05`}::date + (g * 7) % 355, 'YYYY-MM'), '14', 13, 0, 'delivered', 4, 16, ${provider.id}, 'bench:' || g
      from generate_series(0, ${sessions - 1}) g
      join (select id, (row_number() over (order by title_fr) - 1)::int as n from course where mutual_id = ${m}) c on c.n = g % 10`);
  await run(
    sql`create temp table bench_session on commit drop as select id, substr(notes, 7)::int as g from training_session where mutual_id = ${m}`,
  );
  await run(sql`
    insert into session_meeting_day (mutual_id, session_id, day, starts_at, ends_at, hours)
    select ${m}, s.id, ${`${year}-01-05`}::date + (s.g * 7) % 355, '08:30', '16:00', 7 from bench_session s`);
  // four firms a session, three people each, a fourth for the first firm of every other session
  await run(sql`
    insert into enrolment (mutual_id, session_id, member_id, employee_id, status)
    select ${m}, s.id, bm.id, be.id, case when (s.g + f.k * 3 + p.p) % 20 = 0 then 'no_show' else 'confirmed' end
      from bench_session s
      cross join generate_series(0, 3) f(k)
      join bench_member bm on bm.n = (s.g * 7 + f.k * 131) % ${members}
      cross join generate_series(0, 3) p(p)
      join bench_employee be on be.member_id = bm.id and be.k = ((s.g / ${members}) * 4 + p.p) % 24
     where p.p < 3 or (f.k = 0 and s.g % 2 = 0)`);
  await run(sql`
    insert into attendance (enrolment_id, meeting_day_id, mutual_id, session_id, present, hours)
    select e.id, d.id, ${m}, e.session_id, e.status = 'confirmed', case when e.status = 'confirmed' then 7 else 0 end
      from enrolment e join session_meeting_day d on d.session_id = e.session_id
     where e.mutual_id = ${m}`);
  const funder = await db
    .insertInto('mutual_funder')
    .values({ mutual_id: m, name: 'Bailleur banc d’essai' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('funding_programme')
    .values({
      mutual_id: m,
      funder_id: funder.id,
      name: 'Programme banc d’essai',
      starts_on: `${year - 1}-04-01`,
      ends_on: `${year + 2}-03-31`,
      coverage_ppm: 500_000,
      eligible_categories: ['trainer_fees'],
      cap_per_participant_hour_cents: null,
      cap_per_activity_cents: null,
      cap_per_member_per_year_cents: 500_000,
      cap_per_year_cents: null,
      eligible_size_classes: ['micro', 'small', 'medium'],
      budget_cents: 50_000_000,
    })
    .execute();
  const first = (await sql<{ id: string }>`select id from bench_member where n = 0`.execute(db)).rows[0];
  await db
    .insertInto('app_user')
    .values([
      {
        email: FINANCE_BENCH_COORDINATOR,
        display_name: 'Coordination banc',
        password_hash: passwordHash,
        role: 'coordinator',
        mutual_id: m,
      },
      {
        email: FINANCE_BENCH_MEMBER,
        display_name: 'RH banc',
        password_hash: passwordHash,
        role: 'member_contact',
        mutual_id: m,
        member_id: first.id,
      },
      {
        email: FINANCE_BENCH_BOARD,
        display_name: 'CA banc',
        password_hash: passwordHash,
        role: 'board_viewer',
        mutual_id: m,
      },
    ])
    .execute();
  const counts = await sql<{ members: number; employees: number; sessions: number; enrolments: number }>`
    select (select count(*) from member where mutual_id = ${m})::int as members,
           (select count(*) from employee where mutual_id = ${m})::int as employees,
           (select count(*) from training_session where mutual_id = ${m})::int as sessions,
           (select count(*) from enrolment where mutual_id = ${m})::int as enrolments`.execute(db);
  return { mutualId: m, ...counts.rows[0] };
}
