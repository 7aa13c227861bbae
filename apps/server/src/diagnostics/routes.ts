import {
  createDiagnosticRequestSchema,
  diagnosticIdParamSchema,
  diagnosticListQuerySchema,
  diagnosticListSchema,
  diagnosticSchema,
  diagnosticTransitionRequestSchema,
  setProposedNeedsRequestSchema,
  updateDiagnosticRequestSchema,
  validateDiagnosticRequestSchema,
} from '@mutualis/contracts';
import {
  createDiagnostic,
  getDiagnostic,
  listDiagnostics,
  setProposedNeeds,
  transitionDiagnostic,
  updateDiagnostic,
  validateDiagnostic,
} from './manage-diagnostics.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ body: { required: true, ...json(schema) } });

/**
 * Needs diagnostics: the coordinator schedules, runs and completes one with a member firm and
 * proposes need lines; the member contact validates it (its lines become open needs).
 */
export function registerDiagnosticRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/diagnostics',
      tags: ['needs'],
      summary: 'Diagnostics: all (coordinator) or the firm’s own (member contact)',
      access: ['coordinator', 'member_contact'],
      request: { query: diagnosticListQuerySchema },
      responses: { 200: { description: 'Diagnostics', ...json(diagnosticListSchema) }, ...problemResponses },
    }),
    async (c) => c.json({ items: await listDiagnostics(deps.db, callerOf(c), c.req.valid('query')) }, 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/diagnostics',
      tags: ['needs'],
      summary: 'Schedule a diagnostic with a member',
      access: ['coordinator'],
      request: body(createDiagnosticRequestSchema),
      responses: { 201: { description: 'Scheduled', ...json(diagnosticSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await createDiagnostic(deps.db, callerOf(c), c.req.valid('json'), deps.now()), 201),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/diagnostics/{diagnosticId}',
      tags: ['needs'],
      summary: 'One diagnostic with its need lines',
      access: ['coordinator', 'member_contact'],
      request: { params: diagnosticIdParamSchema },
      responses: { 200: { description: 'The diagnostic', ...json(diagnosticSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await getDiagnostic(deps.db, callerOf(c), c.req.valid('param').diagnosticId), 200),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/api/diagnostics/{diagnosticId}',
      tags: ['needs'],
      summary: 'Record the content: challenges, skills gaps by NOC, priorities, constraints, notes (until completed)',
      access: ['coordinator'],
      request: { params: diagnosticIdParamSchema, ...body(updateDiagnosticRequestSchema) },
      responses: { 200: { description: 'Updated', ...json(diagnosticSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await updateDiagnostic(deps.db, callerOf(c), c.req.valid('param').diagnosticId, c.req.valid('json'), deps.now()), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/diagnostics/{diagnosticId}/status',
      tags: ['needs'],
      summary: 'Start, complete (needs at least one proposed line), reopen (completed → in_progress) or cancel',
      access: ['coordinator'],
      request: { params: diagnosticIdParamSchema, ...body(diagnosticTransitionRequestSchema) },
      responses: { 200: { description: 'Moved', ...json(diagnosticSchema) }, ...problemResponses },
    }),
    async (c) =>
      c.json(await transitionDiagnostic(deps.db, callerOf(c), c.req.valid('param').diagnosticId, c.req.valid('json').status, deps.now()), 200),
  );

  app.openapi(
    route({
      method: 'put',
      path: '/api/diagnostics/{diagnosticId}/needs',
      tags: ['needs'],
      summary: 'Replace the proposed need lines (defaults from the constraints and the member)',
      access: ['coordinator'],
      request: { params: diagnosticIdParamSchema, ...body(setProposedNeedsRequestSchema) },
      responses: { 200: { description: 'Lines set', ...json(diagnosticSchema) }, ...problemResponses },
    }),
    async (c) =>
      c.json(await setProposedNeeds(deps.db, callerOf(c), c.req.valid('param').diagnosticId, c.req.valid('json').lines, deps.now()), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/diagnostics/{diagnosticId}/validate',
      tags: ['needs'],
      summary: 'The member contact validates a completed diagnostic: its lines become open needs, except those rejected',
      access: ['member_contact'],
      request: { params: diagnosticIdParamSchema, ...body(validateDiagnosticRequestSchema) },
      responses: { 200: { description: 'Validated', ...json(diagnosticSchema) }, ...problemResponses },
    }),
    async (c) =>
      c.json(
        await validateDiagnostic(deps.db, callerOf(c), c.req.valid('param').diagnosticId, c.req.valid('json').rejectedNeedIds ?? [], deps.now()),
        200,
      ),
  );
}
