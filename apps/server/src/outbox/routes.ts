import { z } from '@hono/zod-openapi';
import { outboxMessageSchema, outboxPageSchema, outboxQuerySchema } from '@mutualis/contracts';
import { listOutbox, retryOutboxMessage } from './manage-outbox.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const managers = ['platform_admin', 'coordinator'] as const;

/** The e-mails the platform sent or will send (without their bodies, which may hold links). */
export function registerOutboxRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/outbox',
      tags: ['outbox'],
      summary: "The mutual's e-mails, newest first; filter by status",
      access: managers,
      request: { query: outboxQuerySchema },
      responses: { 200: { description: 'A page of e-mails', content: { 'application/json': { schema: outboxPageSchema } } }, ...problemResponses },
    }),
    async (c) => c.json(await listOutbox(deps, callerOf(c), c.req.valid('query')), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/outbox/{messageId}/retry',
      tags: ['outbox'],
      summary: 'Send a failed e-mail again (a fresh set of attempts)',
      access: managers,
      request: { params: z.object({ messageId: z.coerce.number().int().positive().max(2 ** 53) }) },
      responses: {
        200: { description: 'Back in the queue', content: { 'application/json': { schema: outboxMessageSchema } } },
        ...problemResponses,
      },
    }),
    async (c) => c.json(await retryOutboxMessage(deps, callerOf(c), c.req.valid('param').messageId), 200),
  );
}
