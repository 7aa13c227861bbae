import type { CreateTopicRequest, Topic, UpdateTopicRequest } from '@mutualis/contracts';
import { STARTER_TOPICS } from '@mutualis/domain/topics/index';
import { topicCodeFor, wouldCreateCycle } from '@mutualis/domain/topics/index';
import type { Db } from '../db/client.ts';
import { auditRepository } from '../audit/index.ts';
import { type TopicRow, topicRepository } from './repository.ts';
import { AppError, invalid, notFound } from '../errors.ts';

export const toTopic = (r: TopicRow): Topic => ({
  id: r.id,
  code: r.code,
  parentId: r.parent_id,
  nameFr: r.name_fr,
  nameEn: r.name_en,
  nocCodes: r.noc_codes,
  sortOrder: r.sort_order,
  retired: r.retired_at !== null,
  retiredAt: r.retired_at,
});

/**
 * Gives a mutual the starter topics it does not have yet (idempotent: codes already present,
 * retired or not, are left alone). Call it inside the transaction that creates a mutual, and
 * from the seeders. Returns how many topics were added.
 */
export async function installStarterTopics(trx: Db, mutualId: string): Promise<number> {
  const repo = topicRepository(trx);
  let added = 0;
  // Parents first (their ids are needed by the children).
  const parents = STARTER_TOPICS.filter((t) => !t.parentCode);
  added += await repo.insertMissing(
    parents.map((t, i) => ({ mutual_id: mutualId, code: t.code, name_fr: t.nameFr, name_en: t.nameEn, noc_codes: t.nocCodes, sort_order: (i + 1) * 100 })),
  );
  const idByCode = new Map((await repo.codes(mutualId)).map((t) => [t.code, t.id]));
  const children = STARTER_TOPICS.filter((t) => t.parentCode);
  added += await repo.insertMissing(
    children.map((t, i) => ({
      mutual_id: mutualId,
      code: t.code,
      parent_id: idByCode.get(t.parentCode as string) ?? null,
      name_fr: t.nameFr,
      name_en: t.nameEn,
      noc_codes: t.nocCodes,
      sort_order: (parents.findIndex((p) => p.code === t.parentCode) + 1) * 100 + (i % 100) + 1,
    })),
  );
  return added;
}

interface Actor {
  mutualId: string;
  userId: string;
}

export async function createTopic(db: Db, actor: Actor, input: CreateTopicRequest): Promise<Topic> {
  return db.transaction().execute(async (trx) => {
    const repo = topicRepository(trx);
    let parentCode: string | null = null;
    if (input.parentId) {
      const parent = await repo.find(actor.mutualId, input.parentId);
      if (!parent) throw invalid('parentId', 'no such topic in this mutual');
      if (parent.retired_at) throw invalid('parentId', 'the parent topic is retired');
      parentCode = parent.code;
    }
    const code = input.code ?? topicCodeFor(input.nameEn, parentCode);
    const existing = (await repo.codes(actor.mutualId)).find((t) => t.code === code);
    if (existing) throw new AppError('conflict', `A topic with the code ${code} exists already`, { fields: [{ field: 'code', message: 'is taken' }] });
    const row = await repo.insert({
      mutual_id: actor.mutualId,
      code,
      parent_id: input.parentId ?? null,
      name_fr: input.nameFr,
      name_en: input.nameEn,
      noc_codes: input.nocCodes ?? [],
      sort_order: input.sortOrder ?? 10_000,
    });
    await auditRepository(trx).record({ mutualId: actor.mutualId, actorUserId: actor.userId, action: 'topic.create', entityType: 'topic', entityId: row.id, change: { ...input, code } });
    return toTopic(row);
  });
}

export async function updateTopic(db: Db, actor: Actor, id: string, input: UpdateTopicRequest, now: Date): Promise<Topic> {
  return db.transaction().execute(async (trx) => {
    const repo = topicRepository(trx);
    const topic = await repo.find(actor.mutualId, id);
    if (!topic) throw notFound('Topic');
    if (input.parentId !== undefined && input.parentId !== null) {
      const parent = await repo.find(actor.mutualId, input.parentId);
      if (!parent) throw invalid('parentId', 'no such topic in this mutual');
      const all = (await repo.codes(actor.mutualId)).map((t) => ({ id: t.id, parentId: t.parent_id }));
      if (wouldCreateCycle(all, id, input.parentId)) throw invalid('parentId', 'a topic cannot be put under itself or its sub-topics');
    }
    const row = await repo.update(actor.mutualId, id, {
      parent_id: input.parentId,
      name_fr: input.nameFr,
      name_en: input.nameEn,
      noc_codes: input.nocCodes,
      sort_order: input.sortOrder,
      updated_at: now.toISOString(),
    });
    await auditRepository(trx).record({ at: now, mutualId: actor.mutualId, actorUserId: actor.userId, action: 'topic.update', entityType: 'topic', entityId: id, change: input });
    return toTopic(row);
  });
}

/** Retires (or restores) a topic: retired topics are hidden from new needs and courses, existing ones keep it. */
export async function setTopicRetired(db: Db, actor: Actor, id: string, retired: boolean, now: Date): Promise<Topic> {
  return db.transaction().execute(async (trx) => {
    const repo = topicRepository(trx);
    const topic = await repo.find(actor.mutualId, id);
    if (!topic) throw notFound('Topic');
    const row = await repo.update(actor.mutualId, id, { retired_at: retired ? (topic.retired_at ?? now.toISOString()) : null, updated_at: now.toISOString() });
    await auditRepository(trx).record({
      at: now,
      mutualId: actor.mutualId,
      actorUserId: actor.userId,
      action: retired ? 'topic.retire' : 'topic.restore',
      entityType: 'topic',
      entityId: id,
      change: {},
    });
    return toTopic(row);
  });
}

/** A usable (existing, not retired) topic of the mutual, or a validation error naming `field`. */
export async function requireActiveTopic(db: Db, mutualId: string, topicId: string, field = 'topicId'): Promise<TopicRow> {
  const topic = await topicRepository(db).find(mutualId, topicId);
  if (!topic) throw invalid(field, 'no such topic in this mutual');
  if (topic.retired_at) throw invalid(field, 'this topic is retired');
  return topic;
}
