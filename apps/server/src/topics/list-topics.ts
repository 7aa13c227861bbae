import { pageOf, type TopicListQuery } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { presentTopic } from './present.ts';
import { topicRepository } from './repository.ts';

/** A page of the mutual's topics (flat, in tree order; retired ones only when asked). */
export async function listTopics(deps: Deps, caller: Caller, query: TopicListQuery) {
  const mutualId = mutualOf(caller);
  const { page, pageSize } = query;
  const filter = { includeRetired: query.includeRetired === 'true' };
  const repo = topicRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.list(mutualId, filter, { limit: pageSize, offset: (page - 1) * pageSize }),
    repo.count(mutualId, filter),
  ]);
  return pageOf(rows.map(presentTopic), total, { page, pageSize });
}
