import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

// The calendar of sessions: a mutual's meeting days between two dates (which sessions the caller
// may see is decided by session-repository.ts, the one visibility rule of sessions).

export function scheduleRepository(db: Db) {
  return {
    /** The mutual's meeting days from `from` to `to` (both included), by day and start time. */
    meetingDaysBetween(mutualId: string, from: string, to: string) {
      return db
        .selectFrom('session_meeting_day')
        .select(['id', 'session_id as sessionId', 'day', 'starts_at as startsAt', 'ends_at as endsAt'])
        .where('mutual_id', '=', mutualId)
        .where('day', '>=', from)
        .where('day', '<=', to)
        .orderBy('day')
        .orderBy('starts_at')
        .orderBy('session_id')
        .execute();
    },
    /** Which of the sessions the member takes part in: seats reserved for it or people enrolled. */
    async sessionsOfMember(memberId: string, sessionIds: string[]): Promise<Set<string>> {
      if (sessionIds.length === 0) return new Set();
      const rows = await db
        .selectFrom('training_session as s')
        .select('s.id')
        .where('s.id', 'in', sessionIds)
        .where((eb) =>
          eb.or([
            eb.exists(
              eb
                .selectFrom('session_reservation as r')
                .select(sql`1`.as('x'))
                .whereRef('r.session_id', '=', 's.id')
                .where('r.member_id', '=', memberId),
            ),
            eb.exists(
              eb
                .selectFrom('enrolment as e')
                .select(sql`1`.as('x'))
                .whereRef('e.session_id', '=', 's.id')
                .where('e.member_id', '=', memberId),
            ),
          ]),
        )
        .execute();
      return new Set(rows.map((r) => r.id));
    },
  };
}
