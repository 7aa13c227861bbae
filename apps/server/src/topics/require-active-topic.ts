import type { Db } from '../db/client.ts';
import { invalid } from '../errors.ts';
import { type TopicRow, topicRepository } from './repository.ts';

/** A step other use cases call: a usable (existing, not retired) topic of the mutual, or a validation error naming `field`. */
export async function requireActiveTopic(
  db: Db,
  mutualId: string,
  topicId: string,
  field = 'topicId',
): Promise<TopicRow> {
  const topic = await topicRepository(db).find(mutualId, topicId);
  if (!topic) throw invalid(field, 'no_such_topic');
  if (topic.retired_at) throw invalid(field, 'topic_retired');
  return topic;
}
