import type { CalendarFeedKind } from '@mutualis/domain/delivery/ical';
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

/** Private calendar feed URLs and the sessions each one shows. */
export function calendarFeedRepository(db: Db) {
  return {
    insert(values: {
      mutualId: string;
      tokenHash: string;
      kind: CalendarFeedKind;
      userId: string | null;
      providerId: string | null;
      memberId: string | null;
      employeeId: string | null;
      createdBy: string;
    }) {
      return db
        .insertInto('calendar_feed')
        .values({
          mutual_id: values.mutualId,
          token_hash: values.tokenHash,
          kind: values.kind,
          user_id: values.userId,
          provider_id: values.providerId,
          member_id: values.memberId,
          employee_id: values.employeeId,
          created_by: values.createdBy,
        })
        .returning(['id', 'kind'])
        .executeTakeFirstOrThrow();
    },
    async memberExists(memberId: string, mutualId: string) {
      return Boolean(
        await db
          .selectFrom('member')
          .select('id')
          .where('id', '=', memberId)
          .where('mutual_id', '=', mutualId)
          .executeTakeFirst(),
      );
    },
    /** An active feed by its token's hash, with the language of the account that made it (its reader's). */
    active(tokenHash: string) {
      return db
        .selectFrom('calendar_feed as f')
        .leftJoin('app_user as u', 'u.id', 'f.created_by')
        .selectAll('f')
        .select(sql<'fr' | 'en'>`coalesce(u.locale, 'fr')`.as('readerLocale'))
        .where('f.token_hash', '=', tokenHash)
        .where('f.revoked_at', 'is', null)
        .executeTakeFirst();
    },
    find(id: string, mutualId: string) {
      return db
        .selectFrom('calendar_feed')
        .selectAll()
        .where('id', '=', id)
        .where('mutual_id', '=', mutualId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
    },
    /** A page of the active feeds of a mutual, or of those one user created, newest first; never their token. */
    listActive(mutualId: string, createdBy: string | null, page: { limit: number; offset: number }) {
      let q = db
        .selectFrom('calendar_feed as f')
        .leftJoin('member as m', 'm.id', 'f.member_id')
        .leftJoin('employee as e', 'e.id', 'f.employee_id')
        .select([
          'f.id',
          'f.kind',
          'm.legal_name as memberName',
          sql<string | null>`case when e.id is null then null else e.first_name || ' ' || e.last_name end`.as(
            'employeeName',
          ),
          'f.created_at as createdAt',
        ])
        .where('f.mutual_id', '=', mutualId)
        .where('f.revoked_at', 'is', null);
      if (createdBy) q = q.where('f.created_by', '=', createdBy);
      return q.orderBy('f.created_at', 'desc').orderBy('f.id').limit(page.limit).offset(page.offset).execute();
    },
    async countActive(mutualId: string, createdBy: string | null): Promise<number> {
      let q = db
        .selectFrom('calendar_feed')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('mutual_id', '=', mutualId)
        .where('revoked_at', 'is', null);
      if (createdBy) q = q.where('created_by', '=', createdBy);
      return (await q.executeTakeFirstOrThrow()).n;
    },
    async revoke(id: string, now: string) {
      await db.updateTable('calendar_feed').set({ revoked_at: now }).where('id', '=', id).execute();
    },
    /** Session ids of a trainer's feed: its provider's sessions not assigned to another trainer. */
    async trainerSessionIds(mutualId: string, providerId: string, userId: string | null) {
      const rows = await db
        .selectFrom('training_session as s')
        .innerJoin('course as c', 'c.id', 's.course_id')
        .select('s.id')
        .where('s.mutual_id', '=', mutualId)
        .where((eb) =>
          eb.or([
            eb('s.provider_id', '=', providerId),
            eb.and([eb('s.provider_id', 'is', null), eb('c.provider_id', '=', providerId)]),
          ]),
        )
        .where((eb) =>
          userId ? eb.or([eb('s.trainer_user_id', 'is', null), eb('s.trainer_user_id', '=', userId)]) : eb.val(true),
        )
        .execute();
      return rows.map((r) => r.id);
    },
    /** Enrolments (any status but waitlisted) of a firm or of one employee, with their session. */
    enrolmentsOf(mutualId: string, filter: { memberId?: string; employeeId?: string }) {
      let q = db
        .selectFrom('enrolment')
        .select(['session_id as sessionId', 'status', 'employee_id as employeeId'])
        .where('mutual_id', '=', mutualId)
        .where('status', '!=', 'waitlisted');
      if (filter.memberId) q = q.where('member_id', '=', filter.memberId);
      if (filter.employeeId) q = q.where('employee_id', '=', filter.employeeId);
      return q.execute();
    },
  };
}
