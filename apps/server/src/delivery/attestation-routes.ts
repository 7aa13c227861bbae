import { z } from '@hono/zod-openapi';
import { attestationListQuerySchema, attestationSchema, attestationVerificationSchema, issueAttestationsResultSchema } from '@mutualis/contracts';
import { parseAttestationNumber } from '@mutualis/domain/delivery/index';
import { notFound } from '../errors.ts';
import { attestationPdf, issueAttestations, listAttestations, reissueAttestation, verifyAttestation } from './issue-attestations.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const params = z.object({ attestationId: z.string().uuid() });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const readers = ['coordinator', 'member_contact'] as const;

/** Attestations of participation (s.14): issue, list, PDF, reissue, public verification. */
export function registerAttestationRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'post',
      path: '/api/sessions/{sessionId}/attestations',
      tags: ['attestations'],
      summary: 'Issue the attestations still due for a delivered session (issued automatically at delivery)',
      access: ['coordinator'],
      request: { params: z.object({ sessionId: z.string().uuid() }) },
      responses: { 200: json(issueAttestationsResultSchema, 'Issued now, and participants who did not complete'), ...problemResponses },
    }),
    async (c) => c.json(await issueAttestations(deps, callerOf(c), c.req.valid('param').sessionId), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/attestations',
      tags: ['attestations'],
      summary: "Attestations per participant, firm or session (a member contact: its firm's)",
      access: readers,
      request: { query: attestationListQuerySchema },
      responses: { 200: json(z.array(attestationSchema), 'Attestations'), ...problemResponses },
    }),
    async (c) => c.json(await listAttestations(deps, callerOf(c), c.req.valid('query')), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/attestations/{attestationId}/pdf',
      tags: ['attestations'],
      summary: 'The bilingual attestation PDF',
      access: readers,
      request: { params },
      responses: { 200: { description: 'PDF', content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } } }, ...problemResponses },
    }),
    async (c) => {
      const { pdf, number } = await attestationPdf(deps, callerOf(c), c.req.valid('param').attestationId);
      return c.body(new Uint8Array(pdf) as unknown as ArrayBuffer, 200, {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="attestation-${number}.pdf"`,
      });
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/attestations/{attestationId}/reissue',
      tags: ['attestations'],
      summary: "Reissue an attestation: same number, the participant's current name, dated reissue",
      access: readers,
      request: { params },
      responses: { 200: json(attestationSchema, 'Reissued'), ...problemResponses },
    }),
    async (c) => c.json(await reissueAttestation(deps, callerOf(c), c.req.valid('param').attestationId), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/attestations/verify/{attestationNumber}',
      tags: ['attestations'],
      summary: 'Public: check that an attestation is genuine; shows only name, course, dates and hours',
      access: 'public',
      request: { params: z.object({ attestationNumber: z.string().max(40) }) },
      responses: { 200: json(attestationVerificationSchema, 'A genuine attestation'), ...problemResponses },
    }),
    async (c) => {
      const { attestationNumber } = c.req.valid('param');
      if (!parseAttestationNumber(attestationNumber)) throw notFound('Attestation');
      return c.json(await verifyAttestation(deps, attestationNumber), 200);
    },
  );
}
