import type { ExpiryFilter } from '@mutualis/domain/learning/validity';
import { type SqlBool, sql } from 'kysely';
import type { Db } from '../db/client.ts';
import { withGenericPlan } from '../db/postgres-prepared-statements.ts';

// All of the learning area's SQL: an employee's enrolments, attestations and questionnaire
// statuses (never the answers), attestation expiries, their reminders and renewal needs.
// An attestation expires its course's validity (months) after its last day; PostgreSQL's
// `date + interval 'n months'` clamps to the month's last day as the domain's addMonths does.

/** The expiry of an attestation `a` of a course `c` (null when the course states no validity). */
const expiresOn = sql<
  string | null
>`case when c.validity_months is null then null else (a.date_to + make_interval(months => c.validity_months))::date end`;

/** An attestation renewed since: the same employee holds a later one of a course on the same topic. */
const renewedSince = sql<SqlBool>`exists (
  select 1 from attestation a2
  join training_session s2 on s2.id = a2.session_id
  join course c2 on c2.id = s2.course_id
  where a2.employee_id = a.employee_id and c2.topic_id = c.topic_id and a2.date_to > a.date_to
)`;

/** The latest renewal need of an attestation that is not withdrawn, as JSON, or null. */
const renewalOf = sql<{ needId: string; status: string; createdAt: string } | null>`(
  select json_build_object('needId', n.id, 'status', n.status, 'createdAt', r.created_at)
  from attestation_renewal r join need n on n.id = r.need_id
  where r.attestation_id = a.id and n.status <> 'withdrawn'
  order by r.created_at desc limit 1
)`;

export interface ExpiryRow {
  attestationId: string;
  number: string;
  employeeId: string;
  employeeName: string;
  memberId: string;
  memberName: string;
  mutualId: string;
  courseId: string;
  titleFr: string;
  titleEn: string;
  dateTo: string;
  validityMonths: number;
  expiresOn: string;
  remindedDays: number[];
  renewal: { needId: string; status: string; createdAt: string } | null;
}

export interface ExpiryFilterInput {
  status: ExpiryFilter;
  /** The last day of the horizon (today + withinDays). */
  until: string;
  memberId?: string | null;
}

export function learningRepository(db: Db) {
  /** Attestations whose course states a validity, not renewed since, of employees still employed on `today`. */
  const expiring = (today: string) =>
    db
      .selectFrom('attestation as a')
      .innerJoin('training_session as s', 's.id', 'a.session_id')
      .innerJoin('course as c', 'c.id', 's.course_id')
      .innerJoin('employee as emp', 'emp.id', 'a.employee_id')
      .innerJoin('member as m', 'm.id', 'a.member_id')
      .where('c.validity_months', 'is not', null)
      .where((eb) => eb.or([eb('emp.end_date', 'is', null), eb('emp.end_date', '>', today)]))
      .where(sql<SqlBool>`not ${renewedSince}`);

  const filterExpiries = <Q extends ReturnType<typeof expiring>>(q: Q, today: string, f: ExpiryFilterInput): Q => {
    let out = q;
    if (f.memberId) out = out.where('a.member_id', '=', f.memberId) as Q;
    if (f.status === 'expired') out = out.where(sql<SqlBool>`${expiresOn} <= ${today}::date`) as Q;
    else if (f.status === 'expiring')
      out = out.where(sql<SqlBool>`${expiresOn} > ${today}::date and ${expiresOn} <= ${f.until}::date`) as Q;
    else out = out.where(sql<SqlBool>`${expiresOn} <= ${f.until}::date`) as Q;
    return out;
  };

  const expiryColumns = <Q extends ReturnType<typeof expiring>>(q: Q) =>
    q.select([
      'a.id as attestationId',
      'a.number',
      'a.employee_id as employeeId',
      sql<string>`emp.first_name || ' ' || emp.last_name`.as('employeeName'),
      'a.member_id as memberId',
      'm.legal_name as memberName',
      'a.mutual_id as mutualId',
      'c.id as courseId',
      'a.course_title_fr as titleFr',
      'a.course_title_en as titleEn',
      'a.date_to as dateTo',
      sql<number>`c.validity_months`.as('validityMonths'),
      sql<string>`${expiresOn}`.as('expiresOn'),
      sql<
        number[]
      >`coalesce((select array_agg(x.threshold_days order by x.threshold_days desc) from attestation_expiry_reminder x where x.attestation_id = a.id and x.expires_on = ${expiresOn}), '{}')`.as(
        'remindedDays',
      ),
      renewalOf.as('renewal'),
    ]);

  return {
    /** The employee's enrolments with their session, hours scheduled and attended (present days only). */
    sessionsOf(employeeId: string, mutualId: string) {
      return db
        .selectFrom('enrolment as e')
        .innerJoin('training_session as s', 's.id', 'e.session_id')
        .innerJoin('course as c', 'c.id', 's.course_id')
        .select([
          'e.id as enrolmentId',
          's.id as sessionId',
          's.title as sessionTitle',
          'c.title_fr as courseTitleFr',
          'c.title_en as courseTitleEn',
          sql<string | null>`(select min(d.day) from session_meeting_day d where d.session_id = s.id)`.as('firstDay'),
          sql<string | null>`(select max(d.day) from session_meeting_day d where d.session_id = s.id)`.as('lastDay'),
          's.status as sessionStatus',
          'e.status as enrolmentStatus',
          sql<number>`(select coalesce(sum(d.hours), 0) from session_meeting_day d where d.session_id = s.id)`.as(
            'hoursScheduled',
          ),
          sql<number>`(select coalesce(sum(t.hours), 0) from attendance t where t.enrolment_id = e.id and t.present)`.as(
            'hoursAttended',
          ),
          'e.outcome',
        ])
        .where('e.employee_id', '=', employeeId)
        .where('e.mutual_id', '=', mutualId)
        .orderBy(sql`(select min(d.day) from session_meeting_day d where d.session_id = s.id) desc nulls first`)
        .orderBy('e.created_at', 'desc')
        .execute();
    },

    /** The employee's attestations with their course's validity, expiry and renewal need; newest first. */
    attestationsOf(employeeId: string, mutualId: string) {
      return db
        .selectFrom('attestation as a')
        .innerJoin('training_session as s', 's.id', 'a.session_id')
        .innerJoin('course as c', 'c.id', 's.course_id')
        .select([
          'a.id',
          'a.number',
          'a.session_id as sessionId',
          'a.course_title_fr as titleFr',
          'a.course_title_en as titleEn',
          'a.date_from as dateFrom',
          'a.date_to as dateTo',
          'a.hours',
          'a.issued_at as issuedAt',
          'c.validity_months as validityMonths',
          sql<string | null>`${expiresOn}`.as('expiresOn'),
          sql<boolean>`${renewedSince}`.as('renewedSince'),
          renewalOf.as('renewal'),
        ])
        .where('a.employee_id', '=', employeeId)
        .where('a.mutual_id', '=', mutualId)
        .orderBy('a.date_to', 'desc')
        .orderBy('a.number')
        .execute();
    },

    /** The status dates of the employee's own participant questionnaires (levels 1 and 2): never the answers. */
    questionnairesOf(employeeId: string, mutualId: string) {
      return db
        .selectFrom('questionnaire as q')
        .innerJoin('enrolment as e', 'e.id', 'q.enrolment_id')
        .innerJoin('training_session as s', 's.id', 'q.session_id')
        .innerJoin('course as c', 'c.id', 's.course_id')
        .select([
          'q.session_id as sessionId',
          's.title as sessionTitle',
          'c.title_fr as courseTitleFr',
          'c.title_en as courseTitleEn',
          'q.level',
          'q.send_on as sendOn',
          'q.closes_on as closesOn',
          'q.sent_at as sentAt',
          'q.answered_at as answeredAt',
        ])
        .where('e.employee_id', '=', employeeId)
        .where('q.mutual_id', '=', mutualId)
        .where('q.level', 'in', [1, 2])
        .orderBy('q.send_on', 'desc')
        .orderBy('q.level')
        .execute();
    },

    /** A page of the mutual's expiries that match, soonest first. */
    async listExpiries(
      mutualId: string,
      today: string,
      f: ExpiryFilterInput,
      page: { limit: number; offset: number },
    ): Promise<ExpiryRow[]> {
      const q = filterExpiries(expiring(today).where('a.mutual_id', '=', mutualId), today, f);
      return (await withGenericPlan(
        expiryColumns(q)
          .orderBy(sql`${expiresOn}`)
          .orderBy('m.legal_name')
          .orderBy('emp.last_name')
          .orderBy('a.id')
          .limit(page.limit)
          .offset(page.offset),
      ).execute()) as ExpiryRow[];
    },

    async countExpiries(mutualId: string, today: string, f: ExpiryFilterInput): Promise<number> {
      const q = filterExpiries(expiring(today).where('a.mutual_id', '=', mutualId), today, f);
      return (await withGenericPlan(q.select(sql<number>`count(*)::int`.as('n'))).executeTakeFirstOrThrow()).n;
    },

    /** Every mutual's attestations expiring after today and on or before `until` (the reminder job). */
    async dueForReminder(today: string, until: string): Promise<ExpiryRow[]> {
      const q = filterExpiries(expiring(today), today, { status: 'expiring', until });
      return (await expiryColumns(q)
        .orderBy('a.member_id')
        .orderBy(sql`${expiresOn}`)
        .orderBy('a.id')
        .execute()) as ExpiryRow[];
    },

    /** Marks a reminder sent; false when it already was (another pass got there first). */
    async markReminded(
      row: { attestationId: string; expiresOn: string; thresholdDays: number; mutualId: string; memberId: string },
      at: string,
    ): Promise<boolean> {
      const inserted = await db
        .insertInto('attestation_expiry_reminder')
        .values({
          attestation_id: row.attestationId,
          expires_on: row.expiresOn,
          threshold_days: row.thresholdDays,
          mutual_id: row.mutualId,
          member_id: row.memberId,
          sent_at: at,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('attestation_id')
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async setRecipients(row: { attestationId: string; expiresOn: string; thresholdDays: number }, recipients: number) {
      await db
        .updateTable('attestation_expiry_reminder')
        .set({ recipients })
        .where('attestation_id', '=', row.attestationId)
        .where('expires_on', '=', row.expiresOn)
        .where('threshold_days', '=', row.thresholdDays)
        .execute();
    },

    /**
     * Locks an attestation the scope reaches until the transaction ends, with what its renewal needs:
     * the course's topic and mode, its expiry, the employee's language.
     */
    lockAttestationForRenewal(attestationId: string, scope: { mutualId: string; memberId: string | null }) {
      let q = db
        .selectFrom('attestation as a')
        .innerJoin('training_session as s', 's.id', 'a.session_id')
        .innerJoin('course as c', 'c.id', 's.course_id')
        .innerJoin('employee as emp', 'emp.id', 'a.employee_id')
        .select([
          'a.id',
          'a.number',
          'a.member_id as memberId',
          'a.employee_id as employeeId',
          'c.topic_id as topicId',
          'c.mode',
          'emp.language',
          sql<string | null>`${expiresOn}`.as('expiresOn'),
          renewalOf.as('renewal'),
        ])
        .where('a.id', '=', attestationId)
        .where('a.mutual_id', '=', scope.mutualId);
      if (scope.memberId) q = q.where('a.member_id', '=', scope.memberId);
      return q.forUpdate('a').executeTakeFirst();
    },

    async linkRenewal(values: { needId: string; attestationId: string; mutualId: string; createdBy: string }) {
      await db
        .insertInto('attestation_renewal')
        .values({
          need_id: values.needId,
          attestation_id: values.attestationId,
          mutual_id: values.mutualId,
          created_by: values.createdBy,
        })
        .execute();
    },
  };
}
