import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import type { EmulationScenarioTable } from '../db/governance-tables.ts';

/** Whose scenarios: a funder organisation's, or one author's. */
export type ScenarioOwner = { funderId: string } | { userId: string };

export type ScenarioRow = Awaited<ReturnType<ReturnType<typeof emulationRepository>['list']>>[number];

/** Emulation scenarios, always read through their owner. */
export function emulationRepository(db: Db) {
  const owned = (owner: ScenarioOwner) => {
    const q = db.selectFrom('emulation_scenario');
    return 'funderId' in owner
      ? q.where('owner_funder_id', '=', owner.funderId)
      : q.where('created_by', '=', owner.userId).where('owner_funder_id', 'is', null);
  };
  return {
    list(owner: ScenarioOwner, page: { limit: number; offset: number }) {
      return owned(owner)
        .selectAll()
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
    },
    async count(owner: ScenarioOwner) {
      return (await owned(owner).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
    },
    find(owner: ScenarioOwner, id: string) {
      return owned(owner).selectAll().where('id', '=', id).executeTakeFirst();
    },
    async insert(values: Insertable<EmulationScenarioTable>) {
      return (await db.insertInto('emulation_scenario').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    async update(id: string, values: Updateable<EmulationScenarioTable>) {
      await db.updateTable('emulation_scenario').set(values).where('id', '=', id).execute();
    },
    async remove(id: string) {
      await db.deleteFrom('emulation_scenario').where('id', '=', id).execute();
    },
    async funderOfUser(userId: string) {
      return (
        (await db.selectFrom('app_user').select('funder_id').where('id', '=', userId).executeTakeFirst())?.funder_id ??
        null
      );
    },
  };
}
