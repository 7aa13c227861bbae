import { z } from 'zod';
import { enrolmentOutcomeSchema, enrolmentStatusSchema } from './delivery-enrolment.ts';
import { meetingDaySchema, sessionIdParamSchema, sessionSummarySchema } from './delivery-sessions.ts';
import { endpoint } from './endpoint.ts';

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
  .object({ session: sessionSummarySchema, meetingDays: z.array(meetingDaySchema), participants: z.array(rosterEntrySchema) })
  .meta({ id: 'Roster' });
export type Roster = z.infer<typeof rosterSchema>;

export const attendanceRequestSchema = z
  .object({
    entries: z
      .array(z.object({ enrolmentId: uuid, meetingDayId: uuid, present: z.boolean(), hours: z.number().min(0).max(24).optional() }))
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

/** The trainer portal's endpoints: the session's trainer or its coordinator records; a member contact reads its own people. */
export const attendanceEndpoints = {
  roster: endpoint({
    method: 'get',
    path: '/api/sessions/{sessionId}/roster',
    tag: 'trainer portal',
    summary: "The roster: participants' names, firm and job title (never wages), attendance and results; a member contact sees only its own",
    params: sessionIdParamSchema,
    response: rosterSchema,
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
