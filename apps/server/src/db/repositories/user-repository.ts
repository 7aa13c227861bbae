import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../client.ts';
import type { AppUserTable } from '../tables.ts';

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
