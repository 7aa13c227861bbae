// Topic rows → API answers.
import type { Topic } from '@mutualis/contracts';
import type { TopicRow } from './repository.ts';

export const presentTopic = (r: TopicRow): Topic => ({
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
