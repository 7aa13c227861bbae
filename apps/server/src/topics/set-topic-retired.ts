import type { Topic } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { presentTopic } from './present.ts';
import { topicRepository } from './repository.ts';
import { visibleTopic } from './visible-topic.ts';

/** Retires (or restores) a topic: retired topics are hidden from new needs and courses, existing ones keep it (coordinators). */
export async function setTopicRetired(
  deps: Deps,
  caller: Caller,
  input: { topicId: string; retired: boolean },
): Promise<Topic> {
  const { topicId, retired } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const topic = await visibleTopic(tx, caller, topicId);
    const row = await topicRepository(tx.db).update(topic.mutual_id, topicId, {
      retired_at: retired ? (topic.retired_at ?? now.toISOString()) : null,
      updated_at: now.toISOString(),
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId: topic.mutual_id,
      actorUserId: caller.userId,
      action: retired ? 'topic.retire' : 'topic.restore',
      entityType: 'topic',
      entityId: topicId,
      change: {},
    });
    return presentTopic(row);
  });
}
