import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import type { RecognitionEventTable, RecognitionFileTable } from '../db/governance-tables.ts';

/** The recognition file and its history of events. */
export function recognitionRepository(db: Db) {
  return {
    mutual(mutualId: string) {
      return db.selectFrom('mutual').select(['id', 'name', 'kind']).where('id', '=', mutualId).executeTakeFirst();
    },
    file(mutualId: string) {
      return db.selectFrom('recognition_file').selectAll().where('mutual_id', '=', mutualId).executeTakeFirst();
    },
    async saveFile(mutualId: string, values: Updateable<RecognitionFileTable>) {
      await db
        .insertInto('recognition_file')
        .values({ ...(values as Insertable<RecognitionFileTable>), mutual_id: mutualId })
        .onConflict((oc) => oc.column('mutual_id').doUpdateSet(values))
        .execute();
    },
    async setBasis(mutualId: string, basis: string) {
      await db.updateTable('mutual').set({ kind: basis }).where('id', '=', mutualId).execute();
    },
    /** The history in the order it happened. */
    events(mutualId: string) {
      return db
        .selectFrom('recognition_event as e')
        .leftJoin('app_user as u', 'u.id', 'e.created_by')
        .selectAll('e')
        .select('u.display_name as created_by_name')
        .where('e.mutual_id', '=', mutualId)
        .orderBy('e.occurred_on')
        .orderBy('e.created_at')
        .execute();
    },
    /** The histories of several mutuals (the observatory's recognition column). */
    eventsOf(mutualIds: string[]) {
      return db
        .selectFrom('recognition_event')
        .select(['mutual_id', 'kind', 'occurred_on', 'answer_due_on'])
        .where('mutual_id', 'in', mutualIds.length ? mutualIds : ['00000000-0000-0000-0000-000000000000'])
        .orderBy('mutual_id')
        .orderBy('occurred_on')
        .orderBy('created_at')
        .execute();
    },
    event(mutualId: string, id: string) {
      return db
        .selectFrom('recognition_event')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    async insertEvent(values: Insertable<RecognitionEventTable>) {
      return (await db.insertInto('recognition_event').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    /** The mutual's active members (listed in the application, s.4). */
    activeMembers(mutualId: string) {
      return db
        .selectFrom('member')
        .select(['id', 'legal_name', 'headcount', 'region_code', 'joined_on'])
        .where('mutual_id', '=', mutualId)
        .where('status', '=', 'active')
        .orderBy('legal_name')
        .execute();
    },
    /** Keeps the mutual's `recognised_since` (shown on the mutuals page) in step with the history. */
    async setRecognisedSince(mutualId: string, since: string | null) {
      await db.updateTable('mutual').set({ recognised_since: since }).where('id', '=', mutualId).execute();
    },
    async lock(mutualId: string) {
      await sql`select id from mutual where id = ${mutualId} for update`.execute(db);
    },
  };
}
