import type { Db } from '../db/client.ts';

/** Sessions and the user they belong to. Session ids are hashes of the cookie token. */
export function sessionRepository(db: Db) {
  return {
    /** `at` is the caller's clock (not the database's), so the expiry slides from the same clock. */
    async create(input: { id: string; userId: string; csrfToken: string; at: string; expiresAt: string }) {
      await db
        .insertInto('user_session')
        .values({
          id: input.id,
          user_id: input.userId,
          csrf_token: input.csrfToken,
          created_at: input.at,
          last_seen_at: input.at,
          expires_at: input.expiresAt,
        })
        .execute();
    },
    async findActive(id: string, now: string) {
      return db
        .selectFrom('user_session as s')
        .innerJoin('app_user as u', 'u.id', 's.user_id')
        .select([
          's.id as sessionId',
          's.csrf_token as csrfToken',
          's.last_seen_at as lastSeenAt',
          's.expires_at as expiresAt',
          'u.id as userId',
          'u.email',
          'u.display_name as displayName',
          'u.locale',
          'u.role',
          'u.mutual_id as mutualId',
          'u.member_id as memberId',
          'u.provider_id as providerId',
        ])
        .where('s.id', '=', id)
        .where('s.expires_at', '>', now)
        .where('u.active', '=', true)
        .executeTakeFirst();
    },
    async touch(id: string, now: string, expiresAt: string) {
      await db
        .updateTable('user_session')
        .set({ last_seen_at: now, expires_at: expiresAt })
        .where('id', '=', id)
        .execute();
    },
    async delete(id: string) {
      await db.deleteFrom('user_session').where('id', '=', id).execute();
    },
    async deleteAllForUser(userId: string) {
      await db.deleteFrom('user_session').where('user_id', '=', userId).execute();
    },
  };
}

/**
 * The version of accounts and login sessions: any change to them bumps it, and every instance
 * compares it with the one its session cache was filled at (accounts/login-session-cache.ts).
 */
export function loginSessionVersionRepository(db: Db) {
  return {
    async current(): Promise<number> {
      const row = await db.selectFrom('login_session_version').select('version').executeTakeFirst();
      return Number(row?.version ?? 0);
    },
    async bump() {
      await db
        .updateTable('login_session_version')
        .set((eb) => ({ version: eb('version', '+', 1) }))
        .execute();
    },
  };
}
