import {
  createTopicRequestSchema,
  installStarterTopicsResultSchema,
  topicIdParamSchema,
  topicListQuerySchema,
  topicListSchema,
  topicSchema,
  updateTopicRequestSchema,
} from '@mutualis/contracts';
import { topicRepository } from './repository.ts';
import { notFound } from '../errors.ts';
import { createTopic, installStarterTopics, setTopicRetired, toTopic, updateTopic } from './manage-topics.ts';
import { mutualOf } from '../caller.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ body: { required: true, ...json(schema) } });
const readers = ['coordinator', 'member_contact', 'trainer', 'board_viewer'] as const;

/** Training topics: a bilingual tree per mutual; coordinators add, edit, retire and restore. */
export function registerTopicRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/topics',
      tags: ['topics'],
      summary: "The mutual's training topics (flat list; parentId gives the tree)",
      access: readers,
      request: { query: topicListQuerySchema },
      responses: { 200: { description: 'Topics', ...json(topicListSchema) }, ...problemResponses },
    }),
    async (c) => {
      const mutualId = mutualOf(callerOf(c));
      const { includeRetired } = c.req.valid('query');
      const rows = await topicRepository(deps.db).list(mutualId, { includeRetired: includeRetired === 'true' });
      return c.json({ items: rows.map(toTopic) }, 200);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/topics',
      tags: ['topics'],
      summary: 'Add a topic (code made from the English name under its parent when not given)',
      access: ['coordinator'],
      request: body(createTopicRequestSchema),
      responses: { 201: { description: 'Created', ...json(topicSchema) }, ...problemResponses },
    }),
    async (c) => {
      const p = callerOf(c);
      return c.json(await createTopic(deps.db, { mutualId: mutualOf(p), userId: p.userId }, c.req.valid('json')), 201);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/topics/starter',
      tags: ['topics'],
      summary: 'Add the starter topics the mutual does not have yet (idempotent)',
      access: ['coordinator'],
      responses: { 200: { description: 'Added', ...json(installStarterTopicsResultSchema) }, ...problemResponses },
    }),
    async (c) => {
      const p = callerOf(c);
      const mutualId = mutualOf(p);
      const result = await deps.db.transaction().execute(async (trx) => {
        const added = await installStarterTopics(trx, mutualId);
        const total = (await topicRepository(trx).codes(mutualId)).length;
        return { added, total };
      });
      return c.json(result, 200);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/topics/{topicId}',
      tags: ['topics'],
      summary: 'One topic',
      access: readers,
      request: { params: topicIdParamSchema },
      responses: { 200: { description: 'The topic', ...json(topicSchema) }, ...problemResponses },
    }),
    async (c) => {
      const row = await topicRepository(deps.db).find(mutualOf(callerOf(c)), c.req.valid('param').topicId);
      if (!row) throw notFound('Topic');
      return c.json(toTopic(row), 200);
    },
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/api/topics/{topicId}',
      tags: ['topics'],
      summary: 'Rename a topic, move it in the tree or change its NOC tags',
      access: ['coordinator'],
      request: { params: topicIdParamSchema, ...body(updateTopicRequestSchema) },
      responses: { 200: { description: 'Updated', ...json(topicSchema) }, ...problemResponses },
    }),
    async (c) => {
      const p = callerOf(c);
      const topic = await updateTopic(deps.db, { mutualId: mutualOf(p), userId: p.userId }, c.req.valid('param').topicId, c.req.valid('json'), deps.now());
      return c.json(topic, 200);
    },
  );

  for (const [action, retired] of [
    ['retire', true],
    ['restore', false],
  ] as const) {
    app.openapi(
      route({
        method: 'post',
        path: `/api/topics/{topicId}/${action}`,
        tags: ['topics'],
        summary: retired ? 'Retire a topic (hidden from new needs and courses)' : 'Restore a retired topic',
        access: ['coordinator'],
        request: { params: topicIdParamSchema },
        responses: { 200: { description: 'Done', ...json(topicSchema) }, ...problemResponses },
      }),
      async (c) => {
        const p = callerOf(c);
        return c.json(await setTopicRetired(deps.db, { mutualId: mutualOf(p), userId: p.userId }, c.req.valid('param').topicId, retired, deps.now()), 200);
      },
    );
  }
}
