import { z } from 'zod';
import { endpoint } from './endpoint.ts';
import { checkCode } from './messages.ts';
import { pagedListSchema, pageQueryFieldsUpTo } from './paging.ts';

const uuid = z.string().uuid();
const nocTag = z.string().regex(/^[0-9]{1,5}$/, checkCode('noc_tag'));

export const topicSchema = z
  .object({
    id: uuid,
    code: z.string().meta({ description: 'Stable code, e.g. health-safety.forklift; pooling problems use it' }),
    parentId: uuid.nullable(),
    nameFr: z.string(),
    nameEn: z.string(),
    nocCodes: z.array(z.string()).meta({ description: 'NOC 2021 groups the topic suits' }),
    sortOrder: z.number().int(),
    retired: z.boolean(),
    retiredAt: z.string().nullable(),
  })
  .meta({ id: 'Topic' });
export type Topic = z.infer<typeof topicSchema>;

export const topicListSchema = pagedListSchema(topicSchema, 'TopicList');
export const topicListQuerySchema = z.object({
  includeRetired: z.enum(['true', 'false']).optional(),
  // Up to 500 a page: the web app reads the whole tree (81 starter topics) in one page.
  ...pageQueryFieldsUpTo(500),
});
export type TopicListQuery = z.infer<typeof topicListQuerySchema>;

export const createTopicRequestSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/, checkCode('topic_code'))
      .max(120)
      .optional()
      .meta({ description: 'Made from the English name under the parent code when absent' }),
    parentId: uuid.nullable().optional(),
    nameFr: z.string().trim().min(1).max(200),
    nameEn: z.string().trim().min(1).max(200),
    nocCodes: z.array(nocTag).max(30).optional(),
    sortOrder: z.number().int().min(0).max(100_000).optional(),
  })
  .meta({ id: 'CreateTopicRequest' });
export type CreateTopicRequest = z.infer<typeof createTopicRequestSchema>;

export const updateTopicRequestSchema = z
  .object({
    parentId: uuid.nullable().optional(),
    nameFr: z.string().trim().min(1).max(200).optional(),
    nameEn: z.string().trim().min(1).max(200).optional(),
    nocCodes: z.array(nocTag).max(30).optional(),
    sortOrder: z.number().int().min(0).max(100_000).optional(),
  })
  .meta({ id: 'UpdateTopicRequest' });
export type UpdateTopicRequest = z.infer<typeof updateTopicRequestSchema>;

export const topicIdParamSchema = z.object({ topicId: uuid });
export const installStarterTopicsResultSchema = z
  .object({ added: z.number().int(), total: z.number().int() })
  .meta({ id: 'InstallStarterTopicsResult' });

/** The topics endpoints: every role of the mutual reads the tree, coordinators change it. */
export const topicEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/topics',
    tag: 'topics',
    summary: "The mutual's training topics (flat list; parentId gives the tree)",
    query: topicListQuerySchema,
    response: topicListSchema,
  }),
  create: endpoint({
    method: 'post',
    path: '/api/topics',
    tag: 'topics',
    summary: 'Add a topic (code made from the English name under its parent when not given)',
    body: createTopicRequestSchema,
    response: topicSchema,
    status: 201,
  }),
  installStarter: endpoint({
    method: 'post',
    path: '/api/topics/starter',
    tag: 'topics',
    summary: 'Add the starter topics the mutual does not have yet (idempotent)',
    response: installStarterTopicsResultSchema,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/topics/{topicId}',
    tag: 'topics',
    summary: 'One topic',
    params: topicIdParamSchema,
    response: topicSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/topics/{topicId}',
    tag: 'topics',
    summary: 'Rename a topic, move it in the tree or change its NOC tags',
    params: topicIdParamSchema,
    body: updateTopicRequestSchema,
    response: topicSchema,
  }),
  retire: endpoint({
    method: 'post',
    path: '/api/topics/{topicId}/retire',
    tag: 'topics',
    summary: 'Retire a topic (hidden from new needs and courses)',
    params: topicIdParamSchema,
    response: topicSchema,
  }),
  restore: endpoint({
    method: 'post',
    path: '/api/topics/{topicId}/restore',
    tag: 'topics',
    summary: 'Restore a retired topic',
    params: topicIdParamSchema,
    response: topicSchema,
  }),
};
