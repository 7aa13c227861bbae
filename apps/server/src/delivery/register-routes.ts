import { z } from '@hono/zod-openapi';
import { registerEntrySchema, registerQuerySchema, registerUpdateSchema } from '@mutualis/contracts';
import { exportRegister, getRegisterEntry, registerOfYear, updateRegisterEntry } from './keep-register.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const params = z.object({ sessionId: z.string().uuid() });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const binary = (type: string) => ({ description: 'File', content: { [type]: { schema: z.string().meta({ format: 'binary' }) } } });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The activity register (s.15): one entry per session, complete before delivery; yearly exports. */
export function registerRegisterRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/sessions/{sessionId}/register',
      tags: ['register'],
      summary: 'The register entry of a session and what it still lacks',
      access: ['coordinator'],
      request: { params },
      responses: { 200: json(registerEntrySchema, 'The entry'), ...problemResponses },
    }),
    async (c) => c.json(await getRegisterEntry(deps, callerOf(c), c.req.valid('param').sessionId), 200),
  );

  app.openapi(
    route({
      method: 'put',
      path: '/api/sessions/{sessionId}/register',
      tags: ['register'],
      summary: "State register values (null falls back to the course's, the session's or the results')",
      access: ['coordinator'],
      request: { params, body: { required: true, content: { 'application/json': { schema: registerUpdateSchema } } } },
      responses: { 200: json(registerEntrySchema, 'The entry'), ...problemResponses },
    }),
    async (c) => c.json(await updateRegisterEntry(deps, callerOf(c), c.req.valid('param').sessionId, c.req.valid('json')), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/register',
      tags: ['register'],
      summary: 'The register of a year: every activity held',
      access: ['coordinator'],
      request: { query: registerQuerySchema },
      responses: { 200: json(z.array(registerEntrySchema), 'Entries by date'), ...problemResponses },
    }),
    async (c) => c.json(await registerOfYear(deps, callerOf(c), c.req.valid('query').year), 200),
  );

  for (const format of ['xlsx', 'pdf'] as const) {
    app.openapi(
      route({
        method: 'get',
        path: `/api/register/export.${format}`,
        tags: ['register'],
        summary: `The register of a year as ${format.toUpperCase()}`,
        access: ['coordinator'],
        request: { query: registerQuerySchema },
        responses: { 200: binary(format === 'xlsx' ? XLSX : 'application/pdf'), ...problemResponses },
      }),
      async (c) => {
        const { year } = c.req.valid('query');
        const file = await exportRegister(deps, callerOf(c), year, format);
        return c.body(new Uint8Array(file) as unknown as ArrayBuffer, 200, {
          'content-type': format === 'xlsx' ? XLSX : 'application/pdf',
          'content-disposition': `attachment; filename="registre-activites-${year}.${format}"`,
        });
      },
    );
  }
}
