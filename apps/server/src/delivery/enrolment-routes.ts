import { z } from '@hono/zod-openapi';
import { enrolmentSchema, enrolRequestSchema, seatRequestSchema, substituteRequestSchema, withdrawRequestSchema } from '@mutualis/contracts';
import { enrolParticipant } from './enrol-participant.ts';
import { listEnrolments, listSessionEnrolments, requestSeats } from './list-enrolments.ts';
import { substituteParticipant, withdrawParticipant } from './withdraw-participant.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const sessionParams = z.object({ sessionId: z.string().uuid() });
const enrolmentParams = z.object({ enrolmentId: z.string().uuid() });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });
const enrollers = ['coordinator', 'member_contact'] as const;

/** Enrolment: name employees into seats, waitlist, withdrawal, substitution, seat requests. */
export function registerEnrolmentRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/sessions/{sessionId}/enrolments',
      tags: ['enrolment'],
      summary: "A session's enrolments (a member contact: only its own employees), waitlist in order",
      access: enrollers,
      request: { params: sessionParams },
      responses: { 200: json(z.array(enrolmentSchema), 'Enrolments'), ...problemResponses },
    }),
    async (c) => c.json(await listSessionEnrolments(deps, callerOf(c), c.req.valid('param').sessionId), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/sessions/{sessionId}/enrolments',
      tags: ['enrolment'],
      summary: "Enrol an employee: confirmed if the firm has a seat (its reservation or a free seat), else waitlisted",
      access: enrollers,
      request: { params: sessionParams, body: body(enrolRequestSchema) },
      responses: { 201: json(enrolmentSchema, 'Enrolled (confirmed or waitlisted)'), ...problemResponses },
    }),
    async (c) => c.json(await enrolParticipant(deps, callerOf(c), c.req.valid('param').sessionId, c.req.valid('json').employeeId), 201),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/sessions/{sessionId}/seat-requests',
      tags: ['enrolment'],
      summary: 'A member contact asks the coordinators for more seats (e-mail through the outbox)',
      access: ['member_contact'],
      request: { params: sessionParams, body: body(seatRequestSchema) },
      responses: { 202: { description: 'Request sent' }, ...problemResponses },
    }),
    async (c) => {
      const input = c.req.valid('json');
      await requestSeats(deps, callerOf(c), c.req.valid('param').sessionId, input.seats, input.note);
      return c.body(null, 202);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/enrolments',
      tags: ['enrolment'],
      summary: "Enrolments across sessions (a member contact: its firm's), newest first",
      access: enrollers,
      request: { query: z.object({ employeeId: z.string().uuid().optional() }) },
      responses: { 200: json(z.array(enrolmentSchema), 'Enrolments'), ...problemResponses },
    }),
    async (c) => c.json(await listEnrolments(deps, callerOf(c), c.req.valid('query').employeeId), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/enrolments/{enrolmentId}/withdraw',
      tags: ['enrolment'],
      summary: "Withdraw: free until the mutual's deadline, a late cancellation (billed) after it; the seat goes to the waitlist",
      access: enrollers,
      request: { params: enrolmentParams, body: body(withdrawRequestSchema) },
      responses: { 200: json(enrolmentSchema, 'The enrolment, withdrawn or late-cancelled'), ...problemResponses },
    }),
    async (c) => c.json(await withdrawParticipant(deps, callerOf(c), c.req.valid('param').enrolmentId, c.req.valid('json').reason), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/enrolments/{enrolmentId}/substitute',
      tags: ['enrolment'],
      summary: 'Replace a confirmed participant by another employee of the same firm, until the deadline',
      access: enrollers,
      request: { params: enrolmentParams, body: body(substituteRequestSchema) },
      responses: { 200: json(enrolmentSchema, 'The new enrolment'), ...problemResponses },
    }),
    async (c) => c.json(await substituteParticipant(deps, callerOf(c), c.req.valid('param').enrolmentId, c.req.valid('json').employeeId), 200),
  );
}
