import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { sessionIdParamSchema, sessionStateSchema } from './delivery-sessions.ts';
import { endpoint, fileAnswer } from './endpoint.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

// Delivery, the activity register (s.15): one entry per session held, complete before delivery;
// the register of a year and its exports.

const isoDate = isoDateSchema;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const registerEntrySchema = z
  .object({
    sessionId: z.string(),
    status: sessionStateSchema,
    title: z.string().nullable(),
    objectives: z.string().nullable(),
    content: z.string().nullable(),
    /** The session's hours: the sum of its meeting days' (a course's nominal duration only while it has none). */
    durationHours: z.number().nullable(),
    providerOrTrainer: z.string().nullable(),
    employers: z.array(z.string()),
    /** Participants present at least once (attendance). */
    participants: z.number().int(),
    employmentClasses: z.array(z.string()),
    costCents: z.number().int().nullable(),
    evaluationResult: z.string().nullable(),
    firstDay: isoDate.nullable(),
    lastDay: isoDate.nullable(),
    /** The meeting days, in order. */
    meetingDays: z.array(isoDate),
    /** Hours present summed over participants. */
    participantHours: z.number(),
    /** Participants present for the completion threshold of the hours: one attestation each. */
    completed: z.number().int(),
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
export type RegisterUpdate = z.infer<typeof registerUpdateSchema>;

export const registerQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
// Up to 500 entries a page: a year's register is shown in one page.
export const registerListQuerySchema = registerQuerySchema.extend(pageQueryFieldsUpTo(500));
export type RegisterListQuery = z.infer<typeof registerListQuerySchema>;
export const registerListSchema = pagedListSchema(registerEntrySchema, 'RegisterEntryList');
export type RegisterEntryList = z.infer<typeof registerListSchema>;

/** The activity register's endpoints (coordinators). */
export const registerEndpoints = {
  get: endpoint({
    method: 'get',
    path: '/api/sessions/{sessionId}/register',
    tag: 'register',
    summary: 'The register entry of a session and what it still lacks',
    params: sessionIdParamSchema,
    response: registerEntrySchema,
  }),
  update: endpoint({
    method: 'put',
    path: '/api/sessions/{sessionId}/register',
    tag: 'register',
    summary: "State register values (null falls back to the course's, the session's or the results')",
    params: sessionIdParamSchema,
    body: registerUpdateSchema,
    response: registerEntrySchema,
  }),
  list: endpoint({
    method: 'get',
    path: '/api/register',
    tag: 'register',
    summary: 'The register of a year: every activity held',
    query: registerListQuerySchema,
    response: registerListSchema,
  }),
  exportXlsx: endpoint({
    method: 'get',
    path: '/api/register/export.xlsx',
    tag: 'register',
    summary: 'The register of a year as XLSX',
    query: registerQuerySchema,
    response: fileAnswer(XLSX),
  }),
  exportPdf: endpoint({
    method: 'get',
    path: '/api/register/export.pdf',
    tag: 'register',
    summary: 'The register of a year as PDF',
    query: registerQuerySchema,
    response: fileAnswer('application/pdf'),
  }),
};
