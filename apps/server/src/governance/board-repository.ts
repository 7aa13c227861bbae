import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import type { BoardMeetingTable, BoardMemberTable, BoardSeatTable } from '../db/governance-tables.ts';
import { withGenericPlan } from '../db/postgres-prepared-statements.ts';

export type BoardMemberRow = Awaited<ReturnType<ReturnType<typeof boardRepository>['members']>>[number];
export type MeetingRow = Awaited<ReturnType<ReturnType<typeof boardRepository>['meetings']>>[number];

/** Board seats, members and their terms, meetings, attendance and decisions; every query names its mutual. */
export function boardRepository(db: Db) {
  return {
    seats(mutualId: string) {
      return db
        .selectFrom('board_seat')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .orderBy('position')
        .orderBy('created_at')
        .execute();
    },
    seat(mutualId: string, id: string) {
      return db
        .selectFrom('board_seat')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    async insertSeat(values: Insertable<BoardSeatTable>) {
      return (await db.insertInto('board_seat').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    async nextSeatPosition(mutualId: string) {
      const row = await db
        .selectFrom('board_seat')
        .select(sql<number>`coalesce(max(position), -1) + 1`.as('n'))
        .where('mutual_id', '=', mutualId)
        .executeTakeFirstOrThrow();
      return row.n;
    },
    async updateSeat(mutualId: string, id: string, values: Updateable<BoardSeatTable>) {
      await db.updateTable('board_seat').set(values).where('mutual_id', '=', mutualId).where('id', '=', id).execute();
    },
    /** Every board member (past terms too), with the seat and the member firm's name. */
    members(mutualId: string) {
      return db
        .selectFrom('board_member as b')
        .innerJoin('board_seat as s', 's.id', 'b.seat_id')
        .leftJoin('member as m', 'm.id', 'b.member_id')
        .selectAll('b')
        .select(['s.kind as seat_kind', 's.label as seat_label', 'm.legal_name as member_name'])
        .where('b.mutual_id', '=', mutualId)
        .orderBy('s.position')
        .orderBy('b.term_start', 'desc')
        .$call(withGenericPlan) // planned for each mutual's values at every request otherwise (decision 84)
        .execute();
    },
    member(mutualId: string, id: string) {
      return db
        .selectFrom('board_member')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    async insertMember(values: Insertable<BoardMemberTable>) {
      return (await db.insertInto('board_member').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    async updateMember(mutualId: string, id: string, values: Updateable<BoardMemberTable>) {
      await db.updateTable('board_member').set(values).where('mutual_id', '=', mutualId).where('id', '=', id).execute();
    },
    /** Terms on the seat that overlap [start, end] (end null = open), other than `exceptId`. */
    async overlappingOnSeat(
      mutualId: string,
      seatId: string,
      start: string,
      end: string | null,
      exceptId: string | null,
    ) {
      let q = db
        .selectFrom('board_member')
        .select(['id', 'name'])
        .where('mutual_id', '=', mutualId)
        .where('seat_id', '=', seatId)
        .where((eb) => eb.or([eb('term_end', 'is', null), eb('term_end', '>=', start)]));
      if (end) q = q.where('term_start', '<=', end);
      if (exceptId) q = q.where('id', '<>', exceptId);
      return q.execute();
    },
    async isSittingChair(mutualId: string, userId: string, day: string) {
      const row = await db
        .selectFrom('board_member')
        .select('id')
        .where('mutual_id', '=', mutualId)
        .where('user_id', '=', userId)
        .where('office', '=', 'chair')
        .where('term_start', '<=', day)
        .where((eb) => eb.or([eb('term_end', 'is', null), eb('term_end', '>=', day)]))
        .executeTakeFirst();
      return Boolean(row);
    },
    async boardViewerOfMutual(mutualId: string, userId: string) {
      return Boolean(
        await db
          .selectFrom('app_user')
          .select('id')
          .where('id', '=', userId)
          .where('mutual_id', '=', mutualId)
          .where('role', '=', 'board_viewer')
          .executeTakeFirst(),
      );
    },
    async memberOfMutual(mutualId: string, memberId: string) {
      return Boolean(
        await db
          .selectFrom('member')
          .select('id')
          .where('mutual_id', '=', mutualId)
          .where('id', '=', memberId)
          .executeTakeFirst(),
      );
    },
    /** Meetings with their attendance counts, newest first. */
    meetings(mutualId: string, filter: { year?: number; ids?: string[] }, page?: { limit: number; offset: number }) {
      let q = db
        .selectFrom('board_meeting as g')
        .selectAll('g')
        .select([
          sql<number>`(select count(*)::int from board_attendance a where a.meeting_id = g.id and a.present)`.as(
            'present',
          ),
          sql<number>`(select count(*)::int from board_decision d where d.meeting_id = g.id)`.as('decisions'),
        ])
        .where('g.mutual_id', '=', mutualId);
      if (filter.year)
        q = q.where('g.held_on', '>=', `${filter.year}-01-01`).where('g.held_on', '<=', `${filter.year}-12-31`);
      if (filter.ids)
        q = q.where('g.id', 'in', filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000']);
      q = q.orderBy('g.held_on', 'desc').orderBy('g.created_at', 'desc');
      if (page) q = q.limit(page.limit).offset(page.offset);
      return withGenericPlan(q).execute(); // planned for each mutual's values at every request otherwise (decision 84)
    },
    async countMeetings(mutualId: string, filter: { year?: number }) {
      let q = db
        .selectFrom('board_meeting')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('mutual_id', '=', mutualId);
      if (filter.year)
        q = q.where('held_on', '>=', `${filter.year}-01-01`).where('held_on', '<=', `${filter.year}-12-31`);
      return (await q.executeTakeFirstOrThrow()).n;
    },
    meeting(mutualId: string, id: string) {
      return db
        .selectFrom('board_meeting')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    async insertMeeting(values: Insertable<BoardMeetingTable>) {
      return (await db.insertInto('board_meeting').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    async updateMeeting(mutualId: string, id: string, values: Updateable<BoardMeetingTable>) {
      await db
        .updateTable('board_meeting')
        .set(values)
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .execute();
    },
    attendance(meetingId: string) {
      return db
        .selectFrom('board_attendance')
        .select(['board_member_id', 'present'])
        .where('meeting_id', '=', meetingId)
        .execute();
    },
    async setAttendance(mutualId: string, meetingId: string, rows: { boardMemberId: string; present: boolean }[]) {
      await db.deleteFrom('board_attendance').where('meeting_id', '=', meetingId).execute();
      if (rows.length === 0) return;
      await db
        .insertInto('board_attendance')
        .values(
          rows.map((r) => ({
            meeting_id: meetingId,
            board_member_id: r.boardMemberId,
            mutual_id: mutualId,
            present: r.present,
          })),
        )
        .execute();
    },
    decisions(meetingId: string) {
      return db
        .selectFrom('board_decision')
        .select(['id', 'position', 'text', 'outcome'])
        .where('meeting_id', '=', meetingId)
        .orderBy('position')
        .execute();
    },
    async addDecision(mutualId: string, meetingId: string, text: string, outcome: string) {
      const next = await db
        .selectFrom('board_decision')
        .select(sql<number>`coalesce(max(position), 0) + 1`.as('n'))
        .where('meeting_id', '=', meetingId)
        .executeTakeFirstOrThrow();
      await db
        .insertInto('board_decision')
        .values({ mutual_id: mutualId, meeting_id: meetingId, position: next.n, text, outcome })
        .execute();
    },
  };
}
