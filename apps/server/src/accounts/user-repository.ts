import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import type { AppUserTable } from '../db/tables.ts';

/** Accounts. E-mail is unique without regard to case. */
export function userRepository(db: Db) {
  return {
    findByEmail(email: string) {
      return db
        .selectFrom('app_user')
        .selectAll()
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
        .executeTakeFirst();
    },
    findById(id: string) {
      return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
    },
    /** The active coordinator accounts of a mutual (who hear about alerts and seat requests). */
    coordinatorsOf(mutualId: string) {
      return db
        .selectFrom('app_user')
        .select(['email', 'display_name as name', 'locale'])
        .where('role', '=', 'coordinator')
        .where('mutual_id', '=', mutualId)
        .where('active', '=', true)
        .execute();
    },
    /** The active member-contact accounts of the given firms (who hear about employees without an e-mail). */
    contactsOf(memberIds: readonly string[]) {
      if (memberIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('app_user')
        .select(['member_id as memberId', 'email', 'display_name as name', 'locale'])
        .where('role', '=', 'member_contact')
        .where('member_id', 'in', memberIds)
        .where('active', '=', true)
        .execute();
    },
    /** A trainer account of the mutual (active or not), with the provider it belongs to. */
    findTrainer(mutualId: string, id: string) {
      return db
        .selectFrom('app_user')
        .select(['id', 'provider_id'])
        .where('id', '=', id)
        .where('mutual_id', '=', mutualId)
        .where('role', '=', 'trainer')
        .executeTakeFirst();
    },
    async insert(values: Insertable<AppUserTable>) {
      return db.insertInto('app_user').values(values).returningAll().executeTakeFirstOrThrow();
    },
    async update(id: string, values: Updateable<AppUserTable>) {
      return db.updateTable('app_user').set(values).where('id', '=', id).returningAll().executeTakeFirst();
    },
  };
}
