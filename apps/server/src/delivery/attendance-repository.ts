import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

/** Attendance per participant and meeting day. */
export function attendanceRepository(db: Db) {
  return {
    /** The attendance of many sessions, with the session of each mark. */
    forSessions(sessionIds: readonly string[]) {
      if (sessionIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('attendance')
        .select([
          'session_id as sessionId',
          'enrolment_id as enrolmentId',
          'meeting_day_id as meetingDayId',
          'present',
          'hours',
        ])
        .where('session_id', 'in', [...sessionIds])
        .execute();
    },
    forSession(sessionId: string) {
      return db
        .selectFrom('attendance')
        .select(['enrolment_id as enrolmentId', 'meeting_day_id as meetingDayId', 'present', 'hours'])
        .where('session_id', '=', sessionId)
        .execute();
    },
    async upsert(
      rows: {
        enrolmentId: string;
        meetingDayId: string;
        mutualId: string;
        sessionId: string;
        present: boolean;
        hours: number;
        recordedBy: string;
      }[],
      now: string,
    ) {
      for (const r of rows) {
        await db
          .insertInto('attendance')
          .values({
            enrolment_id: r.enrolmentId,
            meeting_day_id: r.meetingDayId,
            mutual_id: r.mutualId,
            session_id: r.sessionId,
            present: r.present,
            hours: r.hours,
            recorded_by: r.recordedBy,
            recorded_at: now,
          })
          .onConflict((oc) =>
            oc
              .columns(['enrolment_id', 'meeting_day_id'])
              .doUpdateSet({ present: r.present, hours: r.hours, recorded_by: r.recordedBy, recorded_at: now }),
          )
          .execute();
      }
    },
    /** Confirmed participants who lack attendance for at least one meeting day. */
    async participantsMissing(sessionId: string) {
      const res = await sql<{ n: number }>`
        select count(*)::int as n from enrolment e
        where e.session_id = ${sessionId} and e.status = 'confirmed'
          and (select count(*) from attendance a where a.enrolment_id = e.id)
            < (select count(*) from session_meeting_day d where d.session_id = ${sessionId})`.execute(db);
      return res.rows[0]?.n ?? 0;
    },
  };
}
