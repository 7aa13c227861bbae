import { z } from '@hono/zod-openapi';
import { healthRepository } from './repository.ts';
import { route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';

export function registerHealthRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/health',
      tags: ['system'],
      summary: 'Liveness and database check',
      access: 'public',
      responses: {
        200: {
          description: 'Up',
          content: { 'application/json': { schema: z.object({ status: z.literal('ok'), database: z.literal('ok'), time: z.string() }) } },
        },
      },
    }),
    async (c) => {
      await healthRepository(deps.db).ping();
      return c.json({ status: 'ok' as const, database: 'ok' as const, time: deps.now().toISOString() }, 200);
    },
  );
}
