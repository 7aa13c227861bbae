import type { Topic, UpdateTopicRequest } from '@mutualis/contracts';
import { wouldCreateCycle } from '@mutualis/domain/topics/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { invalid } from '../errors.ts';
import { presentTopic } from './present.ts';
import { topicRepository } from './repository.ts';
import { visibleTopic } from './visible-topic.ts';

/** Renames a topic, moves it in the tree (never under itself) or changes its NOC tags (coordinators). */
export async function updateTopic(
  deps: Deps,
  caller: Caller,
  input: { topicId: string; changes: UpdateTopicRequest },
): Promise<Topic> {
  const { topicId, changes } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const topic = await visibleTopic(tx, caller, topicId);
    const repo = topicRepository(tx.db);
    if (changes.parentId !== undefined && changes.parentId !== null) {
      const parent = await repo.find(topic.mutual_id, changes.parentId);
      if (!parent) throw invalid('parentId', 'no_such_topic');
      const all = (await repo.codes(topic.mutual_id)).map((t) => ({ id: t.id, parentId: t.parent_id }));
      if (wouldCreateCycle(all, topicId, changes.parentId)) throw invalid('parentId', 'topic_cycle');
    }
    const row = await repo.update(topic.mutual_id, topicId, {
      parent_id: changes.parentId,
      name_fr: changes.nameFr,
      name_en: changes.nameEn,
      noc_codes: changes.nocCodes,
      sort_order: changes.sortOrder,
      updated_at: now.toISOString(),
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId: topic.mutual_id,
      actorUserId: caller.userId,
      action: 'topic.update',
      entityType: 'topic',
      entityId: topicId,
      change: changes,
    });
    return presentTopic(row);
  });
}
