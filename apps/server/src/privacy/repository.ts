import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

export interface ReadFilter {
  mutualId: string;
  employeeId?: string;
  actorUserId?: string;
  /** ISO instants: from included, to excluded. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** The access-log entity types whose ids are employees' (their record, their wages). */
const PERSON_ENTITY_TYPES = ['employee', 'wage'];

/** All of the privacy area's SQL: a person's records across areas, the read report, the erasure. */
export function privacyRepository(db: Db) {
  return {
    /** The employee of the mutual (and its firm's name), locked for update when asked. */
    async findEmployee(mutualId: string, employeeId: string, forUpdate = false) {
      let q = db
        .selectFrom('employee as e')
        .innerJoin('member as m', 'm.id', 'e.member_id')
        .selectAll('e')
        .select('m.legal_name as member_name')
        .where('e.id', '=', employeeId)
        .where('e.mutual_id', '=', mutualId);
      if (forUpdate) q = q.forUpdate();
      return q.executeTakeFirst();
    },

    async wages(employeeId: string) {
      return db
        .selectFrom('wage')
        .select(['effective_on', 'hourly_wage_cents'])
        .where('employee_id', '=', employeeId)
        .orderBy('effective_on')
        .execute();
    },

    async jobChanges(employeeId: string) {
      return db
        .selectFrom('employee_job_change')
        .select(['effective_on', 'job_title', 'noc_code', 'teer', 'created_at'])
        .where('employee_id', '=', employeeId)
        .orderBy('effective_on')
        .execute();
    },

    async needs(employeeId: string) {
      return db
        .selectFrom('need_employee as ne')
        .innerJoin('need as n', 'n.id', 'ne.need_id')
        .innerJoin('topic as t', 't.id', 'n.topic_id')
        .select(['n.id', 't.code', 't.name_fr', 't.name_en', 'n.status', 'n.created_at'])
        .where('ne.employee_id', '=', employeeId)
        .orderBy('n.created_at')
        .execute();
    },

    async enrolments(employeeId: string) {
      return db
        .selectFrom('enrolment as en')
        .innerJoin('training_session as s', 's.id', 'en.session_id')
        .select([
          'en.id',
          'en.session_id',
          's.title',
          'en.status',
          'en.outcome',
          'en.score',
          'en.result_note',
          'en.created_at',
        ])
        .where('en.employee_id', '=', employeeId)
        .orderBy('en.created_at')
        .execute();
    },

    async attendance(employeeId: string) {
      return db
        .selectFrom('attendance as a')
        .innerJoin('enrolment as en', 'en.id', 'a.enrolment_id')
        .innerJoin('session_meeting_day as d', 'd.id', 'a.meeting_day_id')
        .select(['a.session_id', 'd.day', 'a.present', 'a.hours'])
        .where('en.employee_id', '=', employeeId)
        .orderBy('d.day')
        .execute();
    },

    async evaluations(employeeId: string) {
      return db
        .selectFrom('questionnaire as q')
        .innerJoin('enrolment as en', 'en.id', 'q.enrolment_id')
        .select(['q.session_id', 'q.level', 'q.sent_at', 'q.answered_at', 'q.answers'])
        .where('en.employee_id', '=', employeeId)
        .orderBy('q.send_on')
        .execute();
    },

    async attestations(employeeId: string) {
      return db
        .selectFrom('attestation')
        .select([
          'id',
          'number',
          'participant_name',
          'course_title_fr',
          'course_title_en',
          'date_from',
          'date_to',
          'hours',
          'issued_at',
        ])
        .where('employee_id', '=', employeeId)
        .orderBy('date_from')
        .execute();
    },

    /** The person's consent records, newest first, with who recorded each. */
    async consents(employeeId: string) {
      return db
        .selectFrom('person_consent as c')
        .leftJoin('app_user as u', 'u.id', 'c.recorded_by')
        .select([
          'c.id',
          'c.kind',
          'c.granted',
          'c.method',
          'c.note',
          'c.recorded_at',
          'u.display_name as recorded_by_name',
        ])
        .where('c.employee_id', '=', employeeId)
        .orderBy('c.recorded_at', 'desc')
        .orderBy('c.id')
        .execute();
    },
    /** Every consent record of a kind for these employees (the domain decides which is in force). */
    async consentsOfKind(employeeIds: string[], kind: string) {
      if (employeeIds.length === 0) return [];
      return db
        .selectFrom('person_consent')
        .select(['employee_id', 'kind', 'granted', 'recorded_at'])
        .where('employee_id', 'in', employeeIds)
        .where('kind', '=', kind)
        .execute();
    },
    /** Every consent record of a kind for the employees of a mutual (the domain decides which is in force). */
    async consentsOfKindInMutual(mutualId: string, kind: string) {
      return db
        .selectFrom('person_consent')
        .select(['employee_id', 'kind', 'granted', 'recorded_at'])
        .where('mutual_id', '=', mutualId)
        .where('kind', '=', kind)
        .execute();
    },
    async insertConsent(row: {
      mutual_id: string;
      employee_id: string;
      kind: string;
      granted: boolean;
      method: string;
      note: string;
      recorded_by: string;
      recorded_at: string;
    }) {
      return db.insertInto('person_consent').values(row).returning('id').executeTakeFirstOrThrow();
    },

    /** Rows of the access log, one per (read, employee read), newest first. */
    async reads(filter: ReadFilter) {
      let q = db
        .selectFrom('access_log as l')
        .innerJoin(sql<{ r: string }>`lateral unnest(l.entity_ids)`.as('r'), (join) => join.onTrue())
        .innerJoin('employee as e', (join) => join.on(sql`e.id::text`, '=', sql.ref('r.r')))
        .innerJoin('member as m', 'm.id', 'e.member_id')
        .leftJoin('app_user as u', 'u.id', 'l.actor_user_id')
        .where('l.mutual_id', '=', filter.mutualId)
        .where('e.mutual_id', '=', filter.mutualId)
        .where('l.entity_type', 'in', PERSON_ENTITY_TYPES);
      // the containment finds the person's reads by the GIN index (0090); the equality keeps, of a
      // read of many people, only the person's row
      if (filter.employeeId)
        q = q
          .where(sql<boolean>`l.entity_ids @> array[${filter.employeeId}]::text[]`)
          .where('e.id', '=', filter.employeeId);
      if (filter.actorUserId) q = q.where('l.actor_user_id', '=', filter.actorUserId);
      if (filter.from) q = q.where('l.at', '>=', filter.from);
      if (filter.to) q = q.where('l.at', '<', filter.to);
      const [{ total }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
      const rows = await q
        .select([
          'l.id',
          'l.at',
          'l.actor_user_id',
          'u.display_name as actor_name',
          'e.id as employee_id',
          'e.first_name',
          'e.last_name',
          'm.legal_name as member_name',
          'l.entity_type',
          'l.purpose',
        ])
        .orderBy('l.at', 'desc')
        .orderBy('l.id', 'desc')
        .orderBy('e.id')
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize)
        .execute();
      return { rows, total: Number(total) };
    },

    // ---------- erasure ----------

    /**
     * Blanks the employee's identity and contact (the row stays: enrolments, attendance and
     * attestations point at it), deletes its wages, its job class changes and its place in needs, drops the e-mail
     * addresses of its questionnaires and revokes its calendar feeds.
     */
    async anonymise(employeeId: string, at: string) {
      await db
        .updateTable('employee')
        .set({
          first_name: '—',
          last_name: '—',
          email: null,
          birth_year: null,
          job_title: '—',
          erased_at: at,
          updated_at: at,
        })
        .where('id', '=', employeeId)
        .execute();
      const wages = await db.deleteFrom('wage').where('employee_id', '=', employeeId).executeTakeFirst();
      const jobChanges = await db
        .deleteFrom('employee_job_change')
        .where('employee_id', '=', employeeId)
        .executeTakeFirst();
      const needs = await db.deleteFrom('need_employee').where('employee_id', '=', employeeId).executeTakeFirst();
      await db
        .updateTable('questionnaire')
        .set({ to_address: null })
        .where('enrolment_id', 'in', db.selectFrom('enrolment').select('id').where('employee_id', '=', employeeId))
        .execute();
      await db
        .updateTable('calendar_feed')
        .set({ revoked_at: at })
        .where('employee_id', '=', employeeId)
        .where('revoked_at', 'is', null)
        .execute();
      return {
        wagesDeleted: Number(wages.numDeletedRows),
        jobChangesDeleted: Number(jobChanges.numDeletedRows),
        needLinksDeleted: Number(needs.numDeletedRows),
      };
    },

    /**
     * The audit trail of the employee's record and wages keeps who changed what and when, but no
     * longer the values (names, e-mail, wages, job class changes, which are audited on the record as
     * `employee.job_change`): each change becomes the list of its fields.
     */
    async redactAuditTrail(employeeId: string) {
      await sql`
        update audit_log set change = jsonb_build_object('erased', true, 'fields', coalesce((select jsonb_agg(k) from jsonb_object_keys(change) as k), '[]'::jsonb))
        where (entity_type = 'employee' and entity_id = ${employeeId}) or (entity_type = 'wage' and change ->> 'employeeId' = ${employeeId})`.execute(
        db,
      );
    },

    async countAttestations(employeeId: string) {
      const [{ n }] = await db
        .selectFrom('attestation')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('employee_id', '=', employeeId)
        .execute();
      return Number(n);
    },
  };
}

export type PersonEmployeeRow = NonNullable<Awaited<ReturnType<ReturnType<typeof privacyRepository>['findEmployee']>>>;
