import { type Insertable, sql } from 'kysely';
import type { MemberScope } from '../caller.ts';
import type { Db } from '../db/client.ts';
import type { AttestationTable } from '../db/tables.ts';

/** What a list of attestations may be narrowed to. */
export interface AttestationFilter {
  memberId?: string;
  employeeId?: string;
  sessionId?: string;
}

export type AttestationRow = NonNullable<Awaited<ReturnType<ReturnType<typeof attestationRepository>['find']>>>;

/** Attestations of participation (s.14). */
export function attestationRepository(db: Db) {
  const columns = [
    'a.id',
    'a.mutual_id as mutualId',
    'a.number',
    'a.enrolment_id as enrolmentId',
    'a.session_id as sessionId',
    'a.member_id as memberId',
    'a.employee_id as employeeId',
    'a.participant_name as participantName',
    'a.course_title_fr as courseTitleFr',
    'a.course_title_en as courseTitleEn',
    'a.provider_name as providerName',
    'a.date_from as dateFrom',
    'a.date_to as dateTo',
    'a.hours',
    'a.issued_at as issuedAt',
    'a.reissued_at as reissuedAt',
    'a.reissue_count as reissueCount',
  ] as const;
  const filtered = (scope: MemberScope, f: AttestationFilter) => {
    let q = db.selectFrom('attestation as a').where('a.mutual_id', '=', scope.mutualId);
    if (scope.memberId) q = q.where('a.member_id', '=', scope.memberId);
    if (f.memberId) q = q.where('a.member_id', '=', f.memberId);
    if (f.employeeId) q = q.where('a.employee_id', '=', f.employeeId);
    if (f.sessionId) q = q.where('a.session_id', '=', f.sessionId);
    return q;
  };
  return {
    /** The next number of the mutual's sequence (row-locked by the update). */
    async nextSequence(mutualId: string) {
      const row = await db
        .updateTable('mutual')
        .set((eb) => ({ attestation_seq: eb('attestation_seq', '+', 1) }))
        .where('id', '=', mutualId)
        .returning(['attestation_seq', 'name'])
        .executeTakeFirstOrThrow();
      return row.attestation_seq;
    },
    insert(values: Insertable<AttestationTable>) {
      return db.insertInto('attestation').values(values).returning('id').executeTakeFirstOrThrow();
    },
    issuedEnrolmentIds(sessionId: string) {
      return db.selectFrom('attestation').select('enrolment_id').where('session_id', '=', sessionId).execute();
    },
    find(id: string, scope: MemberScope) {
      let q = db
        .selectFrom('attestation as a')
        .select(columns)
        .where('a.id', '=', id)
        .where('a.mutual_id', '=', scope.mutualId);
      if (scope.memberId) q = q.where('a.member_id', '=', scope.memberId);
      return q.executeTakeFirst();
    },
    byNumber(number: string) {
      return db.selectFrom('attestation as a').select(columns).where('a.number', '=', number).executeTakeFirst();
    },
    /** A page of the scope's attestations that match, newest first. */
    list(scope: MemberScope, filter: AttestationFilter, page: { limit: number; offset: number }) {
      return filtered(scope, filter)
        .select(columns)
        .orderBy('a.issued_at', 'desc')
        .orderBy('a.number')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
    },
    async count(scope: MemberScope, filter: AttestationFilter): Promise<number> {
      return (await filtered(scope, filter).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
    },
    async markReissued(id: string, now: string, participantName: string) {
      await db
        .updateTable('attestation')
        .set((eb) => ({
          reissued_at: now,
          reissue_count: eb('reissue_count', '+', 1),
          participant_name: participantName,
        }))
        .where('id', '=', id)
        .execute();
    },
    mutualName(mutualId: string) {
      return db.selectFrom('mutual').select('name').where('id', '=', mutualId).executeTakeFirstOrThrow();
    },
    employeeName(employeeId: string) {
      return db
        .selectFrom('employee')
        .select(['first_name', 'last_name'])
        .where('id', '=', employeeId)
        .executeTakeFirstOrThrow();
    },
    countIssued(mutualId: string, year: number) {
      return db
        .selectFrom('attestation')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('mutual_id', '=', mutualId)
        .where('date_to', '>=', `${year}-01-01`)
        .where('date_to', '<=', `${year}-12-31`)
        .executeTakeFirstOrThrow();
    },
  };
}
