import {
  createProviderRequestSchema,
  providerIdParamSchema,
  providerListQuerySchema,
  providerListSchema,
  providerSchema,
  updateProviderRequestSchema,
} from '@mutualis/contracts';
import { createProvider, getProvider, listProviders, updateProvider } from './manage-providers.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ body: { required: true, ...json(schema) } });

/** Training providers: coordinators manage them; a trainer sees its own provider. */
export function registerProviderRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/providers',
      tags: ['catalogue'],
      summary: "The mutual's providers (a trainer: its own)",
      access: ['coordinator', 'trainer'],
      request: { query: providerListQuerySchema },
      responses: { 200: { description: 'Providers', ...json(providerListSchema) }, ...problemResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json({ items: await listProviders(deps.db, callerOf(c), { includeInactive: q.includeInactive === 'true', region: q.region }) }, 200);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/providers',
      tags: ['catalogue'],
      summary: 'Add a provider',
      access: ['coordinator'],
      request: body(createProviderRequestSchema),
      responses: { 201: { description: 'Created', ...json(providerSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await createProvider(deps.db, callerOf(c), c.req.valid('json')), 201),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/providers/{providerId}',
      tags: ['catalogue'],
      summary: 'One provider',
      access: ['coordinator', 'trainer'],
      request: { params: providerIdParamSchema },
      responses: { 200: { description: 'The provider', ...json(providerSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await getProvider(deps.db, callerOf(c), c.req.valid('param').providerId), 200),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/api/providers/{providerId}',
      tags: ['catalogue'],
      summary: 'Change a provider (details, regions served, contacts, active)',
      access: ['coordinator'],
      request: { params: providerIdParamSchema, ...body(updateProviderRequestSchema) },
      responses: { 200: { description: 'Updated', ...json(providerSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await updateProvider(deps.db, callerOf(c), c.req.valid('param').providerId, c.req.valid('json'), deps.now()), 200),
  );
}
