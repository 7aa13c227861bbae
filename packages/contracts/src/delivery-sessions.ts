import { GO_NO_GO_STATUSES, SESSION_STATES } from '@mutualis/domain/delivery/lifecycle';
import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { endpoint } from './endpoint.ts';
import { checkCode } from './messages.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

// Delivery, training sessions: list, detail, creation by hand, schedule, lifecycle, firms' seats
// and history. The other parts of delivery are in delivery-*.ts.

const uuid = z.string().uuid();
// Real calendar dates only: a regex alone let 2026-02-30 through to the database.
const isoDate = isoDateSchema;
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, checkCode('time_of_day'));

export const sessionStateSchema = z.enum(SESSION_STATES).meta({ id: 'SessionState' });
export type SessionStateDto = z.infer<typeof sessionStateSchema>;

export const meetingDaySchema = z
  .object({ id: z.string(), day: isoDate, startsAt: hhmm, endsAt: hhmm, hours: z.number() })
  .meta({ id: 'MeetingDay' });
export type MeetingDay = z.infer<typeof meetingDaySchema>;

/** A session's seats as people read them (domain `seatSummary`): reserved by firms, participants confirmed and waitlisted, kept apart. */
export const sessionSeatsSchema = z
  .object({
    /** Seats the firms reserved (pooling plan or by hand), named or not. */
    reserved: z.number().int(),
    /** Participants named into seats. */
    confirmed: z.number().int(),
    waitlisted: z.number().int(),
    /** Reserved seats no participant is named into yet. */
    unnamed: z.number().int(),
    /** Seats the firms hold (per firm the larger of reserved and confirmed): what the go/no-go minimum counts. */
    held: z.number().int(),
    /** Seats nobody holds. */
    free: z.number().int(),
    /** The go/no-go minimum (seats held ≥ seatsMin). */
    minimumMet: z.boolean(),
  })
  .meta({ id: 'SessionSeats' });
export type SessionSeats = z.infer<typeof sessionSeatsSchema>;

export const sessionSummarySchema = z
  .object({
    id: z.string(),
    title: z.string().meta({ description: 'In the caller’s language: the session’s own title, else its course’s' }),
    titleFr: z
      .string()
      .meta({ description: 'The session’s title for a French reader (the English one when the course has none)' }),
    titleEn: z
      .string()
      .meta({ description: 'The session’s title for an English reader (the French one when the course has none)' }),
    courseId: z.string(),
    courseTitleFr: z.string(),
    courseTitleEn: z.string(),
    period: z.string(),
    regionCode: z.string().nullable(),
    language: z.enum(['fr', 'en']),
    mode: z.enum(['in_person', 'virtual']),
    status: sessionStateSchema,
    seatsMin: z.number().int(),
    seatsMax: z.number().int(),
    seatsConfirmed: z.number().int(),
    waitlisted: z.number().int(),
    seats: sessionSeatsSchema,
    /** Coordinators only: distinct firms with seats (confirmed or reserved). */
    distinctFirms: z.number().int().nullable(),
    singleFirm: z.boolean(),
    goNoGoDate: isoDate.nullable(),
    goNoGo: z.enum(GO_NO_GO_STATUSES),
    firstDay: isoDate.nullable(),
    lastDay: isoDate.nullable(),
    place: z.string().nullable(),
    virtualLink: z.string().nullable(),
    providerId: z.string().nullable(),
    providerName: z.string().nullable(),
    trainerName: z.string().nullable(),
    /** Coordinators only. */
    costCents: z.number().int().nullable(),
    cancelReason: z.string().nullable(),
    sequence: z.number().int(),
  })
  .meta({ id: 'SessionSummary' });
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const sessionReservationSchema = z
  .object({
    memberId: z.string(),
    memberName: z.string(),
    reserved: z.number().int(),
    confirmed: z.number().int(),
    waitlisted: z.number().int(),
  })
  .meta({ id: 'SessionReservation' });

export const sessionDetailSchema = sessionSummarySchema
  .extend({
    meetingDays: z.array(meetingDaySchema),
    /** Coordinators see every firm; a member contact only its own. */
    reservations: z.array(sessionReservationSchema),
    /** For a member contact: seats its firm may still fill now. */
    seatsAvailableForMe: z.number().int().nullable(),
    withdrawalDeadline: isoDate.nullable(),
    allowedTransitions: z.array(sessionStateSchema),
    trainerUserId: z.string().nullable(),
    notes: z.string(),
    overrideReason: z.string().nullable(),
  })
  .meta({ id: 'SessionDetail' });
export type SessionDetail = z.infer<typeof sessionDetailSchema>;

export const sessionListSchema = pagedListSchema(sessionSummarySchema, 'SessionList');
export type SessionList = z.infer<typeof sessionListSchema>;

export const sessionListQuerySchema = z.object({
  status: sessionStateSchema.optional(),
  period: z
    .string()
    .regex(/^\d{4}(-\d{2})?$/)
    .optional(),
  // Up to 500 a page: the sessions page shows a mutual's sessions in one page.
  ...pageQueryFieldsUpTo(500),
});
export type SessionListQuery = z.infer<typeof sessionListQuerySchema>;

export const createSessionRequestSchema = z
  .object({
    courseId: uuid,
    period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, checkCode('month')),
    regionCode: z.string().min(1).max(10).nullable().optional(),
    title: z.string().trim().min(1).max(300).optional(),
    seatsMin: z.number().int().min(1).max(500).optional(),
    seatsMax: z.number().int().min(1).max(500).optional(),
    costCents: z.number().int().min(0).max(100_000_000_00).optional(),
    goNoGoDate: isoDate.optional(),
  })
  .meta({ id: 'CreateSessionRequest' });
export type CreateSessionRequest = z.infer<typeof createSessionRequestSchema>;

export const updateSessionRequestSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    seatsMin: z.number().int().min(1).max(500),
    seatsMax: z.number().int().min(1).max(500),
    costCents: z.number().int().min(0).max(100_000_000_00),
    goNoGoDate: isoDate.nullable(),
    place: z.string().trim().max(500).nullable(),
    virtualLink: z.string().trim().url().max(1000).nullable(),
    trainerUserId: uuid.nullable(),
    trainerName: z.string().trim().max(200).nullable(),
    providerId: uuid.nullable(),
    notes: z.string().max(5000),
  })
  .partial()
  .meta({ id: 'UpdateSessionRequest' });
export type UpdateSessionRequest = z.infer<typeof updateSessionRequestSchema>;

export const meetingDaysRequestSchema = z
  .object({
    days: z
      .array(z.object({ day: isoDate, startsAt: hhmm, endsAt: hhmm, hours: z.number().positive().max(24).optional() }))
      .max(60),
  })
  .meta({ id: 'MeetingDaysRequest' });
export type MeetingDaysRequest = z.infer<typeof meetingDaysRequestSchema>;

export const transitionRequestSchema = z
  .object({
    to: sessionStateSchema,
    reason: z.string().trim().max(2000).optional(),
    override: z.boolean().optional(),
  })
  .meta({ id: 'SessionTransitionRequest' });
export type SessionTransitionRequest = z.infer<typeof transitionRequestSchema>;

export const sessionEventSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorName: z.string().nullable(),
    kind: z.string(),
    fromStatus: z.string().nullable(),
    toStatus: z.string().nullable(),
    reason: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'SessionEvent' });
export type SessionEvent = z.infer<typeof sessionEventSchema>;

export const sessionHistorySchema = pagedListSchema(sessionEventSchema, 'SessionHistory');
// Up to 500 events a page, oldest first.
export const sessionHistoryQuerySchema = z.object(pageQueryFieldsUpTo(500));

export const reservationRequestSchema = z
  .object({ memberId: uuid, seats: z.number().int().min(0).max(500) })
  .meta({ id: 'ReservationRequest' });
export type ReservationRequest = z.infer<typeof reservationRequestSchema>;

export const goNoGoRunSchema = z.object({ alerted: z.array(z.string()) }).meta({ id: 'GoNoGoRun' });

export const sessionIdParamSchema = z.object({ sessionId: uuid });

/** The training session endpoints: coordinators run them; trainers and member contacts see theirs. */
export const sessionEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/sessions',
    tag: 'sessions',
    summary:
      'Sessions: a coordinator all of the mutual; a trainer those assigned to it; a member contact those open or with its firm',
    query: sessionListQuerySchema,
    response: sessionListSchema,
  }),
  create: endpoint({
    method: 'post',
    path: '/api/sessions',
    tag: 'sessions',
    summary: 'Create a session by hand from a course (state proposed)',
    body: createSessionRequestSchema,
    response: sessionDetailSchema,
    status: 201,
  }),
  goNoGo: endpoint({
    method: 'post',
    path: '/api/sessions/go-no-go',
    tag: 'sessions',
    summary: 'Run the go/no-go check now: alerts coordinators of sessions below their minimum at their decision date',
    response: goNoGoRunSchema,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/sessions/{sessionId}',
    tag: 'sessions',
    summary:
      'One session with meeting days, seats per firm (a member contact sees only its own) and allowed transitions',
    params: sessionIdParamSchema,
    response: sessionDetailSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/sessions/{sessionId}',
    tag: 'sessions',
    summary: 'Edit a session: title, seats, cost, go/no-go date, place or virtual link, provider and trainer',
    params: sessionIdParamSchema,
    body: updateSessionRequestSchema,
    response: sessionDetailSchema,
  }),
  setMeetingDays: endpoint({
    method: 'put',
    path: '/api/sessions/{sessionId}/meeting-days',
    tag: 'sessions',
    summary: 'Replace the meeting days (date, start and end time, hours) of a session not yet in delivery',
    params: sessionIdParamSchema,
    body: meetingDaysRequestSchema,
    response: sessionDetailSchema,
  }),
  transition: endpoint({
    method: 'post',
    path: '/api/sessions/{sessionId}/transitions',
    tag: 'sessions',
    summary:
      'Move a session along its lifecycle (confirm, schedule, start, deliver, close evaluation, cancel with a reason)',
    description:
      'Refusals are 409 with a code: transition_not_allowed, minimum_not_reached, too_few_firms, not_scheduled, not_started, attendance_incomplete, register_incomplete (fields name what the register lacks).',
    params: sessionIdParamSchema,
    body: transitionRequestSchema,
    response: sessionDetailSchema,
  }),
  reserve: endpoint({
    method: 'put',
    path: '/api/sessions/{sessionId}/reservations',
    tag: 'sessions',
    summary:
      "Set a firm's reserved seats in a session (0 removes them); refused with capacity_exceeded past the maximum",
    description:
      "Added seats are reserved by hand (no need, no pooled share); removed seats come off the seats reserved by hand first, then the pooled ones, whose cost shares shrink per seat. Confirmed participants stay; the firm's waitlisted people fill new seats.",
    params: sessionIdParamSchema,
    body: reservationRequestSchema,
    response: sessionDetailSchema,
  }),
  history: endpoint({
    method: 'get',
    path: '/api/sessions/{sessionId}/history',
    tag: 'sessions',
    summary: 'The history of a session: creation, changes, transitions, go/no-go alerts',
    params: sessionIdParamSchema,
    query: sessionHistoryQuerySchema,
    response: sessionHistorySchema,
  }),
};
