import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { endpoint, fileAnswer } from './endpoint.ts';
import { pagedListSchema, pageQueryFields } from './paging.ts';

// Personal information under Quebec's Law 25: a person's file (everything Mutualis holds about one
// employee, as JSON and a readable PDF), the report of who read whose data, and the erasure of an
// employee that keeps what the Regulation obliges a mutual to keep (attestations s.14, registers s.15).

const uuid = z.string().uuid();

export const personFileSchema = z
  .object({
    generatedAt: z.string(),
    erasedAt: z.string().nullable().meta({ description: 'When the employee was anonymised (only what the law obliges is left), or null' }),
    employee: z.object({
      id: uuid,
      memberId: uuid,
      memberName: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      email: z.string().nullable(),
      jobTitle: z.string(),
      nocCode: z.string(),
      teer: z.number().int(),
      educationLevel: z.string(),
      language: z.enum(['fr', 'en']),
      birthYear: z.number().int().nullable(),
      hireDate: z.string(),
      endDate: z.string().nullable(),
      endReason: z.string().nullable(),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
    wages: z.array(z.object({ effectiveOn: z.string(), hourlyWageCents: z.number().int() })),
    needs: z.array(z.object({ needId: uuid, topicCode: z.string(), topicNameFr: z.string(), topicNameEn: z.string(), status: z.string(), createdAt: z.string() })),
    enrolments: z.array(
      z.object({
        enrolmentId: uuid,
        sessionId: uuid,
        sessionTitle: z.string().nullable(),
        status: z.string(),
        outcome: z.string().nullable(),
        score: z.number().nullable(),
        resultNote: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
    attendance: z.array(z.object({ sessionId: uuid, day: z.string(), present: z.boolean(), hours: z.number() })),
    evaluations: z.array(
      z.object({ sessionId: uuid, level: z.number().int(), sentAt: z.string().nullable(), answeredAt: z.string().nullable(), answers: z.record(z.string(), z.union([z.number(), z.string()])).nullable() }),
    ),
    attestations: z.array(
      z.object({ id: uuid, number: z.string(), participantName: z.string(), courseTitleFr: z.string(), courseTitleEn: z.string(), dateFrom: z.string(), dateTo: z.string(), hours: z.number(), issuedAt: z.string() }),
    ),
    reads: z.array(z.object({ at: z.string(), actorUserId: uuid.nullable(), actorName: z.string().nullable(), entityType: z.string(), purpose: z.string() })).meta({
      description: 'Who read this person’s data (the access log), newest first, at most 500',
    }),
  })
  .meta({ id: 'PersonFile' });
export type PersonFile = z.infer<typeof personFileSchema>;

export const personReadSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorUserId: uuid.nullable(),
    actorName: z.string().nullable(),
    employeeId: uuid,
    employeeName: z.string(),
    memberName: z.string(),
    entityType: z.string().meta({ description: 'employee (the record) or wage (its wages)' }),
    purpose: z.string(),
  })
  .meta({ id: 'PersonRead' });
export type PersonRead = z.infer<typeof personReadSchema>;
export const personReadPageSchema = pagedListSchema(personReadSchema, 'PersonReadPage');
export type PersonReadPage = z.infer<typeof personReadPageSchema>;

export const personReadQuerySchema = z.object({
  employeeId: uuid.optional(),
  actorUserId: uuid.optional(),
  from: isoDateSchema.optional().meta({ description: 'First day included, YYYY-MM-DD (Montréal)' }),
  to: isoDateSchema.optional().meta({ description: 'Last day included, YYYY-MM-DD (Montréal)' }),
  ...pageQueryFields,
});
export type PersonReadQuery = z.infer<typeof personReadQuerySchema>;

export const PERSON_DATA_KEPT = ['attestations', 'enrolments', 'attendance', 'register'] as const;
export const PERSON_DATA_ERASED = ['identity', 'contact', 'birthYear', 'wages', 'needs', 'evaluationAddresses', 'calendarFeeds'] as const;

export const erasePersonRequestSchema = z
  .object({ reason: z.string().trim().min(3).max(2000).meta({ description: 'Why (the request received, its date)' }) })
  .meta({ id: 'ErasePersonRequest' });
export type ErasePersonRequest = z.infer<typeof erasePersonRequestSchema>;

export const personErasureSchema = z
  .object({
    employeeId: uuid,
    erasedAt: z.string(),
    erased: z.array(z.enum(PERSON_DATA_ERASED)).meta({ description: 'What was deleted or blanked' }),
    kept: z.array(z.enum(PERSON_DATA_KEPT)).meta({ description: 'What was kept because the law obliges the mutual to keep it' }),
    keptNameOnAttestations: z.number().int().meta({ description: 'Attestations that keep the participant’s name (Regulation respecting training mutuals, s.14)' }),
    explanation: z.string().meta({ description: 'What was kept and why, in the caller’s language' }),
  })
  .meta({ id: 'PersonErasure' });
export type PersonErasure = z.infer<typeof personErasureSchema>;

export const personParamSchema = z.object({ employeeId: uuid });

/** Personal information (Law 25): a coordinator, for the people of its mutual. */
export const privacyEndpoints = {
  personFile: endpoint({
    method: 'get',
    path: '/api/privacy/people/{employeeId}',
    tag: 'privacy',
    summary: 'Everything held about one employee (Law 25 access request); the read is logged',
    params: personParamSchema,
    response: personFileSchema,
  }),
  personFilePdf: endpoint({
    method: 'get',
    path: '/api/privacy/people/{employeeId}/file.pdf',
    tag: 'privacy',
    summary: 'The same file as a readable PDF in the reader’s language',
    params: personParamSchema,
    response: fileAnswer('application/pdf'),
  }),
  erase: endpoint({
    method: 'post',
    path: '/api/privacy/people/{employeeId}/erase',
    tag: 'privacy',
    summary: 'Anonymise an employee: keeps attestations and register rows the law obliges the mutual to keep, and says so',
    params: personParamSchema,
    body: erasePersonRequestSchema,
    response: personErasureSchema,
  }),
  reads: endpoint({
    method: 'get',
    path: '/api/privacy/reads',
    tag: 'privacy',
    summary: 'Who read whose personal data (the access log), newest first; filter by person, reader and days',
    query: personReadQuerySchema,
    response: personReadPageSchema,
  }),
};
