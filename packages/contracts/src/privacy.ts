import { CONSENT_KINDS, CONSENT_METHODS } from '@mutualis/domain/privacy/consents';
import { RETENTION_KEPT, RETENTION_KINDS } from '@mutualis/domain/privacy/retention';
import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { endpoint, fileAnswer } from './endpoint.ts';
import { pagedListSchema, pageQueryFields } from './paging.ts';

// Personal information under Quebec's Law 25: a person's file (everything Mutualis holds about one
// employee, as JSON and a readable PDF), the report of who read whose data, and the erasure of an
// employee that keeps what the Regulation obliges a mutual to keep (attestations s.14, registers s.15).

const uuid = z.string().uuid();

export const consentKindSchema = z.enum(CONSENT_KINDS).meta({ id: 'ConsentKind' });
export const consentMethodSchema = z.enum(CONSENT_METHODS).meta({ id: 'ConsentMethod' });

export const personConsentSchema = z
  .object({
    id: uuid,
    kind: consentKindSchema,
    granted: z.boolean().meta({ description: 'true: consent given; false: refused or withdrawn' }),
    method: consentMethodSchema,
    note: z.string(),
    recordedAt: z.string(),
    recordedByName: z.string().nullable(),
  })
  .meta({ id: 'PersonConsent' });
export type PersonConsent = z.infer<typeof personConsentSchema>;

export const recordPersonConsentRequestSchema = z
  .object({
    kind: consentKindSchema,
    granted: z.boolean(),
    method: consentMethodSchema,
    note: z.string().trim().max(2000).default('').meta({ description: 'e.g. where the signed form is kept' }),
  })
  .meta({ id: 'RecordPersonConsentRequest' });
export type RecordPersonConsentRequest = z.input<typeof recordPersonConsentRequestSchema>;

export const personFileSchema = z
  .object({
    generatedAt: z.string(),
    erasedAt: z
      .string()
      .nullable()
      .meta({ description: 'When the employee was anonymised (only what the law obliges is left), or null' }),
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
    jobChanges: z
      .array(
        z.object({
          effectiveOn: z.string(),
          jobTitle: z.string(),
          nocCode: z.string(),
          teer: z.number().int(),
          createdAt: z.string(),
        }),
      )
      .meta({ description: 'The job class changes recorded for the person (outcome data), oldest first' }),
    needs: z.array(
      z.object({
        needId: uuid,
        topicCode: z.string(),
        topicNameFr: z.string(),
        topicNameEn: z.string(),
        status: z.string(),
        createdAt: z.string(),
      }),
    ),
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
      z.object({
        sessionId: uuid,
        level: z.number().int(),
        sentAt: z.string().nullable(),
        answeredAt: z.string().nullable(),
        answers: z.record(z.string(), z.union([z.number(), z.string()])).nullable(),
      }),
    ),
    attestations: z.array(
      z.object({
        id: uuid,
        number: z.string(),
        participantName: z.string(),
        courseTitleFr: z.string(),
        courseTitleEn: z.string(),
        dateFrom: z.string(),
        dateTo: z.string(),
        hours: z.number(),
        issuedAt: z.string(),
      }),
    ),
    consents: z.array(personConsentSchema).meta({
      description: 'Every consent recorded for the person, newest first (a withdrawal is a new record)',
    }),
    consentsInForce: z
      .array(z.object({ kind: consentKindSchema, granted: z.boolean().nullable(), since: z.string().nullable() }))
      .meta({ description: 'Per kind, the latest record (null: never asked)' }),
    reads: z
      .array(
        z.object({
          at: z.string(),
          actorUserId: uuid.nullable(),
          actorName: z.string().nullable(),
          entityType: z.string(),
          purpose: z.string(),
        }),
      )
      .meta({
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
export const PERSON_DATA_ERASED = [
  'identity',
  'contact',
  'birthYear',
  'wages',
  'jobChanges',
  'needs',
  'evaluationAddresses',
  'calendarFeeds',
] as const;

export const erasePersonRequestSchema = z
  .object({ reason: z.string().trim().min(3).max(2000).meta({ description: 'Why (the request received, its date)' }) })
  .meta({ id: 'ErasePersonRequest' });
export type ErasePersonRequest = z.infer<typeof erasePersonRequestSchema>;

export const personErasureSchema = z
  .object({
    employeeId: uuid,
    erasedAt: z.string(),
    erased: z.array(z.enum(PERSON_DATA_ERASED)).meta({ description: 'What was deleted or blanked' }),
    kept: z
      .array(z.enum(PERSON_DATA_KEPT))
      .meta({ description: 'What was kept because the law obliges the mutual to keep it' }),
    keptNameOnAttestations: z.number().int().meta({
      description: 'Attestations that keep the participant’s name (Regulation respecting training mutuals, s.14)',
    }),
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
    summary:
      'Anonymise an employee: keeps attestations and register rows the law obliges the mutual to keep, and says so',
    params: personParamSchema,
    body: erasePersonRequestSchema,
    response: personErasureSchema,
  }),
  recordConsent: endpoint({
    method: 'post',
    path: '/api/privacy/people/{employeeId}/consents',
    tag: 'privacy',
    summary: 'Record a consent given or withdrawn by the person (kept as a new record, with who, when and how)',
    params: personParamSchema,
    body: recordPersonConsentRequestSchema,
    response: personConsentSchema,
    status: 201,
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

// ---------- the register of confidentiality incidents ----------

const incidentText = (max: number) => z.string().trim().max(max);

const incidentFields = {
  occurredOn: isoDateSchema.meta({
    description: 'Day (or first day) of the incident; an approximation when not known',
  }),
  occurredUntil: isoDateSchema.nullable().optional().meta({ description: 'Last day when it lasted a period' }),
  discoveredOn: isoDateSchema.meta({ description: 'Day the mutual learned of it' }),
  description: incidentText(5000).min(3).meta({ description: 'The circumstances of the incident' }),
  informationInvolved: incidentText(5000)
    .min(3)
    .meta({ description: 'The personal information involved (or why it cannot be described)' }),
  personsConcerned: z
    .number()
    .int()
    .min(0)
    .max(10_000_000)
    .meta({ description: 'How many persons are concerned (an approximation when not known)' }),
  personsConcernedNote: incidentText(2000).optional(),
  riskAssessment: incidentText(5000)
    .min(3)
    .meta({ description: 'Sensitivity of the information, likely misuse, likelihood of injurious use' }),
  seriousInjuryRisk: z.boolean().meta({
    description:
      'Whether the incident presents a risk of serious injury (then the Commission and the persons must be notified)',
  }),
  commissionNotifiedOn: isoDateSchema
    .nullable()
    .optional()
    .meta({ description: 'When the Commission d’accès à l’information was notified' }),
  personsNotifiedOn: isoDateSchema
    .nullable()
    .optional()
    .meta({ description: 'When the persons concerned were notified' }),
  publicNotice: incidentText(2000).optional().meta({ description: 'A public notice given, and why' }),
  measures: incidentText(5000)
    .optional()
    .meta({ description: 'Measures taken to reduce the risk of injury and prevent another incident' }),
};

export const incidentNoticeSchema = z.enum(['commission', 'persons']).meta({ id: 'IncidentNotice' });

export const confidentialityIncidentSchema = z
  .object({
    id: uuid,
    occurredOn: z.string(),
    occurredUntil: z.string().nullable(),
    discoveredOn: z.string(),
    description: z.string(),
    informationInvolved: z.string(),
    personsConcerned: z.number().int(),
    personsConcernedNote: z.string(),
    riskAssessment: z.string(),
    seriousInjuryRisk: z.boolean(),
    commissionNotifiedOn: z.string().nullable(),
    personsNotifiedOn: z.string().nullable(),
    publicNotice: z.string(),
    measures: z.string(),
    noticesDue: z
      .array(incidentNoticeSchema)
      .meta({ description: 'Notices still to give (a risk of serious injury not yet notified)' }),
    keptUntil: z
      .string()
      .meta({ description: 'Last day the register must keep it (five years after it was learned of)' }),
    createdByName: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ConfidentialityIncident' });
export type ConfidentialityIncident = z.infer<typeof confidentialityIncidentSchema>;
export const confidentialityIncidentPageSchema = pagedListSchema(
  confidentialityIncidentSchema,
  'ConfidentialityIncidentPage',
);

export const createIncidentRequestSchema = z.object(incidentFields).meta({ id: 'CreateIncidentRequest' });
export type CreateIncidentRequest = z.infer<typeof createIncidentRequestSchema>;
export const updateIncidentRequestSchema = z.object(incidentFields).partial().meta({ id: 'UpdateIncidentRequest' });
export type UpdateIncidentRequest = z.infer<typeof updateIncidentRequestSchema>;
export const incidentListQuerySchema = z.object({
  noticesDue: z.enum(['true', 'false']).optional().meta({ description: 'true: only incidents with notices still due' }),
  ...pageQueryFields,
});
export type IncidentListQuery = z.infer<typeof incidentListQuerySchema>;

export const incidentEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/privacy/incidents',
    tag: 'privacy',
    summary: 'The register of confidentiality incidents of the mutual, latest learned of first',
    query: incidentListQuerySchema,
    response: confidentialityIncidentPageSchema,
  }),
  create: endpoint({
    method: 'post',
    path: '/api/privacy/incidents',
    tag: 'privacy',
    summary: 'Record a confidentiality incident',
    body: createIncidentRequestSchema,
    response: confidentialityIncidentSchema,
    status: 201,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/privacy/incidents/{incidentId}',
    tag: 'privacy',
    summary: 'Complete an incident: notifications made, measures taken',
    params: z.object({ incidentId: uuid }),
    body: updateIncidentRequestSchema,
    response: confidentialityIncidentSchema,
  }),
};

// ---------- the privacy officer (Law 25, s.3.1: the person in charge, whose contact is published) ----------

export const PHONE_PATTERN = /^[0-9+() .-]{7,30}$/;

export const privacyOfficerSchema = z
  .object({
    name: z.string().trim().min(2).max(200).meta({ description: 'The person in charge (or the office’s name)' }),
    title: z.string().trim().max(200).default('').meta({ description: 'Their title, e.g. “Directrice générale”' }),
    email: z.string().trim().email().max(320),
    phone: z.string().trim().regex(PHONE_PATTERN).nullable().default(null),
  })
  .meta({ id: 'PrivacyOfficer' });
export type PrivacyOfficer = z.output<typeof privacyOfficerSchema>;
export type PrivacyOfficerRequest = z.input<typeof privacyOfficerSchema>;

export const privacyOfficerAnswerSchema = z
  .object({
    officer: privacyOfficerSchema.nullable().meta({ description: 'Whom to write to; null when none is named' }),
    source: z
      .enum(['mutual', 'platform'])
      .nullable()
      .meta({ description: 'The mutual’s own officer, or the platform’s default (configuration)' }),
  })
  .meta({ id: 'PrivacyOfficerAnswer' });
export type PrivacyOfficerAnswer = z.infer<typeof privacyOfficerAnswerSchema>;

export const privacyOfficerEndpoints = {
  get: endpoint({
    method: 'get',
    path: '/api/privacy/officer',
    tag: 'privacy',
    summary:
      'The privacy officer to show in the footer: the caller’s mutual’s, else the platform’s default (open to anyone)',
    response: privacyOfficerAnswerSchema,
  }),
  set: endpoint({
    method: 'put',
    path: '/api/privacy/officer',
    tag: 'privacy',
    summary: 'Name the mutual’s privacy officer (shown in every page’s footer and every e-mail)',
    body: privacyOfficerSchema,
    response: privacyOfficerAnswerSchema,
  }),
};

// ---------- retention periods and the daily purge ----------

export const retentionKindSchema = z.enum(RETENTION_KINDS).meta({ id: 'RetentionKind' });

export const retentionAnswerSchema = z
  .object({
    periods: z.array(
      z.object({
        kind: retentionKindSchema,
        months: z.number().int().meta({ description: 'The period in force, in months after the kind’s reference day' }),
        defaultMonths: z.number().int(),
        minMonths: z.number().int(),
        maxMonths: z.number().int(),
        own: z.boolean().meta({ description: 'Set by the mutual (else the default)' }),
      }),
    ),
    kept: z
      .array(z.enum(RETENTION_KEPT))
      .meta({ description: 'What the law obliges the mutual to keep: never purged' }),
    nextRunAt: z.string().meta({ description: 'When the daily purge runs next' }),
    runs: z
      .array(z.object({ ranAt: z.string(), counts: z.record(z.string(), z.number().int()) }))
      .meta({ description: 'The last purges of the mutual’s data, latest first, with what each purged by kind' }),
  })
  .meta({ id: 'Retention' });
export type RetentionAnswer = z.infer<typeof retentionAnswerSchema>;

export const setRetentionRequestSchema = z
  .object({
    periods: z
      .array(z.object({ kind: retentionKindSchema, months: z.number().int() }))
      .max(RETENTION_KINDS.length)
      .meta({ description: 'The periods to set; a kind left out keeps its period' }),
  })
  .meta({ id: 'SetRetentionRequest' });
export type SetRetentionRequest = z.infer<typeof setRetentionRequestSchema>;

export const retentionEndpoints = {
  get: endpoint({
    method: 'get',
    path: '/api/privacy/retention',
    tag: 'privacy',
    summary: 'The retention periods of the mutual’s personal data, the next purge and what the last ones purged',
    response: retentionAnswerSchema,
  }),
  set: endpoint({
    method: 'put',
    path: '/api/privacy/retention',
    tag: 'privacy',
    summary: 'Change retention periods, each within its bounds',
    body: setRetentionRequestSchema,
    response: retentionAnswerSchema,
  }),
};
