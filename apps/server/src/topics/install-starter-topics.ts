import { STARTER_TOPICS } from '@mutualis/domain/topics/index';
import type { Db } from '../db/client.ts';
import { topicRepository } from './repository.ts';

/**
 * Gives a mutual the starter topics it does not have yet (idempotent: codes already present,
 * retired or not, are left alone). A step: call it inside the transaction that creates a mutual,
 * and from the seeders. Returns how many topics were added.
 */
export async function installStarterTopics(trx: Db, mutualId: string): Promise<number> {
  const repo = topicRepository(trx);
  let added = 0;
  // Parents first (their ids are needed by the children).
  const parents = STARTER_TOPICS.filter((t) => !t.parentCode);
  added += await repo.insertMissing(
    parents.map((t, i) => ({
      mutual_id: mutualId,
      code: t.code,
      name_fr: t.nameFr,
      name_en: t.nameEn,
      noc_codes: t.nocCodes,
      sort_order: (i + 1) * 100,
    })),
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
