import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { sessionIdParamSchema } from './delivery-sessions.ts';
import { endpoint, fileAnswer } from './endpoint.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

// Delivery, attestations of participation (s.14): issued at delivery, listed, printed, reissued,
// and verified by anyone from their number.

const uuid = z.string().uuid();
const isoDate = isoDateSchema;

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

export const attestationListSchema = pagedListSchema(attestationSchema, 'AttestationList');
export type AttestationList = z.infer<typeof attestationListSchema>;

export const attestationListQuerySchema = z.object({
  memberId: uuid.optional(),
  employeeId: uuid.optional(),
  sessionId: uuid.optional(),
  // Up to 500 a page: a firm's or a session's attestations are shown in one page.
  ...pageQueryFieldsUpTo(500),
});
export type AttestationListQuery = z.infer<typeof attestationListQuerySchema>;

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
export type AttestationVerification = z.infer<typeof attestationVerificationSchema>;

export const issueAttestationsResultSchema = z
  .object({
    issued: z.array(attestationSchema),
    notCompleted: z.array(z.object({ enrolmentId: z.string(), name: z.string(), hoursAttended: z.number() })),
  })
  .meta({ id: 'IssueAttestationsResult' });

export const attestationIdParamSchema = z.object({ attestationId: uuid });
export const attestationNumberParamSchema = z.object({ attestationNumber: z.string().max(40) });

/** The attestation endpoints: coordinators and the participant's member contact; verification is public. */
export const attestationEndpoints = {
  issue: endpoint({
    method: 'post',
    path: '/api/sessions/{sessionId}/attestations',
    tag: 'attestations',
    summary: 'Issue the attestations still due for a delivered session (issued automatically at delivery)',
    params: sessionIdParamSchema,
    response: issueAttestationsResultSchema,
  }),
  list: endpoint({
    method: 'get',
    path: '/api/attestations',
    tag: 'attestations',
    summary: "Attestations per participant, firm or session (a member contact: its firm's)",
    query: attestationListQuerySchema,
    response: attestationListSchema,
  }),
  pdf: endpoint({
    method: 'get',
    path: '/api/attestations/{attestationId}/pdf',
    tag: 'attestations',
    summary: 'The bilingual attestation PDF',
    params: attestationIdParamSchema,
    response: fileAnswer('application/pdf'),
  }),
  reissue: endpoint({
    method: 'post',
    path: '/api/attestations/{attestationId}/reissue',
    tag: 'attestations',
    summary: "Reissue an attestation: same number, the participant's current name, dated reissue",
    params: attestationIdParamSchema,
    response: attestationSchema,
  }),
  verify: endpoint({
    method: 'get',
    path: '/api/attestations/verify/{attestationNumber}',
    tag: 'attestations',
    summary: 'Public: check that an attestation is genuine; shows only name, course, dates and hours',
    params: attestationNumberParamSchema,
    response: attestationVerificationSchema,
  }),
};
