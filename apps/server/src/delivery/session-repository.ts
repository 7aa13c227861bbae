import {
  OPEN_TO_EVERY_MEMBER,
  type SessionEventKind,
  type SessionState,
  STILL_TO_DELIVER,
} from '@mutualis/domain/delivery/lifecycle';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import { pageWindow } from '../db/page-window.ts';
import type { TrainingSessionTable } from '../db/tables.ts';

/** Who may see which sessions: a coordinator all of its mutual, a trainer only those assigned to it. */
export type SessionVisibility =
  | { kind: 'mutual'; mutualId: string }
  | { kind: 'member'; mutualId: string; memberId: string }
  | { kind: 'trainer'; mutualId: string; providerId: string; userId: string };

/** One session with what the course and the enrolments say about it. */
export interface SessionRow {
  id: string;
  mutualId: string;
  courseId: string;
  /** The session's own title, else its course's French title (see sessionTitleIn for a reader's). */
  title: string;
  /** The title the coordinator gave the session, if any. */
  ownTitle: string | null;
  courseTitleFr: string;
  courseTitleEn: string;
  objectives: string;
  content: string;
  durationHours: number;
  period: string;
  regionCode: string | null;
  language: 'fr' | 'en';
  mode: 'in_person' | 'virtual';
  status: SessionState;
  seats: number;
  seatsMin: number;
  seatsMax: number;
  costCents: number;
  goNoGoDate: string | null;
  goNoGoAlertedAt: string | null;
  place: string | null;
  virtualLink: string | null;
  providerId: string | null;
  providerName: string | null;
  trainerUserId: string | null;
  trainerName: string | null;
  singleFirm: boolean;
  overrideReason: string | null;
  cancelReason: string | null;
  sequence: number;
  notes: string;
  updatedAt: string;
  seatsConfirmed: number;
  waitlisted: number;
  firstDay: string | null;
  lastDay: string | null;
}

/** What a list of sessions may be narrowed to. */
export interface SessionFilter {
  status?: SessionState;
  /** 'YYYY' or 'YYYY-MM'. */
  period?: string;
  ids?: string[];
}

/** Training sessions: reads with their course, lifecycle writes and history. */
export function trainingSessionRepository(db: Db) {
  const base = () =>
    db
      .selectFrom('training_session as s')
      .innerJoin('course as c', 'c.id', 's.course_id')
      .innerJoin('mutual as mu', 'mu.id', 's.mutual_id')
      .leftJoin('provider as p', (join) => join.on(sql<boolean>`p.id = coalesce(s.provider_id, c.provider_id)`))
      .leftJoin('app_user as tu', 'tu.id', 's.trainer_user_id')
      .select([
        's.id',
        's.mutual_id as mutualId',
        's.course_id as courseId',
        sql<string>`coalesce(s.title, c.title_fr)`.as('title'),
        's.title as ownTitle',
        'c.title_fr as courseTitleFr',
        'c.title_en as courseTitleEn',
        'c.objectives',
        'c.content',
        'c.duration_hours as durationHours',
        's.period',
        's.region_code as regionCode',
        sql<'fr' | 'en'>`coalesce(s.language, c.language)`.as('language'),
        'c.mode',
        's.status',
        's.seats',
        sql<number>`coalesce(s.seats_min, c.min_seats)`.as('seatsMin'),
        sql<number>`coalesce(s.seats_max, c.max_seats)`.as('seatsMax'),
        's.cost_cents as costCents',
        // sessions from a pooling plan have no date of their own: the mutual's lead time before the period
        sql<
          string | null
        >`coalesce(s.go_no_go_date, case when s.period ~ '^[0-9]{4}-[0-9]{2}$' then (s.period || '-01')::date - mu.go_no_go_days end)`.as(
          'goNoGoDate',
        ),
        's.go_no_go_alerted_at as goNoGoAlertedAt',
        's.place',
        's.virtual_link as virtualLink',
        sql<string | null>`coalesce(s.provider_id, c.provider_id)`.as('providerId'),
        'p.name as providerName',
        's.trainer_user_id as trainerUserId',
        sql<string | null>`coalesce(s.trainer_name, tu.display_name)`.as('trainerName'),
        's.single_firm as singleFirm',
        's.override_reason as overrideReason',
        's.cancel_reason as cancelReason',
        's.sequence',
        's.notes',
        's.updated_at as updatedAt',
        sql<number>`(select count(*) from enrolment e where e.session_id = s.id and e.status = 'confirmed')::int`.as(
          'seatsConfirmed',
        ),
        sql<number>`(select count(*) from enrolment e where e.session_id = s.id and e.status = 'waitlisted')::int`.as(
          'waitlisted',
        ),
        sql<string | null>`(select min(d.day) from session_meeting_day d where d.session_id = s.id)`.as('firstDay'),
        sql<string | null>`(select max(d.day) from session_meeting_day d where d.session_id = s.id)`.as('lastDay'),
      ]);

  const visible = <Q extends ReturnType<typeof base>>(q: Q, v: SessionVisibility): Q => {
    let out = q.where('s.mutual_id', '=', v.mutualId) as Q;
    if (v.kind === 'trainer') {
      out = out
        .where(sql<boolean>`coalesce(s.provider_id, c.provider_id) = ${v.providerId}`)
        .where((eb) => eb.or([eb('s.trainer_user_id', 'is', null), eb('s.trainer_user_id', '=', v.userId)])) as Q;
    }
    if (v.kind === 'member') {
      // a member contact sees sessions open to enrolment and those its firm takes part in
      out = out.where((eb) =>
        eb.or([
          eb('s.status', 'in', [...OPEN_TO_EVERY_MEMBER]),
          eb.exists(
            eb
              .selectFrom('session_reservation as r')
              .select('r.id')
              .whereRef('r.session_id', '=', 's.id')
              .where('r.member_id', '=', v.memberId),
          ),
          eb.exists(
            eb
              .selectFrom('enrolment as e')
              .select('e.id')
              .whereRef('e.session_id', '=', 's.id')
              .where('e.member_id', '=', v.memberId),
          ),
        ]),
      ) as Q;
    }
    return out;
  };

  /**
   * The sessions the visibility reaches that match the filter, from `training_session as s` alone: what
   * `visible` keeps, without the joins. A member contact's sessions are one set of ids (the
   * open ones, those its firm reserved or enrolled in): an `or` of `exists` ran both probes for each of
   * the mutual's sessions (25 ms for bench-finance's 8,000, 1.4 ms as a set).
   */
  const matching = (v: SessionVisibility, f: SessionFilter) => {
    let q = db.selectFrom('training_session as s').where('s.mutual_id', '=', v.mutualId);
    if (v.kind === 'trainer') {
      q = q
        .where(
          sql<boolean>`coalesce(s.provider_id, (select c.provider_id from course c where c.id = s.course_id)) = ${v.providerId}`,
        )
        .where((eb) => eb.or([eb('s.trainer_user_id', 'is', null), eb('s.trainer_user_id', '=', v.userId)]));
    }
    if (v.kind === 'member') {
      q = q.where('s.id', 'in', (eb) =>
        eb
          .selectFrom('training_session as o')
          .select('o.id')
          .where('o.mutual_id', '=', v.mutualId)
          .where('o.status', 'in', [...OPEN_TO_EVERY_MEMBER])
          .unionAll(
            eb
              .selectFrom('session_reservation as r')
              .select('r.session_id as id')
              .where('r.member_id', '=', v.memberId),
          )
          .unionAll(eb.selectFrom('enrolment as e').select('e.session_id as id').where('e.member_id', '=', v.memberId)),
      );
    }
    if (f.status) q = q.where('s.status', '=', f.status);
    if (f.period) q = q.where('s.period', 'like', `${f.period}%`);
    if (f.ids) q = q.where('s.id', 'in', f.ids);
    return q;
  };

  return {
    async find(id: string, v: SessionVisibility): Promise<SessionRow | undefined> {
      return (await visible(base(), v).where('s.id', '=', id).executeTakeFirst()) as SessionRow | undefined;
    },
    /**
     * The visible sessions that match, by period then creation; a page of them when `page` is given: the
     * page's ids first, from the sessions alone (index on (mutual, period, created_at, id), migration
     * 0103_session_pages), then only those rows joined to their course, provider and counts.
     */
    async list(
      v: SessionVisibility,
      filter: SessionFilter = {},
      page?: { page: number; pageSize: number },
    ): Promise<SessionRow[]> {
      if (filter.ids?.length === 0) return [];
      let ids = matching(v, filter).select('s.id').orderBy('s.period').orderBy('s.created_at').orderBy('s.id');
      if (page) {
        const window = pageWindow(page.page, page.pageSize);
        ids = ids.limit(window.limit).offset(window.offset);
      }
      return (await base()
        .innerJoin(ids.as('page'), 'page.id', 's.id')
        .orderBy('s.period')
        .orderBy('s.created_at')
        .orderBy('s.id')
        .execute()) as SessionRow[];
    },
    /** How many visible sessions match: the sessions alone (the list's inner joins follow not-null foreign keys and drop no row). */
    async count(v: SessionVisibility, filter: SessionFilter = {}): Promise<number> {
      if (filter.ids?.length === 0) return 0;
      const row = await matching(v, filter).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
      return row.n;
    },
    /** Locks the session row until the transaction ends (enrolment capacity, transitions). */
    async lock(id: string, mutualId: string) {
      return db
        .selectFrom('training_session')
        .select(['id', 'status'])
        .where('id', '=', id)
        .where('mutual_id', '=', mutualId)
        .forUpdate()
        .executeTakeFirst();
    },
    async insert(values: Insertable<TrainingSessionTable>) {
      return db.insertInto('training_session').values(values).returning('id').executeTakeFirstOrThrow();
    },
    async update(id: string, values: Updateable<TrainingSessionTable>, now: string) {
      await db
        .updateTable('training_session')
        .set({ ...values, updated_at: now })
        .where('id', '=', id)
        .execute();
    },
    /** Bumps the iCalendar SEQUENCE after a change participants should see. */
    async bumpSequence(id: string, now: string) {
      await db
        .updateTable('training_session')
        .set((eb) => ({ sequence: eb('sequence', '+', 1), updated_at: now }))
        .where('id', '=', id)
        .execute();
    },
    async recordEvent(event: {
      mutualId: string;
      sessionId: string;
      actorUserId: string | null;
      kind: SessionEventKind;
      fromStatus?: string | null;
      toStatus?: string | null;
      reason?: string | null;
      detail?: Record<string, unknown>;
    }) {
      await db
        .insertInto('session_event')
        .values({
          mutual_id: event.mutualId,
          session_id: event.sessionId,
          actor_user_id: event.actorUserId,
          kind: event.kind,
          from_status: event.fromStatus ?? null,
          to_status: event.toStatus ?? null,
          reason: event.reason ?? null,
          detail: JSON.stringify(event.detail ?? {}),
        })
        .execute();
    },
    /** A page of the session's history, oldest first. */
    history(sessionId: string, page: { limit: number; offset: number }) {
      return db
        .selectFrom('session_event as e')
        .leftJoin('app_user as u', 'u.id', 'e.actor_user_id')
        .select([
          'e.id',
          'e.at',
          'u.display_name as actorName',
          'e.kind',
          'e.from_status as fromStatus',
          'e.to_status as toStatus',
          'e.reason',
          'e.detail',
        ])
        .where('e.session_id', '=', sessionId)
        .orderBy('e.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
    },
    async countHistory(sessionId: string): Promise<number> {
      const row = await db
        .selectFrom('session_event')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('session_id', '=', sessionId)
        .executeTakeFirstOrThrow();
      return row.n;
    },
    meetingDays(sessionId: string) {
      return db
        .selectFrom('session_meeting_day')
        .select(['id', 'day', 'starts_at as startsAt', 'ends_at as endsAt', 'hours'])
        .where('session_id', '=', sessionId)
        .orderBy('day')
        .orderBy('starts_at')
        .execute();
    },
    meetingDaysOf(sessionIds: string[]) {
      if (sessionIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('session_meeting_day')
        .select(['id', 'session_id as sessionId', 'day', 'starts_at as startsAt', 'ends_at as endsAt', 'hours'])
        .where('session_id', 'in', sessionIds)
        .orderBy('day')
        .orderBy('starts_at')
        .execute();
    },
    async replaceMeetingDays(
      mutualId: string,
      sessionId: string,
      days: { day: string; startsAt: string; endsAt: string; hours: number }[],
    ) {
      await db.deleteFrom('session_meeting_day').where('session_id', '=', sessionId).execute();
      if (days.length === 0) return;
      await db
        .insertInto('session_meeting_day')
        .values(
          days.map((d) => ({
            mutual_id: mutualId,
            session_id: sessionId,
            day: d.day,
            starts_at: d.startsAt,
            ends_at: d.endsAt,
            hours: d.hours,
          })),
        )
        .execute();
    },
    /** Reserved seats per member (sum over its needs) with the member's name. */
    reservations(sessionId: string) {
      return db
        .selectFrom('session_reservation as r')
        .innerJoin('member as m', 'm.id', 'r.member_id')
        .select([
          'r.member_id as memberId',
          'm.legal_name as memberName',
          sql<number>`sum(r.seats)::int`.as('reserved'),
        ])
        .where('r.session_id', '=', sessionId)
        .groupBy(['r.member_id', 'm.legal_name'])
        .execute();
    },
    /** One firm's reservation rows in a session, the seats reserved by hand first, then the newest. */
    reservationRows(sessionId: string, memberId: string) {
      return db
        .selectFrom('session_reservation')
        .select([
          'id',
          'need_id as needId',
          'seats',
          'share_cents as shareCents',
          'standalone_cents as standaloneCents',
        ])
        .where('session_id', '=', sessionId)
        .where('member_id', '=', memberId)
        .orderBy(sql`need_id is null`, 'desc')
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
    },
    async insertReservation(values: {
      mutualId: string;
      sessionId: string;
      memberId: string;
      seats: number;
      createdBy: string;
    }) {
      await db
        .insertInto('session_reservation')
        .values({
          mutual_id: values.mutualId,
          session_id: values.sessionId,
          member_id: values.memberId,
          need_id: null,
          seats: values.seats,
          share_cents: 0,
          standalone_cents: 0,
          created_by: values.createdBy,
        })
        .execute();
    },
    async updateReservation(id: string, values: { seats: number; shareCents: number; standaloneCents: number }) {
      await db
        .updateTable('session_reservation')
        .set({ seats: values.seats, share_cents: values.shareCents, standalone_cents: values.standaloneCents })
        .where('id', '=', id)
        .execute();
    },
    async deleteReservation(id: string) {
      await db.deleteFrom('session_reservation').where('id', '=', id).execute();
    },
    mutualSettings(mutualId: string) {
      return db
        .selectFrom('mutual')
        .select([
          'id',
          'name',
          'min_firms_per_session as minFirms',
          'withdrawal_deadline_days as withdrawalDeadlineDays',
          'go_no_go_days as goNoGoDays',
          'completion_threshold_pct as completionThresholdPct',
        ])
        .where('id', '=', mutualId)
        .executeTakeFirstOrThrow();
    },
    course(courseId: string, mutualId: string) {
      return db
        .selectFrom('course')
        .selectAll()
        .where('id', '=', courseId)
        .where('mutual_id', '=', mutualId)
        .executeTakeFirst();
    },
    /** Sessions still proposed whose go/no-go date has come and that were not alerted yet. */
    dueForGoNoGo(today: string) {
      return db
        .selectFrom('training_session as s')
        .innerJoin('mutual as mu', 'mu.id', 's.mutual_id')
        .select(['s.id', 's.mutual_id as mutualId'])
        .where('s.status', '=', 'proposed')
        .where(
          sql<boolean>`coalesce(s.go_no_go_date, case when s.period ~ '^[0-9]{4}-[0-9]{2}$' then (s.period || '-01')::date - mu.go_no_go_days end) <= ${today}::date`,
        )
        .where('s.go_no_go_alerted_at', 'is', null)
        .execute();
    },
    /**
     * Moves the needs behind a session's reservations along with it (planned → scheduled → closed;
     * back to open on cancellation). A need split across several sessions follows the others too:
     * it closes only when no other live session still has to deliver it, and a cancellation reopens
     * only the seats no other live session covers (the uncovered seats are split off as a new open
     * need; the original keeps the covered seats and its named employees).
     */
    async moveNeeds(sessionId: string, to: 'scheduled' | 'closed' | 'open', now: string) {
      const moved = {
        opened: [] as string[],
        split: [] as { needId: string; newNeedId: string; seats: number }[],
        closed: [] as string[],
      };
      if (to === 'scheduled') {
        await db
          .updateTable('need')
          .set({ status: 'scheduled', status_changed_at: now, updated_at: now })
          .where('id', 'in', (eb) =>
            eb.selectFrom('session_reservation').select('need_id').where('session_id', '=', sessionId),
          )
          .where('status', '=', 'planned')
          .execute();
        return moved;
      }
      const needs = await db
        .selectFrom('need as n')
        .selectAll('n')
        .select([
          // seats of this need other live sessions hold, and how many of those sessions still have to deliver
          sql<number>`coalesce((select sum(r2.seats) from session_reservation r2 join training_session s2 on s2.id = r2.session_id
            where r2.need_id = n.id and r2.session_id <> ${sessionId} and s2.status <> 'cancelled'), 0)::int`.as(
            'coveredElsewhere',
          ),
          sql<number>`(select count(*) from session_reservation r2 join training_session s2 on s2.id = r2.session_id
            where r2.need_id = n.id and r2.session_id <> ${sessionId} and s2.status in (${sql.join([...STILL_TO_DELIVER])}))::int`.as(
            'pendingElsewhere',
          ),
        ])
        .where('n.id', 'in', (eb) =>
          eb.selectFrom('session_reservation').select('need_id').where('session_id', '=', sessionId),
        )
        .where('n.status', 'in', ['planned', 'scheduled'])
        .orderBy('n.id')
        .execute();
      const setStatus = (ids: string[], status: 'open' | 'closed') =>
        ids.length === 0
          ? Promise.resolve()
          : db
              .updateTable('need')
              .set({ status, status_changed_at: now, updated_at: now })
              .where('id', 'in', ids)
              .execute()
              .then(() => undefined);
      if (to === 'closed') {
        moved.closed = needs.filter((n) => n.pendingElsewhere === 0).map((n) => n.id);
        await setStatus(moved.closed, 'closed');
        return moved;
      }
      for (const n of needs) {
        if (n.coveredElsewhere === 0) {
          moved.opened.push(n.id);
          continue;
        }
        if (n.coveredElsewhere < n.seats) {
          const {
            id,
            seats,
            mutual_id,
            member_id,
            topic_id,
            diagnostic_id,
            noc_code,
            languages,
            modes,
            region_code,
            periods,
            priority,
            max_price_per_seat_cents,
            notes,
            source,
            created_by,
          } = n;
          const rest = {
            mutual_id,
            member_id,
            topic_id,
            diagnostic_id,
            noc_code,
            languages,
            modes,
            region_code,
            periods,
            priority,
            max_price_per_seat_cents,
            source,
            created_by,
          };
          const split = await db
            .insertInto('need')
            .values({
              ...rest,
              seats: seats - n.coveredElsewhere,
              notes,
              status: 'open',
              status_changed_at: now,
              updated_at: now,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await db
            .updateTable('need')
            .set({ seats: n.coveredElsewhere, updated_at: now })
            .where('id', '=', id)
            .execute();
          moved.split.push({ needId: id, newNeedId: split.id, seats: seats - n.coveredElsewhere });
        }
        // what remains is covered only by sessions already delivered: nothing left to plan
        if (n.pendingElsewhere === 0) moved.closed.push(n.id);
      }
      await setStatus(moved.opened, 'open');
      await setStatus(moved.closed, 'closed');
      return moved;
    },
  };
}
