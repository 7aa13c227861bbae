import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

const NONE = ['00000000-0000-0000-0000-000000000000'];

/** Who observes which mutuals, funders and the mutuals they fund, research consent. */
export function observatoryRepository(db: Db) {
  return {
    async allMutualIds() {
      return (await db.selectFrom('mutual').select('id').orderBy('name').execute()).map((r) => r.id);
    },
    /**
     * The mutuals the funder of this account funds: those the platform administrator granted it
     * (`funder_mutual`) and those that linked one of their own funders to it (decision 67).
     */
    async fundedMutualIds(userId: string) {
      const rows = await db
        .selectFrom('app_user as u')
        .innerJoin('funder_mutual as fm', 'fm.funder_id', 'u.funder_id')
        .select('fm.mutual_id')
        .where('u.id', '=', userId)
        .where('u.role', '=', 'funder')
        .union(
          db
            .selectFrom('app_user as u')
            .innerJoin('mutual_funder as mf', 'mf.platform_funder_id', 'u.funder_id')
            .select('mf.mutual_id')
            .where('u.id', '=', userId)
            .where('u.role', '=', 'funder'),
        )
        .execute();
      return rows.map((r) => r.mutual_id);
    },
    /** The platform's funder organisations, ids and names only (what a mutual picks from). */
    platformFunderOptions() {
      return db.selectFrom('funder').select(['id', 'name']).orderBy('name').orderBy('id').execute();
    },
    async consentingMutualIds() {
      return (await db.selectFrom('research_consent').select('mutual_id').where('consented', '=', true).execute()).map(
        (r) => r.mutual_id,
      );
    },
    async funderOfUser(userId: string) {
      return (
        (await db.selectFrom('app_user').select('funder_id').where('id', '=', userId).executeTakeFirst())?.funder_id ??
        null
      );
    },
    mutuals(ids: string[]) {
      return db
        .selectFrom('mutual')
        .select(['id', 'name', 'kind', 'region_code', 'scian_code'])
        .where('id', 'in', ids.length ? ids : NONE)
        .orderBy('name')
        .orderBy('id')
        .execute();
    },
    consent(mutualId: string) {
      return db.selectFrom('research_consent').selectAll().where('mutual_id', '=', mutualId).executeTakeFirst();
    },
    async setConsent(mutualId: string, consented: boolean, on: string, userId: string, note: string) {
      await db
        .insertInto('research_consent')
        .values({ mutual_id: mutualId, consented, decided_on: on, decided_by: userId, note })
        .onConflict((oc) => oc.column('mutual_id').doUpdateSet({ consented, decided_on: on, decided_by: userId, note }))
        .execute();
    },
    funders(page: { limit: number; offset: number }, ids?: string[]) {
      let q = db
        .selectFrom('funder as f')
        .select([
          'f.id',
          'f.name',
          'f.kind',
          'f.created_at',
          sql<number>`(select count(*)::int from app_user u where u.funder_id = f.id)`.as('accounts'),
        ]);
      if (ids) q = q.where('f.id', 'in', ids.length ? ids : NONE);
      return q.orderBy('f.name').orderBy('f.id').limit(page.limit).offset(page.offset).execute();
    },
    async countFunders() {
      return (await db.selectFrom('funder').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
    },
    fundedBy(funderIds: string[]) {
      return db
        .selectFrom('funder_mutual as fm')
        .innerJoin('mutual as m', 'm.id', 'fm.mutual_id')
        .select(['fm.funder_id', 'm.id', 'm.name'])
        .where('fm.funder_id', 'in', funderIds.length ? funderIds : NONE)
        .orderBy('m.name')
        .execute();
    },
    async funderExists(id: string) {
      return Boolean(await db.selectFrom('funder').select('id').where('id', '=', id).executeTakeFirst());
    },
    async funderNameTaken(name: string, exceptId?: string) {
      let q = db.selectFrom('funder').select('id').where(sql<boolean>`lower(name) = lower(${name})`);
      if (exceptId) q = q.where('id', '<>', exceptId);
      return Boolean(await q.executeTakeFirst());
    },
    async insertFunder(name: string, kind: string) {
      return (await db.insertInto('funder').values({ name, kind }).returning('id').executeTakeFirstOrThrow()).id;
    },
    async updateFunder(id: string, values: { name?: string; kind?: string }) {
      await db.updateTable('funder').set(values).where('id', '=', id).execute();
    },
    async existingMutualIds(ids: string[]) {
      return (
        await db
          .selectFrom('mutual')
          .select('id')
          .where('id', 'in', ids.length ? ids : NONE)
          .execute()
      ).map((r) => r.id);
    },
    async setFundedMutuals(funderId: string, mutualIds: string[]) {
      await db.deleteFrom('funder_mutual').where('funder_id', '=', funderId).execute();
      if (mutualIds.length)
        await db
          .insertInto('funder_mutual')
          .values(mutualIds.map((mutual_id) => ({ funder_id: funderId, mutual_id })))
          .execute();
    },
  };
}
