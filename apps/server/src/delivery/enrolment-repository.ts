import {
  ACTIVE_ENROLMENT_STATUSES,
  type EnrolmentOutcome,
  type EnrolmentStatus,
} from '@mutualis/domain/delivery/enrolment';
import { sql } from 'kysely';
import type { MemberScope } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { pageWindow } from '../db/page-window.ts';
import { withGenericPlan } from '../db/postgres-prepared-statements.ts';

/** Enrolments with the participant, firm and session they concern. */
export function enrolmentRepository(db: Db) {
  const base = () =>
    db
      .selectFrom('enrolment as e')
      .innerJoin('employee as emp', 'emp.id', 'e.employee_id')
      .innerJoin('member as m', 'm.id', 'e.member_id')
      .innerJoin('training_session as s', 's.id', 'e.session_id')
      .innerJoin('course as c', 'c.id', 's.course_id')
      .select([
        'e.id',
        'e.mutual_id as mutualId',
        'e.session_id as sessionId',
        's.title as sessionOwnTitle',
        'c.title_fr as courseTitleFr',
        'c.title_en as courseTitleEn',
        'e.member_id as memberId',
        'm.legal_name as memberName',
        'e.employee_id as employeeId',
        sql<string>`emp.first_name || ' ' || emp.last_name`.as('employeeName'),
        'emp.first_name as firstName',
        'emp.last_name as lastName',
        'emp.email as employeeEmail',
        'emp.language as employeeLanguage',
        'emp.job_title as jobTitle',
        'emp.noc_code as nocCode',
        'e.status',
        'e.position',
        'e.outcome',
        'e.score',
        'e.created_at as createdAt',
        'e.status_changed_at as statusChangedAt',
        'e.reminder_sent_at as reminderSentAt',
      ]);

  const employees = () =>
    db
      .selectFrom('employee')
      .select([
        'id',
        'member_id as memberId',
        'first_name as firstName',
        'last_name as lastName',
        'email',
        'language',
        'end_date as endDate',
      ]);

  const ofSession = (sessionId: string, memberId: string | null, statuses?: readonly EnrolmentStatus[]) => {
    let q = base().where('e.session_id', '=', sessionId);
    if (memberId) q = q.where('e.member_id', '=', memberId);
    if (statuses) q = q.where('e.status', 'in', [...statuses]);
    return q;
  };
  const counted = async (q: ReturnType<typeof base>) =>
    (await q.clearSelect().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;

  return {
    find(id: string, scope: MemberScope) {
      let q = base().where('e.id', '=', id).where('e.mutual_id', '=', scope.mutualId);
      if (scope.memberId) q = q.where('e.member_id', '=', scope.memberId);
      return q.executeTakeFirst();
    },
    /** A session's enrolments (of one firm when `memberId` is given), in arrival order; a page of them when `page` is given. */
    listForSession(
      sessionId: string,
      memberId: string | null,
      statuses?: readonly EnrolmentStatus[],
      page?: { limit: number; offset: number },
    ) {
      // its generic plan: one firm's enrolments of a session were planned at every read (PostgreSQL
      // estimates the generic plan dearer), 0.65 ms, to run the same plan in 0.19 ms (docs/performance.md)
      let q = ofSession(sessionId, memberId, statuses).orderBy('e.position');
      if (page) q = q.limit(page.limit).offset(page.offset);
      return withGenericPlan(q).execute();
    },
    /** The enrolments of many sessions in the given states, each session's by position (as `listForSession`). */
    listForSessions(sessionIds: readonly string[], statuses: readonly EnrolmentStatus[]) {
      if (sessionIds.length === 0) return Promise.resolve([]);
      return (
        base()
          .where('e.session_id', 'in', [...sessionIds])
          // the sessions named too, or PostgreSQL hashes every session and firm to join a few hundred rows
          .where('s.id', 'in', [...sessionIds])
          .where('e.status', 'in', [...statuses])
          .orderBy('e.session_id')
          .orderBy('e.position')
          .execute()
      );
    },
    countForSession(sessionId: string, memberId: string | null) {
      return counted(withGenericPlan(ofSession(sessionId, memberId)));
    },
    /**
     * A page of the enrolments of the scope (of one employee when given), newest first: its ids first,
     * from the index on (mutual, created_at desc, id) (migration 0101), then those rows.
     */
    listForMember(scope: MemberScope, employeeId: string | undefined, page: { page: number; pageSize: number }) {
      const window = pageWindow(page.page, page.pageSize);
      let ids = db.selectFrom('enrolment').select('id').where('mutual_id', '=', scope.mutualId);
      if (scope.memberId) ids = ids.where('member_id', '=', scope.memberId);
      if (employeeId) ids = ids.where('employee_id', '=', employeeId);
      return withGenericPlan(
        base()
          .innerJoin(
            ids.orderBy('created_at', 'desc').orderBy('id').limit(window.limit).offset(window.offset).as('p'),
            'p.id',
            'e.id',
          )
          .orderBy('e.created_at', 'desc')
          .orderBy('e.id'),
      ).execute();
    },
    /**
     * How many enrolments the scope has (of one employee when given). Without an employee, the kept
     * count of the mutual's firms or of one firm (migration 0101); the list's joins
     * drop no row (their keys are foreign keys), so enrolments alone are counted.
     */
    async countForMember(scope: MemberScope, employeeId?: string) {
      if (employeeId) {
        let q = db
          .selectFrom('enrolment')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('mutual_id', '=', scope.mutualId)
          .where('employee_id', '=', employeeId);
        if (scope.memberId) q = q.where('member_id', '=', scope.memberId);
        return (await q.executeTakeFirstOrThrow()).n;
      }
      let q = db
        .selectFrom('enrolment_count')
        .select(sql<number>`coalesce(sum(n), 0)::int`.as('n'))
        .where('mutual_id', '=', scope.mutualId);
      if (scope.memberId) q = q.where('member_id', '=', scope.memberId);
      return (await q.executeTakeFirstOrThrow()).n;
    },
    /** Counts behind the seat rule: confirmed, reserved and waitlisted per member. */
    async seatPicture(sessionId: string) {
      const counts = await db
        .selectFrom('enrolment')
        .select(['member_id as memberId', 'status', sql<number>`count(*)::int`.as('n')])
        .where('session_id', '=', sessionId)
        .where('status', 'in', [...ACTIVE_ENROLMENT_STATUSES])
        .groupBy(['member_id', 'status'])
        .execute();
      const reserved = await db
        .selectFrom('session_reservation')
        .select(['member_id as memberId', sql<number>`sum(seats)::int`.as('n')])
        .where('session_id', '=', sessionId)
        .groupBy('member_id')
        .execute();
      const of = (status: string) =>
        Object.fromEntries(counts.filter((r) => r.status === status).map((r) => [r.memberId, r.n]));
      return {
        confirmedByMember: of('confirmed') as Record<string, number>,
        waitlistedByMember: of('waitlisted') as Record<string, number>,
        reservedByMember: Object.fromEntries(reserved.map((r) => [r.memberId, r.n])) as Record<string, number>,
      };
    },
    /** The seat pictures of many sessions (as `seatPicture`, one per id given) in two statements. */
    async seatPictures(sessionIds: readonly string[]) {
      const out = new Map<
        string,
        {
          confirmedByMember: Record<string, number>;
          waitlistedByMember: Record<string, number>;
          reservedByMember: Record<string, number>;
        }
      >();
      for (const id of sessionIds) out.set(id, { confirmedByMember: {}, waitlistedByMember: {}, reservedByMember: {} });
      if (sessionIds.length === 0) return out;
      const [counts, reserved] = await Promise.all([
        db
          .selectFrom('enrolment')
          .select(['session_id as sessionId', 'member_id as memberId', 'status', sql<number>`count(*)::int`.as('n')])
          .where('session_id', 'in', [...sessionIds])
          .where('status', 'in', [...ACTIVE_ENROLMENT_STATUSES])
          .groupBy(['session_id', 'member_id', 'status'])
          .execute(),
        db
          .selectFrom('session_reservation')
          .select(['session_id as sessionId', 'member_id as memberId', sql<number>`sum(seats)::int`.as('n')])
          .where('session_id', 'in', [...sessionIds])
          .groupBy(['session_id', 'member_id'])
          .execute(),
      ]);
      for (const r of counts) {
        const picture = out.get(r.sessionId);
        if (!picture) continue;
        if (r.status === 'confirmed') picture.confirmedByMember[r.memberId] = r.n;
        else if (r.status === 'waitlisted') picture.waitlistedByMember[r.memberId] = r.n;
      }
      for (const r of reserved) {
        const picture = out.get(r.sessionId);
        if (picture) picture.reservedByMember[r.memberId] = r.n;
      }
      return out;
    },
    waitlist(sessionId: string) {
      // its generic plan (decision 85): planned for its values it was planned at every read of a
      // session's enrolments, 0.14 ms, to run in 0.01 ms (one session's rows by its index)
      return withGenericPlan(
        db
          .selectFrom('enrolment')
          .select(['id', 'member_id as memberId', 'position'])
          .where('session_id', '=', sessionId)
          .where('status', '=', 'waitlisted')
          .orderBy('position'),
      ).execute();
    },
    /** Whether the employee holds a seat or waits in the session. */
    async isActive(sessionId: string, employeeId: string) {
      const row = await db
        .selectFrom('enrolment')
        .select('id')
        .where('session_id', '=', sessionId)
        .where('employee_id', '=', employeeId)
        .where('status', 'in', [...ACTIVE_ENROLMENT_STATUSES])
        .executeTakeFirst();
      return Boolean(row);
    },
    /**
     * The waitlist rank of each of these waitlisted enrolments, of any sessions, in one statement: its
     * place among its session's waitlisted enrolments in arrival order (1 for the next person).
     */
    async waitlistRanks(waiting: readonly { id: string }[]): Promise<Map<string, number>> {
      if (waiting.length === 0) return new Map();
      const rows = await db
        .selectFrom('enrolment as e')
        .select([
          'e.id',
          sql<number>`(select count(*)::int from enrolment w
            where w.session_id = e.session_id and w.status = 'waitlisted' and w.position <= e.position)`.as('rank'),
        ])
        .where(
          'e.id',
          'in',
          waiting.map((w) => w.id),
        )
        .execute();
      return new Map(rows.map((r) => [r.id, r.rank]));
    },
    /**
     * The firms among `memberIds` whose new enrolments the dues guard refuses (migration 0054, its
     * rule in overdue_dues_invoice of 0081): the oldest overdue dues invoice of each, by member.
     */
    async overdueDues(mutualId: string, memberIds: readonly string[]) {
      const blocked = new Map<string, { number: string; dueOn: string }>();
      for (const memberId of new Set(memberIds)) {
        const { rows } = await sql<{ number: string; dueOn: string }>`
          select number, due_on::text as "dueOn" from overdue_dues_invoice(${mutualId}, ${memberId})`.execute(db);
        if (rows[0]) blocked.set(memberId, rows[0]);
      }
      return blocked;
    },
    /** Enrolments by id, in any order (a batch's, to answer each request). */
    findMany(ids: readonly string[], mutualId: string) {
      if (ids.length === 0) return Promise.resolve([]);
      return base()
        .where('e.id', 'in', [...ids])
        .where('e.mutual_id', '=', mutualId)
        .execute();
    },
    /** The employees among `employeeIds` that hold a seat or wait in the session. */
    async activeAmong(sessionId: string, employeeIds: readonly string[]) {
      if (employeeIds.length === 0) return new Set<string>();
      const rows = await db
        .selectFrom('enrolment')
        .select('employee_id as employeeId')
        .where('session_id', '=', sessionId)
        .where('employee_id', 'in', [...employeeIds])
        .where('status', 'in', [...ACTIVE_ENROLMENT_STATUSES])
        .execute();
      return new Set(rows.map((r) => r.employeeId));
    },
    /**
     * Several enrolments of one batch in one statement: rows are numbered (position) in the order
     * given, so arrival order is kept. Returns each one's id and position, by employee.
     */
    async insertMany(
      rows: readonly {
        mutualId: string;
        sessionId: string;
        memberId: string;
        employeeId: string;
        status: EnrolmentStatus;
        enrolledBy: string | null;
      }[],
    ) {
      if (rows.length === 0) return new Map<string, { id: string; position: number }>();
      const inserted = await db
        .insertInto('enrolment')
        .values(
          rows.map((r) => ({
            mutual_id: r.mutualId,
            session_id: r.sessionId,
            member_id: r.memberId,
            employee_id: r.employeeId,
            status: r.status,
            enrolled_by: r.enrolledBy,
          })),
        )
        .returning(['id', 'employee_id as employeeId', 'position'])
        .execute();
      return new Map(inserted.map((r) => [r.employeeId, { id: r.id, position: Number(r.position) }]));
    },
    insert(values: {
      mutualId: string;
      sessionId: string;
      memberId: string;
      employeeId: string;
      status: EnrolmentStatus;
      enrolledBy: string | null;
    }) {
      return db
        .insertInto('enrolment')
        .values({
          mutual_id: values.mutualId,
          session_id: values.sessionId,
          member_id: values.memberId,
          employee_id: values.employeeId,
          status: values.status,
          enrolled_by: values.enrolledBy,
        })
        .returning(['id', 'status', 'position'])
        .executeTakeFirstOrThrow();
    },
    async setStatus(
      id: string,
      status: EnrolmentStatus,
      now: string,
      extra: { reason?: string | null; replacedBy?: string | null } = {},
    ) {
      await db
        .updateTable('enrolment')
        .set({
          status,
          status_changed_at: now,
          status_reason: extra.reason ?? null,
          ...(extra.replacedBy ? { replaced_by: extra.replacedBy } : {}),
        })
        .where('id', '=', id)
        .execute();
    },
    /** New waitlist positions (a coordinator's order). */
    /** New positions for these enrolments, in one statement (a reordered waitlist's moves). */
    async setPositions(moves: readonly { id: string; position: number }[]) {
      if (moves.length === 0) return;
      await sql`
        update enrolment as e set position = m.position
        from unnest(${sql.val(moves.map((m) => m.id))}::uuid[], ${sql.val(moves.map((m) => m.position))}::bigint[])
          as m(id, position)
        where e.id = m.id`.execute(db);
    },
    async setResult(
      id: string,
      result: { outcome: EnrolmentOutcome | null; score: number | null; note: string | null },
    ) {
      await db
        .updateTable('enrolment')
        .set({ outcome: result.outcome, score: result.score, result_note: result.note })
        .where('id', '=', id)
        .execute();
    },
    /** Scheduled sessions whose first day falls in [from, until] and that have participants not yet reminded. */
    async dueForReminder(from: string, until: string) {
      const rows = await sql<{ sessionId: string; mutualId: string }>`
        select distinct s.id as "sessionId", s.mutual_id as "mutualId" from training_session s
        join enrolment e on e.session_id = s.id and e.status = 'confirmed' and e.reminder_sent_at is null
        where s.status = 'scheduled'
          and (select min(d.day) from session_meeting_day d where d.session_id = s.id) between ${from} and ${until}`.execute(
        db,
      );
      return rows.rows;
    },
    async markReminded(ids: string[], now: string) {
      if (ids.length === 0) return;
      await db.updateTable('enrolment').set({ reminder_sent_at: now }).where('id', 'in', ids).execute();
    },
    async memberName(memberId: string) {
      return (await db.selectFrom('member').select('legal_name').where('id', '=', memberId).executeTakeFirstOrThrow())
        .legal_name;
    },
    employee(employeeId: string, mutualId: string) {
      return employees().where('id', '=', employeeId).where('mutual_id', '=', mutualId).executeTakeFirst();
    },
    /** The mutual's employees among `employeeIds`, by id (those of another mutual or unknown are absent). */
    async employeesAmong(employeeIds: readonly string[], mutualId: string) {
      const rows =
        employeeIds.length === 0
          ? []
          : await employees()
              .where('id', 'in', [...employeeIds])
              .where('mutual_id', '=', mutualId)
              .execute();
      return new Map(rows.map((r) => [r.id, r]));
    },
  };
}
