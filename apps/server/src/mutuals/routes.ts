import { z } from '@hono/zod-openapi';
import { createMutualRequestSchema, deliverySettingsRequestSchema, mutualListSchema, mutualSchema, updateMutualRequestSchema } from '@mutualis/contracts';
import { createMutual, getMutual, listMutuals, updateDeliverySettings, updateMutual } from './manage-mutual.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const params = z.object({ mutualId: z.string().uuid() });
const mutualResponse = (description: string) => ({ description, content: { 'application/json': { schema: mutualSchema } } });

/** Mutuals: the platform administrator creates and edits them; their staff and board read their own. */
export function registerMutualRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/mutuals',
      tags: ['mutuals'],
      summary: 'Every mutual',
      access: ['platform_admin'],
      responses: { 200: { description: 'The mutuals', content: { 'application/json': { schema: mutualListSchema } } }, ...problemResponses },
    }),
    async (c) => c.json({ items: await listMutuals(deps) }, 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/mutuals',
      tags: ['mutuals'],
      summary: 'Create a mutual (then invite its first coordinator with POST /api/users)',
      access: ['platform_admin'],
      request: { body: { required: true, content: { 'application/json': { schema: createMutualRequestSchema } } } },
      responses: { 201: mutualResponse('Created'), ...problemResponses },
    }),
    async (c) => c.json(await createMutual(deps, callerOf(c), c.req.valid('json')), 201),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/mutuals/{mutualId}',
      tags: ['mutuals'],
      summary: "One mutual (coordinators and board viewers: their own)",
      access: ['platform_admin', 'coordinator', 'board_viewer'],
      request: { params },
      responses: { 200: mutualResponse('The mutual'), ...problemResponses },
    }),
    async (c) => c.json(await getMutual(deps, callerOf(c), c.req.valid('param').mutualId), 200),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/api/mutuals/{mutualId}',
      tags: ['mutuals'],
      summary: "Edit a mutual's name, slug, kind, region, sector, recognition date and delivery settings",
      access: ['platform_admin'],
      request: { params, body: { required: true, content: { 'application/json': { schema: updateMutualRequestSchema } } } },
      responses: { 200: mutualResponse('The mutual, updated'), ...problemResponses },
    }),
    async (c) => c.json(await updateMutual(deps, callerOf(c), c.req.valid('param').mutualId, c.req.valid('json')), 200),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/api/mutuals/{mutualId}/delivery-settings',
      tags: ['mutuals'],
      summary: "Edit a mutual's delivery settings: withdrawal deadline (days), go/no-go lead time (days), attendance threshold for attestations (%), minimum firms per session",
      description: 'Coordinators edit their own mutual (another answers 404); the platform administrator any.',
      access: ['platform_admin', 'coordinator'],
      request: { params, body: { required: true, content: { 'application/json': { schema: deliverySettingsRequestSchema } } } },
      responses: { 200: mutualResponse('The mutual, updated'), ...problemResponses },
    }),
    async (c) => c.json(await updateDeliverySettings(deps, callerOf(c), c.req.valid('param').mutualId, c.req.valid('json')), 200),
  );
}
