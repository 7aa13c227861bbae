import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

export interface ReadFilter {
  mutualId: string;
  employeeId?: string;
  actorUserId?: string;
  /** ISO instants: from included, to excluded (the start of the first day and of the day after the last, in Montréal). */
  from?: string;
  to?: string;
  /** The same bounds as days in Montréal (YYYY-MM-DD), both included. */
  fromDay?: string;
  toDay?: string;
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

    /**
     * Rows of the access log, one per (read, employee read), newest first, and how many match. The
     * page walks the log newest first and joins each id to its employee by its key. Every id of a
     * read of personal data is an employee of the read's mutual (a read is logged with the caller's
     * mutual and the ids of what its query, limited to that mutual, returned; employees are never
     * deleted: erasure blanks them), so each id has its row in the report, and without a person the
     * total is the sum of the kept counts of the days, reader and kinds asked (migration 0099)
     * instead of every id unnested and joined: 13.8 s on a log of 19 million person-reads.
     */
    async reads(filter: ReadFilter) {
      const keptReads = (f: ReadFilter) => {
        let days = db
          .selectFrom('access_read_day as d')
          .where('d.mutual_id', '=', f.mutualId)
          .where('d.entity_type', 'in', PERSON_ENTITY_TYPES);
        if (f.actorUserId) days = days.where('d.actor_user_id', '=', f.actorUserId);
        if (f.fromDay) days = days.where('d.day', '>=', f.fromDay);
        if (f.toDay) days = days.where('d.day', '<=', f.toDay);
        return days.select(sql<number>`coalesce(sum(d.reads), 0)`.as('total'));
      };
      let logged = db
        .selectFrom('access_log as l')
        .where('l.mutual_id', '=', filter.mutualId)
        .where('l.entity_type', 'in', PERSON_ENTITY_TYPES);
      // the containment finds the person's reads by the GIN index (0090); the equalities below keep,
      // of a read of many people, only the person's row
      if (filter.employeeId) logged = logged.where(sql<boolean>`l.entity_ids @> array[${filter.employeeId}]::text[]`);
      if (filter.actorUserId) logged = logged.where('l.actor_user_id', '=', filter.actorUserId);
      if (filter.from) logged = logged.where('l.at', '>=', filter.from);
      if (filter.to) logged = logged.where('l.at', '<', filter.to);
      const [{ total }] = filter.employeeId
        ? await logged
            .innerJoin(sql<{ r: string }>`lateral unnest(l.entity_ids)`.as('r'), (join) => join.onTrue())
            .where(sql<boolean>`r.r = ${filter.employeeId}`)
            .select((eb) => eb.fn.countAll<number>().as('total'))
            .execute()
        : await keptReads(filter).execute();
      // The page's person-reads come from the newest page × size reads at most (each read has at
      // least one id): those are read first, by the log's index, then unnested and joined. Left to
      // plan the whole log, the statement's generic plan counted on 80,000 reads a mutual and
      // started parallel workers: 70–100 ms for a page of 50 on this machine.
      const newest = logged
        .select(['l.id', 'l.at', 'l.actor_user_id', 'l.entity_type', 'l.entity_ids', 'l.purpose'])
        .orderBy('l.at', 'desc')
        .orderBy('l.id', 'desc')
        .limit(filter.page * filter.pageSize);
      let q = db
        .selectFrom(newest.as('l'))
        .innerJoin(sql<{ r: string }>`lateral unnest(l.entity_ids)`.as('r'), (join) => join.onTrue())
        .innerJoin('employee as e', (join) => join.on('e.id', '=', sql<string>`r.r::uuid`))
        .innerJoin('member as m', 'm.id', 'e.member_id')
        .leftJoin('app_user as u', 'u.id', 'l.actor_user_id')
        .where('e.mutual_id', '=', filter.mutualId);
      if (filter.employeeId) q = q.where('e.id', '=', filter.employeeId);
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
