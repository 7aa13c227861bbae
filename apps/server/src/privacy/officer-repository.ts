import type { Db } from '../db/client.ts';

export interface OfficerColumns {
  privacy_officer_name: string | null;
  privacy_officer_title: string | null;
  privacy_officer_email: string | null;
  privacy_officer_phone: string | null;
}

/** The privacy officer columns of a mutual (0092). */
export function officerRepository(db: Db) {
  return {
    async find(mutualId: string): Promise<OfficerColumns | undefined> {
      return db
        .selectFrom('mutual')
        .select(['privacy_officer_name', 'privacy_officer_title', 'privacy_officer_email', 'privacy_officer_phone'])
        .where('id', '=', mutualId)
        .executeTakeFirst();
    },
    /** The officers of several mutuals at once (the outbox sender's batch). */
    async findMany(mutualIds: string[]) {
      if (mutualIds.length === 0) return [];
      return db
        .selectFrom('mutual')
        .select([
          'id',
          'privacy_officer_name',
          'privacy_officer_title',
          'privacy_officer_email',
          'privacy_officer_phone',
        ])
        .where('id', 'in', mutualIds)
        .execute();
    },
    async set(mutualId: string, columns: OfficerColumns) {
      await db.updateTable('mutual').set(columns).where('id', '=', mutualId).execute();
    },
  };
}
