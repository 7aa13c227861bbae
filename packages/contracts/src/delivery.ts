import { z } from 'zod';
import { isoDateSchema } from './dates.ts';

// Delivery: sessions from plan to attestation (lifecycle, enrolment, attendance, evaluation,
// attestations, register, calendar feeds).

const uuid = z.string().uuid();
// Real calendar dates only: a regex alone let 2026-02-30 through to the database.
const isoDate = isoDateSchema;
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM');

export const sessionStateSchema = z
  .enum(['proposed', 'confirmed', 'scheduled', 'in_delivery', 'delivered', 'evaluated', 'cancelled'])
  .meta({ id: 'SessionState' });
export type SessionStateDto = z.infer<typeof sessionStateSchema>;

export const meetingDaySchema = z
  .object({ id: z.string(), day: isoDate, startsAt: hhmm, endsAt: hhmm, hours: z.number() })
  .meta({ id: 'MeetingDay' });

export const sessionSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
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
    /** Coordinators only: distinct firms with seats (confirmed or reserved). */
    distinctFirms: z.number().int().nullable(),
    singleFirm: z.boolean(),
    goNoGoDate: isoDate.nullable(),
    goNoGo: z.enum(['open', 'go', 'alert']),
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
  .object({ memberId: z.string(), memberName: z.string(), reserved: z.number().int(), confirmed: z.number().int(), waitlisted: z.number().int() })
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

export const sessionListQuerySchema = z.object({
  status: sessionStateSchema.optional(),
  period: z.string().regex(/^\d{4}(-\d{2})?$/).optional(),
});

export const createSessionRequestSchema = z
  .object({
    courseId: uuid,
    period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a period YYYY-MM'),
    regionCode: z.string().min(1).max(10).nullable().optional(),
    title: z.string().trim().min(1).max(300).optional(),
    seatsMin: z.number().int().min(1).max(500).optional(),
    seatsMax: z.number().int().min(1).max(500).optional(),
    costCents: z.number().int().min(0).max(100_000_000_00).optional(),
    goNoGoDate: isoDate.optional(),
  })
  .meta({ id: 'CreateSessionRequest' });

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

export const meetingDaysRequestSchema = z
  .object({
    days: z
      .array(z.object({ day: isoDate, startsAt: hhmm, endsAt: hhmm, hours: z.number().positive().max(24).optional() }))
      .max(60),
  })
  .meta({ id: 'MeetingDaysRequest' });

export const transitionRequestSchema = z
  .object({
    to: sessionStateSchema,
    reason: z.string().trim().max(2000).optional(),
    override: z.boolean().optional(),
  })
  .meta({ id: 'SessionTransitionRequest' });

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

export const reservationRequestSchema = z
  .object({ memberId: uuid, seats: z.number().int().min(0).max(500) })
  .meta({ id: 'ReservationRequest' });

// ---------- enrolment ----------
export const enrolmentStatusSchema = z
  .enum(['confirmed', 'waitlisted', 'withdrawn', 'late_cancelled', 'no_show', 'substituted'])
  .meta({ id: 'EnrolmentStatus' });

export const enrolmentSchema = z
  .object({
    id: z.string(),
    sessionId: z.string(),
    sessionTitle: z.string(),
    memberId: z.string(),
    memberName: z.string(),
    employeeId: z.string(),
    employeeName: z.string(),
    jobTitle: z.string(),
    status: enrolmentStatusSchema,
    /** Rank on the waitlist (1 = next), null when not waitlisted. */
    waitlistRank: z.number().int().nullable(),
    outcome: z.enum(['passed', 'not_passed']).nullable(),
    score: z.number().nullable(),
    createdAt: z.string(),
    statusChangedAt: z.string(),
  })
  .meta({ id: 'Enrolment' });
export type Enrolment = z.infer<typeof enrolmentSchema>;

export const enrolRequestSchema = z.object({ employeeId: uuid }).meta({ id: 'EnrolRequest' });
export const withdrawRequestSchema = z.object({ reason: z.string().trim().max(2000).optional() }).meta({ id: 'WithdrawRequest' });
export const substituteRequestSchema = z.object({ employeeId: uuid }).meta({ id: 'SubstituteRequest' });
export const seatRequestSchema = z
  .object({ seats: z.number().int().min(1).max(100), note: z.string().trim().max(2000).optional() })
  .meta({ id: 'SeatRequest' });

// ---------- trainer portal ----------
export const rosterEntrySchema = z
  .object({
    enrolmentId: z.string(),
    name: z.string(),
    firm: z.string(),
    jobTitle: z.string(),
    status: enrolmentStatusSchema,
    outcome: z.enum(['passed', 'not_passed']).nullable(),
    score: z.number().nullable(),
    attendance: z.array(z.object({ meetingDayId: z.string(), present: z.boolean(), hours: z.number() })),
    hoursAttended: z.number(),
  })
  .meta({ id: 'RosterEntry' });
export const rosterSchema = z
  .object({ session: sessionSummarySchema, meetingDays: z.array(meetingDaySchema), participants: z.array(rosterEntrySchema) })
  .meta({ id: 'Roster' });

export const attendanceRequestSchema = z
  .object({
    entries: z
      .array(z.object({ enrolmentId: uuid, meetingDayId: uuid, present: z.boolean(), hours: z.number().min(0).max(24).optional() }))
      .min(1)
      .max(5000),
  })
  .meta({ id: 'AttendanceRequest' });

export const resultsRequestSchema = z
  .object({
    entries: z
      .array(
        z.object({
          enrolmentId: uuid,
          outcome: z.enum(['passed', 'not_passed']).nullable(),
          score: z.number().min(0).max(100).nullable().optional(),
          note: z.string().max(2000).optional(),
        }),
      )
      .min(1)
      .max(1000),
  })
  .meta({ id: 'ResultsRequest' });

// ---------- attestations ----------
export const attestationSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    sessionId: z.string(),
    memberId: z.string(),
    employeeId: z.string(),
    participantName: z.string(),
    courseTitleFr: z.string(),
    courseTitleEn: z.string(),
    providerName: z.string().nullable(),
    dateFrom: isoDate,
    dateTo: isoDate,
    hours: z.number(),
    issuedAt: z.string(),
    reissuedAt: z.string().nullable(),
    reissueCount: z.number().int(),
    verifyUrl: z.string(),
  })
  .meta({ id: 'Attestation' });
export type Attestation = z.infer<typeof attestationSchema>;

export const attestationListQuerySchema = z.object({
  memberId: uuid.optional(),
  employeeId: uuid.optional(),
  sessionId: uuid.optional(),
});

export const attestationVerificationSchema = z
  .object({
    valid: z.literal(true),
    number: z.string(),
    participantName: z.string(),
    courseTitleFr: z.string(),
    courseTitleEn: z.string(),
    dateFrom: isoDate,
    dateTo: isoDate,
    hours: z.number(),
  })
  .meta({ id: 'AttestationVerification' });

export const issueAttestationsResultSchema = z
  .object({ issued: z.array(attestationSchema), notCompleted: z.array(z.object({ enrolmentId: z.string(), name: z.string(), hoursAttended: z.number() })) })
  .meta({ id: 'IssueAttestationsResult' });

// ---------- activity register (s.15) ----------
export const registerEntrySchema = z
  .object({
    sessionId: z.string(),
    status: sessionStateSchema,
    title: z.string().nullable(),
    objectives: z.string().nullable(),
    content: z.string().nullable(),
    durationHours: z.number().nullable(),
    providerOrTrainer: z.string().nullable(),
    employers: z.array(z.string()),
    participants: z.number().int(),
    employmentClasses: z.array(z.string()),
    costCents: z.number().int().nullable(),
    evaluationResult: z.string().nullable(),
    firstDay: isoDate.nullable(),
    lastDay: isoDate.nullable(),
    missing: z.array(z.string()),
    complete: z.boolean(),
  })
  .meta({ id: 'RegisterEntry' });
export type RegisterEntryDto = z.infer<typeof registerEntrySchema>;

export const registerUpdateSchema = z
  .object({
    title: z.string().trim().max(300).nullable(),
    objectives: z.string().trim().max(5000).nullable(),
    content: z.string().trim().max(10000).nullable(),
    durationHours: z.number().positive().max(2000).nullable(),
    providerOrTrainer: z.string().trim().max(300).nullable(),
    costCents: z.number().int().min(0).max(100_000_000_00).nullable(),
    evaluationResult: z.string().trim().max(2000).nullable(),
  })
  .partial()
  .meta({ id: 'RegisterUpdate' });

export const registerQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

// ---------- calendar feeds ----------
export const calendarFeedRequestSchema = z
  .object({ kind: z.enum(['trainer', 'member', 'participant']), employeeId: uuid.optional(), memberId: uuid.optional() })
  .meta({ id: 'CalendarFeedRequest' });
export const calendarFeedSchema = z.object({ id: z.string(), kind: z.string(), url: z.string() }).meta({ id: 'CalendarFeed' });
/** An active feed as listed (its URL is shown only once, at creation). */
export const calendarFeedListItemSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['trainer', 'member', 'participant']),
    memberName: z.string().nullable(),
    employeeName: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'CalendarFeedListItem' });
export type CalendarFeedListItem = z.infer<typeof calendarFeedListItemSchema>;

// ---------- evaluation ----------
export const questionnaireViewSchema = z
  .object({
    level: z.number().int(),
    locale: z.enum(['fr', 'en']),
    sessionTitle: z.string(),
    answered: z.boolean(),
    closed: z.boolean(),
    questions: z.array(z.object({ id: z.string(), kind: z.enum(['scale', 'text']), text: z.string() })),
  })
  .meta({ id: 'QuestionnaireView' });
export const questionnaireAnswersSchema = z
  .object({ answers: z.record(z.string(), z.union([z.number(), z.string()])) })
  .meta({ id: 'QuestionnaireAnswers' });

export const levelSummarySchema = z
  .object({
    level: z.number().int(),
    sent: z.number().int(),
    responses: z.number().int(),
    means: z.record(z.string(), z.number().nullable()),
  })
  .meta({ id: 'EvaluationLevelSummary' });
export const evaluationResultsSchema = z
  .object({
    scope: z.object({ sessionId: z.string().nullable(), courseId: z.string().nullable(), providerId: z.string().nullable() }),
    sessions: z.number().int(),
    levels: z.array(levelSummarySchema),
    outcomes: z.object({ passed: z.number().int(), notPassed: z.number().int(), none: z.number().int() }),
  })
  .meta({ id: 'EvaluationResults' });
export const evaluationQuerySchema = z.object({ courseId: uuid.optional(), providerId: uuid.optional() });

export const goNoGoRunSchema = z.object({ alerted: z.array(z.string()) }).meta({ id: 'GoNoGoRun' });
