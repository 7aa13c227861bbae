import type { CreateTopicRequest, Topic } from '@mutualis/contracts';
import { topicCodeFor } from '@mutualis/domain/topics/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { presentTopic } from './present.ts';
import { topicRepository } from './repository.ts';

/** Adds a topic; its code is made from the English name under its parent when not given (coordinators). */
export async function createTopic(deps: Deps, caller: Caller, input: CreateTopicRequest): Promise<Topic> {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = topicRepository(tx.db);
    let parentCode: string | null = null;
    if (input.parentId) {
      const parent = await repo.find(mutualId, input.parentId);
      if (!parent) throw invalid('parentId', 'no_such_topic');
      if (parent.retired_at) throw invalid('parentId', 'parent_topic_retired');
      parentCode = parent.code;
    }
    const code = input.code ?? topicCodeFor(input.nameEn, parentCode);
    const existing = (await repo.codes(mutualId)).find((t) => t.code === code);
    if (existing)
      throw new AppError('conflict', 'topic_code_taken', {
        params: { code },
        fields: [{ field: 'code', code: 'topic_code_taken', params: { code } }],
      });
    const row = await repo.insert({
      mutual_id: mutualId,
      code,
      parent_id: input.parentId ?? null,
      name_fr: input.nameFr,
      name_en: input.nameEn,
      noc_codes: input.nocCodes ?? [],
      sort_order: input.sortOrder ?? 10_000,
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'topic.create',
      entityType: 'topic',
      entityId: row.id,
      change: { ...input, code },
    });
    return presentTopic(row);
  });
}
