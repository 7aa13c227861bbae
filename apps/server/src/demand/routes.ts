import {
  anonymousDemandSchema,
  demandBoardQuerySchema,
  demandBoardSchema,
  demandQuerySchema,
  poolingProblemBuildSchema,
  poolingProblemRequestSchema,
  topicIdParamSchema,
  unmetNeedsSchema,
  unmetQuerySchema,
} from '@mutualis/contracts';
import { AppError } from '../errors.ts';
import { anonymousTopicDemand, buildDemandBoard, buildMutualPoolingProblem, listUnmetNeeds } from './build-demand-board.ts';
import { exportDemand } from './export-demand.ts';
import { memberScopeOf, mutualOf } from '../caller.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

/** The demand board (coordinators) and anonymous demand on a topic (member contacts). */
export function registerDemandRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/demand',
      tags: ['demand'],
      summary: 'Open needs by topic × region × period × language, each cell marked ready or with what it lacks: one page of cells (ready first, then most seats) and the heat map’s sums',
      access: ['coordinator'],
      request: { query: demandBoardQuerySchema },
      responses: { 200: { description: 'The board', ...json(demandBoardSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await buildDemandBoard(deps.db, mutualOf(callerOf(c)), c.req.valid('query'), deps.now()), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/demand/unmet',
      tags: ['demand'],
      summary: 'Open needs that cannot be met yet, with the reason, and a count per reason',
      access: ['coordinator'],
      request: { query: unmetQuerySchema },
      responses: { 200: { description: 'Unmet needs', ...json(unmetNeedsSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await listUnmetNeeds(deps.db, mutualOf(callerOf(c)), c.req.valid('query')), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/demand/export',
      tags: ['demand'],
      summary: 'The board and the unmet needs (first 10,000) as an XLSX workbook, in the caller’s language',
      access: ['coordinator'],
      request: { query: demandQuerySchema },
      responses: {
        200: { description: 'XLSX workbook', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } } } },
        ...problemResponses,
      },
    }),
    async (c) => {
      const p = callerOf(c);
      const { bytes, filename: name } = await exportDemand(deps.db, mutualOf(p), c.req.valid('query'), p.locale, deps.now());
      return c.body(bytes as unknown as ArrayBuffer, 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      }) as never;
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/demand/topics/{topicId}',
      tags: ['demand'],
      summary: 'Anonymous demand on a topic: how many other firms want how many seats (never who)',
      access: ['member_contact'],
      request: { params: topicIdParamSchema },
      responses: { 200: { description: 'Counts', ...json(anonymousDemandSchema) }, ...problemResponses },
    }),
    async (c) => {
      const scope = memberScopeOf(callerOf(c));
      if (!scope.memberId) throw new AppError('forbidden', 'Member contacts only');
      return c.json(await anonymousTopicDemand(deps.db, scope.mutualId, scope.memberId, c.req.valid('param').topicId), 200);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/demand/pooling-problem',
      tags: ['demand'],
      summary: 'Build the pooling problem (shared spec pooling.md) from open needs and approved courses for the chosen periods',
      access: ['coordinator'],
      request: { body: { required: true, ...json(poolingProblemRequestSchema) } },
      responses: { 200: { description: 'The problem and what was left out', ...json(poolingProblemBuildSchema) }, ...problemResponses },
    }),
    async (c) => {
      const result = await buildMutualPoolingProblem(deps.db, mutualOf(callerOf(c)), c.req.valid('json'));
      return c.json(result as unknown as { problem: Record<string, unknown>; leftOutNeeds: []; leftOutCourses: [] }, 200);
    },
  );
}
