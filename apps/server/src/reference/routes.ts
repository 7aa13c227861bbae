import { referenceDataSchema } from '@mutualis/contracts';
import { referenceData } from './get-reference-data.ts';
import { route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

/** Reference data: regions, SCIAN, NOC/TEER, education, languages, size classes, statuses, import columns. */
export function registerReferenceRoutes(app: App, _deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/reference',
      tags: ['reference'],
      summary: 'All reference data (French and English labels); public and cacheable',
      access: 'public',
      responses: { 200: { description: 'Reference data', content: { 'application/json': { schema: referenceDataSchema } } }, ...problemResponses },
    }),
    (c) => {
      c.header('cache-control', 'public, max-age=3600');
      return c.json(referenceData, 200);
    },
  );
}
