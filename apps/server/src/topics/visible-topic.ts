import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { notFound } from '../errors.ts';
import { type TopicRow, topicRepository } from './repository.ts';

/** The topic if it belongs to the caller's mutual (every role of the mutual reads the tree); 404 otherwise. */
export async function visibleTopic(deps: Deps, caller: Caller, topicId: string): Promise<TopicRow> {
  const row = await topicRepository(deps.db).find(mutualOf(caller), topicId);
  if (!row) throw notFound('topic');
  return row;
}
