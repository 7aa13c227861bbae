import { z } from '@hono/zod-openapi';
import {
  acceptedPlanSchema,
  acceptPoolingRunSchema,
  myFirmSavingsSchema,
  poolingAdjustmentsSchema,
  poolingComparisonSchema,
  poolingRunDetailSchema,
  poolingRunSummarySchema,
  rerunPoolingRunSchema,
  savingsQuerySchema,
  startPoolingRunSchema,
} from '@mutualis/contracts';
import { acceptPoolingPlan } from './accept-pooling-plan.ts';
import { getMemberSavings, savingsStatement } from './member-savings.ts';
import { cancelPoolingRun, rerunPoolingRun, startPoolingRun } from './start-pooling-run.ts';
import { comparePoolingRuns, getPoolingProblem, getPoolingRun, listPoolingRuns } from './view-pooling-runs.ts';
import { memberScopeOf, mutualOf } from '../caller.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const COORD = ['coordinator'] as const;
const CONTACT = ['member_contact'] as const;
const runParam = z.object({ runId: z.string().uuid() });
const compareQuery = z.object({ a: z.string().uuid(), b: z.string().uuid() });

/** Pooling runs (coordinators: build, run in the background, review, re-run, compare, accept) and members' savings. */
export function registerPoolingRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'post',
      path: '/api/pooling/runs',
      tags: ['pooling'],
      summary: "Build a pooling problem from the mutual's open needs and approved courses for the chosen periods and policy, and run it in the background",
      access: COORD,
      request: body(startPoolingRunSchema),
      responses: { 202: { description: 'Queued; poll GET /api/pooling/runs/{runId}', ...json(poolingRunDetailSchema) }, ...problemResponses },
    }),
    async (c) => {
      const p = callerOf(c);
      const mutualId = mutualOf(p);
      const id = await startPoolingRun(deps, p, mutualId, c.req.valid('json'));
      return c.json(await getPoolingRun(deps, mutualId, id), 202);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/pooling/runs',
      tags: ['pooling'],
      summary: "The mutual's pooling runs, newest first (without problems and plans)",
      access: COORD,
      responses: { 200: { description: 'Runs', ...json(z.array(poolingRunSummarySchema)) }, ...problemResponses },
    }),
    async (c) => c.json(await listPoolingRuns(deps, mutualOf(callerOf(c))), 200),
  );

  // before /runs/{runId} so that "compare" is not read as a run id
  app.openapi(
    route({
      method: 'get',
      path: '/api/pooling/runs/compare',
      tags: ['pooling'],
      summary: 'Two runs side by side: totals, differences, and the sessions only one of them has',
      access: COORD,
      request: { query: compareQuery },
      responses: { 200: { description: 'Comparison', ...json(poolingComparisonSchema) }, ...problemResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await comparePoolingRuns(deps, mutualOf(callerOf(c)), q.a, q.b), 200);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/pooling/runs/{runId}',
      tags: ['pooling'],
      summary: 'A run: status, progress (poll it), its plan with firm and course names',
      access: COORD,
      request: { params: runParam },
      responses: { 200: { description: 'The run', ...json(poolingRunDetailSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await getPoolingRun(deps, mutualOf(callerOf(c)), c.req.valid('param').runId), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/pooling/runs/{runId}/problem',
      tags: ['pooling'],
      summary: "A run's full input: the problem (pooling contract JSON) and the pins and excludes applied to it",
      access: COORD,
      request: { params: runParam },
      responses: {
        200: { description: 'The input', ...json(z.object({ problem: z.record(z.string(), z.unknown()), adjustments: poolingAdjustmentsSchema })) },
        ...problemResponses,
      },
    }),
    async (c) => c.json(await getPoolingProblem(deps, mutualOf(callerOf(c)), c.req.valid('param').runId), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/pooling/runs/{runId}/cancel',
      tags: ['pooling'],
      summary: 'Cancel a queued or running run (its worker is stopped)',
      access: COORD,
      request: { params: runParam },
      responses: { 200: { description: 'Cancelled', ...json(poolingRunDetailSchema) }, ...problemResponses },
    }),
    async (c) => {
      const p = callerOf(c);
      const mutualId = mutualOf(p);
      const { runId } = c.req.valid('param');
      await cancelPoolingRun(deps, p, mutualId, runId);
      return c.json(await getPoolingRun(deps, mutualId, runId), 200);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/pooling/runs/{runId}/rerun',
      tags: ['pooling'],
      summary: "Run a stored problem again, with sessions of its plan pinned or excluded, needs excluded, or policy changes",
      access: COORD,
      request: { params: runParam, ...body(rerunPoolingRunSchema) },
      responses: { 202: { description: 'Queued', ...json(poolingRunDetailSchema) }, ...problemResponses },
    }),
    async (c) => {
      const p = callerOf(c);
      const mutualId = mutualOf(p);
      const id = await rerunPoolingRun(deps, p, mutualId, c.req.valid('param').runId, c.req.valid('json'));
      return c.json(await getPoolingRun(deps, mutualId, id), 202);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/pooling/runs/{runId}/accept',
      tags: ['pooling'],
      summary: "Accept a run's plan: its sessions are created as proposed with seats reserved per member and need, and the needs become planned",
      access: COORD,
      request: { params: runParam, body: { required: false, content: { 'application/json': { schema: acceptPoolingRunSchema } } } },
      responses: { 200: { description: 'Accepted', ...json(acceptedPlanSchema) }, ...problemResponses },
    }),
    async (c) => {
      const p = callerOf(c);
      return c.json(await acceptPoolingPlan(deps, p, mutualOf(p), c.req.valid('param').runId), 200);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/my-firm/savings',
      tags: ['pooling'],
      summary: "The firm's savings from pooling: each need's pooled share against its cost alone, and the year's totals",
      access: CONTACT,
      request: { query: savingsQuerySchema },
      responses: { 200: { description: 'Savings', ...json(myFirmSavingsSchema) }, ...problemResponses },
    }),
    async (c) => {
      const scope = memberScopeOf(callerOf(c));
      return c.json(await getMemberSavings(deps, { mutualId: scope.mutualId, memberId: scope.memberId as string }, c.req.valid('query').year), 200);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/my-firm/savings/statement.pdf',
      tags: ['pooling'],
      summary: "The firm's savings statement for a year, as a bilingual PDF (lang = the language shown first)",
      access: CONTACT,
      request: { query: savingsQuerySchema },
      responses: { 200: { description: 'PDF', content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } } }, ...problemResponses },
    }),
    async (c) => {
      const p = callerOf(c);
      const scope = memberScopeOf(p);
      const q = c.req.valid('query');
      const { bytes, filename } = await savingsStatement(deps, { mutualId: scope.mutualId, memberId: scope.memberId as string }, q.year, q.lang ?? p.locale);
      return c.body(bytes as unknown as ArrayBuffer, 200, {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${filename}"`,
      }) as never;
    },
  );
}
