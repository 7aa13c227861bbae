import { ENROLMENT_OUTCOMES, ENROLMENT_STATUSES } from '@mutualis/domain/delivery/enrolment';
import { SESSION_STATES } from '@mutualis/domain/delivery/lifecycle';
import { QUESTIONNAIRE_STATUSES } from '@mutualis/domain/learning/questionnaire-status';
import { EXPIRY_FILTERS, EXPIRY_STATUSES } from '@mutualis/domain/learning/validity';
import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { attestationIdParamSchema } from './delivery-attestations.ts';
import { employeeIdParamSchema } from './employees.ts';
import { endpoint } from './endpoint.ts';
import { needSchema } from './needs.ts';
import { pagedListSchema, pageQueryFields } from './paging.ts';

// The learner record: an employee's training (sessions, hours, attestations and their expiry,
// the status of its own questionnaires, never answers), the attestations that expire per firm,
// and the renewal need one click creates.

const uuid = z.string().uuid();

export const expiryStatusSchema = z.enum(EXPIRY_STATUSES).meta({
  id: 'ExpiryStatus',
  description:
    'none (the course states no validity), valid, expiring (within the horizon), expired (from the expiry day on)',
});
export const questionnaireStatusSchema = z.enum(QUESTIONNAIRE_STATUSES).meta({ id: 'QuestionnaireStatus' });

/** The renewal need an attestation already has (open or further along; a withdrawn one does not count). */
const renewalSchema = z.object({ needId: uuid, status: z.string(), createdAt: z.string() }).nullable();

export const learnerSessionSchema = z
  .object({
    enrolmentId: uuid,
    sessionId: uuid,
    titleFr: z.string(),
    titleEn: z.string(),
    firstDay: isoDateSchema.nullable(),
    lastDay: isoDateSchema.nullable(),
    sessionStatus: z.enum(SESSION_STATES),
    enrolmentStatus: z.enum(ENROLMENT_STATUSES),
    hoursScheduled: z.number(),
    hoursAttended: z.number().meta({ description: 'Hours present, from the attendance register' }),
    outcome: z.enum(ENROLMENT_OUTCOMES).nullable(),
  })
  .meta({ id: 'LearnerSession' });

export const learnerAttestationSchema = z
  .object({
    id: uuid,
    number: z.string(),
    sessionId: uuid,
    titleFr: z.string(),
    titleEn: z.string(),
    dateFrom: isoDateSchema,
    dateTo: isoDateSchema,
    hours: z.number(),
    issuedAt: z.string(),
    validityMonths: z.number().int().nullable(),
    expiresOn: isoDateSchema.nullable(),
    expiryStatus: expiryStatusSchema,
    renewal: renewalSchema,
  })
  .meta({ id: 'LearnerAttestation' });

export const learnerEvaluationSchema = z
  .object({
    sessionId: uuid,
    titleFr: z.string(),
    titleEn: z.string(),
    level: z.number().int().meta({ description: '1 reaction, 2 learning' }),
    status: questionnaireStatusSchema,
    sendOn: isoDateSchema,
    closesOn: isoDateSchema.nullable(),
    answeredAt: z.string().nullable(),
  })
  .meta({
    id: 'LearnerEvaluation',
    description: "The status of the employee's own questionnaire; its answers are never shown",
  });

export const learnerRecordSchema = z
  .object({
    employeeId: uuid,
    employeeName: z.string(),
    memberId: uuid,
    memberName: z.string(),
    totals: z.object({ sessions: z.number().int(), hoursAttended: z.number(), attestations: z.number().int() }),
    sessions: z.array(learnerSessionSchema),
    attestations: z.array(learnerAttestationSchema),
    evaluations: z.array(learnerEvaluationSchema),
  })
  .meta({ id: 'LearnerRecord' });
export type LearnerRecord = z.infer<typeof learnerRecordSchema>;

export const attestationExpirySchema = z
  .object({
    attestationId: uuid,
    number: z.string(),
    employeeId: uuid,
    employeeName: z.string(),
    memberId: uuid,
    memberName: z.string(),
    courseId: uuid,
    titleFr: z.string(),
    titleEn: z.string(),
    dateTo: isoDateSchema,
    validityMonths: z.number().int(),
    expiresOn: isoDateSchema,
    daysLeft: z.number().int().meta({ description: 'Days from today to the expiry; negative once expired' }),
    status: expiryStatusSchema,
    remindedDays: z
      .array(z.number().int())
      .meta({ description: 'Thresholds (days before) whose reminder went out for this expiry' }),
    renewal: renewalSchema,
  })
  .meta({ id: 'AttestationExpiry' });
export type AttestationExpiry = z.infer<typeof attestationExpirySchema>;

export const attestationExpiryListSchema = pagedListSchema(attestationExpirySchema, 'AttestationExpiryList');
export type AttestationExpiryList = z.infer<typeof attestationExpiryListSchema>;

export const attestationExpiryQuerySchema = z.object({
  status: z
    .enum(EXPIRY_FILTERS)
    .default('expiring')
    .meta({ description: 'expiring within `withinDays`, expired (not renewed since), or both' }),
  withinDays: z.coerce.number().int().min(1).max(365).default(60),
  memberId: uuid.optional().meta({ description: 'One firm (a member contact: always its own)' }),
  ...pageQueryFields,
});
export type AttestationExpiryQuery = z.infer<typeof attestationExpiryQuerySchema>;

/** The learner record endpoints: the coordinator and the employee's firm's contact. */
export const learningEndpoints = {
  record: endpoint({
    method: 'get',
    path: '/api/employees/{employeeId}/learning-record',
    tag: 'learning',
    summary:
      "An employee's learner record: sessions, hours attended, attestations and their expiry, the status of its own questionnaires (never answers)",
    params: employeeIdParamSchema,
    response: learnerRecordSchema,
  }),
  expiries: endpoint({
    method: 'get',
    path: '/api/attestation-expiries',
    tag: 'learning',
    summary:
      'Attestations that expire soon or have expired (not renewed since), soonest first: all firms (coordinator) or the firm’s own (member contact)',
    description:
      'An attestation expires its course’s validity (months) after its last day; one renewed by a later attestation of the same topic, or whose employee has left, is not listed.',
    query: attestationExpiryQuerySchema,
    response: attestationExpiryListSchema,
  }),
  renew: endpoint({
    method: 'post',
    path: '/api/attestations/{attestationId}/renewal-need',
    tag: 'learning',
    summary:
      'Create the renewal need of an attestation in one click: an open need for the same topic naming the employee, in the firm’s region, for the months before the expiry',
    params: attestationIdParamSchema,
    response: needSchema,
    status: 201,
  }),
};
