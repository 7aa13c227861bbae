import { z } from '@hono/zod-openapi';
import { attendanceRequestSchema, resultsRequestSchema, rosterSchema } from '@mutualis/contracts';
import { recordAttendance, recordResults, viewRoster } from './record-attendance.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const params = z.object({ sessionId: z.string().uuid() });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });
const workers = ['coordinator', 'trainer'] as const;

/** The trainer portal: roster, attendance per meeting day, each participant's result. */
export function registerAttendanceRoutes(app: App, deps: Deps) {
  const rosterOf = (caller: Parameters<typeof viewRoster>[1], sessionId: string) => viewRoster(deps, caller, sessionId);

  app.openapi(
    route({
      method: 'get',
      path: '/api/sessions/{sessionId}/roster',
      tags: ['trainer portal'],
      summary: "The roster: participants' names, firm and job title (never wages), attendance and results; a member contact sees only its own",
      access: ['coordinator', 'trainer', 'member_contact'],
      request: { params },
      responses: { 200: json(rosterSchema, 'The roster'), ...problemResponses },
    }),
    async (c) => c.json(await rosterOf(callerOf(c), c.req.valid('param').sessionId), 200),
  );

  app.openapi(
    route({
      method: 'put',
      path: '/api/sessions/{sessionId}/attendance',
      tags: ['trainer portal'],
      summary: 'Record attendance per participant and meeting day (present/absent, hours); session in delivery',
      access: workers,
      request: { params, body: body(attendanceRequestSchema) },
      responses: { 200: json(rosterSchema, 'The roster, updated'), ...problemResponses },
    }),
    async (c) => {
      const caller = callerOf(c);
      const { sessionId } = c.req.valid('param');
      await recordAttendance(deps, caller, sessionId, c.req.valid('json').entries);
      return c.json(await rosterOf(caller, sessionId), 200);
    },
  );

  app.openapi(
    route({
      method: 'put',
      path: '/api/sessions/{sessionId}/results',
      tags: ['trainer portal'],
      summary: "Record each participant's evaluation result (passed / not passed, score 0–100)",
      access: workers,
      request: { params, body: body(resultsRequestSchema) },
      responses: { 200: json(rosterSchema, 'The roster, updated'), ...problemResponses },
    }),
    async (c) => {
      const caller = callerOf(c);
      const { sessionId } = c.req.valid('param');
      await recordResults(deps, caller, sessionId, c.req.valid('json').entries);
      return c.json(await rosterOf(caller, sessionId), 200);
    },
  );
}
