import { z } from 'zod';
import { enrolmentOutcomeSchema, enrolmentStatusSchema } from './delivery-enrolment.ts';
import { meetingDaySchema, sessionIdParamSchema, sessionSummarySchema } from './delivery-sessions.ts';
import { endpoint, fileAnswer } from './endpoint.ts';

// Delivery, the trainer portal: the roster, attendance per meeting day and each participant's result.

const uuid = z.string().uuid();

export const rosterEntrySchema = z
  .object({
    enrolmentId: z.string(),
    name: z.string(),
    firm: z.string(),
    jobTitle: z.string(),
    status: enrolmentStatusSchema,
    outcome: enrolmentOutcomeSchema.nullable(),
    score: z.number().nullable(),
    attendance: z.array(z.object({ meetingDayId: z.string(), present: z.boolean(), hours: z.number() })),
    hoursAttended: z.number(),
  })
  .meta({ id: 'RosterEntry' });
export const rosterSchema = z
  .object({
    session: sessionSummarySchema,
    meetingDays: z.array(meetingDaySchema),
    participants: z.array(rosterEntrySchema),
  })
  .meta({ id: 'Roster' });
export type Roster = z.infer<typeof rosterSchema>;

export const attendanceRequestSchema = z
  .object({
    entries: z
      .array(
        z.object({
          enrolmentId: uuid,
          meetingDayId: uuid,
          present: z.boolean(),
          hours: z.number().min(0).max(24).optional(),
        }),
      )
      .min(1)
      .max(5000),
  })
  .meta({ id: 'AttendanceRequest' });
export type AttendanceRequest = z.infer<typeof attendanceRequestSchema>;

export const resultsRequestSchema = z
  .object({
    entries: z
      .array(
        z.object({
          enrolmentId: uuid,
          outcome: enrolmentOutcomeSchema.nullable(),
          score: z.number().min(0).max(100).nullable().optional(),
          note: z.string().max(2000).optional(),
        }),
      )
      .min(1)
      .max(1000),
  })
  .meta({ id: 'ResultsRequest' });
export type ResultsRequest = z.infer<typeof resultsRequestSchema>;

export const allPresentRequestSchema = z.object({ meetingDayId: uuid }).meta({ id: 'AllPresentRequest' });
export type AllPresentRequest = z.infer<typeof allPresentRequestSchema>;

export const signInSheetQuerySchema = z.object({ lang: z.enum(['fr', 'en']).optional() });

/** The trainer portal's endpoints: the session's trainer or its coordinator records; a member contact reads its own people. */
export const attendanceEndpoints = {
  roster: endpoint({
    method: 'get',
    path: '/api/sessions/{sessionId}/roster',
    tag: 'trainer portal',
    summary:
      "The roster: participants' names, firm and job title (never wages), attendance and results; a member contact sees only its own",
    params: sessionIdParamSchema,
    response: rosterSchema,
  }),
  signInSheet: endpoint({
    method: 'get',
    path: '/api/sessions/{sessionId}/sign-in-sheet.pdf',
    tag: 'trainer portal',
    summary:
      "The roster and sign-in sheet (PDF): confirmed participants, their firm and job title, a signature column per meeting day with its date and hours; in lang, else the caller's language",
    description:
      'For the session’s trainer and the coordinators, once the session is confirmed (409 before, or when cancelled).',
    params: sessionIdParamSchema,
    query: signInSheetQuerySchema,
    response: fileAnswer('application/pdf'),
  }),
  recordAttendance: endpoint({
    method: 'put',
    path: '/api/sessions/{sessionId}/attendance',
    tag: 'trainer portal',
    summary: 'Record attendance per participant and meeting day (present/absent, hours); session in delivery',
    params: sessionIdParamSchema,
    body: attendanceRequestSchema,
    response: rosterSchema,
  }),
  allPresent: endpoint({
    method: 'post',
    path: '/api/sessions/{sessionId}/attendance/all-present',
    tag: 'trainer portal',
    summary:
      'Mark every confirmed participant present for the whole of one meeting day (still editable after); session in delivery',
    params: sessionIdParamSchema,
    body: allPresentRequestSchema,
    response: rosterSchema,
  }),
  recordResults: endpoint({
    method: 'put',
    path: '/api/sessions/{sessionId}/results',
    tag: 'trainer portal',
    summary: "Record each participant's evaluation result (passed / not passed, score 0–100)",
    params: sessionIdParamSchema,
    body: resultsRequestSchema,
    response: rosterSchema,
  }),
};
