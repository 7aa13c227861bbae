import { auditPageSchema, auditQuerySchema } from '@mutualis/contracts';
import { listAuditLog } from './list-audit-log.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

/** Browsing the audit log: who did what, when, to which record. */
export function registerAuditRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/audit-log',
      tags: ['audit'],
      summary: "The audit log, newest first (a coordinator: its mutual's); filter by entity, actor, action, dates",
      access: ['platform_admin', 'coordinator'],
      request: { query: auditQuerySchema },
      responses: { 200: { description: 'A page of entries', content: { 'application/json': { schema: auditPageSchema } } }, ...problemResponses },
    }),
    async (c) => c.json(await listAuditLog(deps, callerOf(c), c.req.valid('query')), 200),
  );
}
