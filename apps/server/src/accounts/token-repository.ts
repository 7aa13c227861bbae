import type { TokenPurpose } from '@mutualis/domain/accounts/account-status';
import type { Db } from '../db/client.ts';

/** One-time tokens (invitations, password resets); only the sha-256 hash is stored. */
export function tokenRepository(db: Db) {
  return {
    async insert(input: { tokenHash: string; userId: string; purpose: TokenPurpose; expiresAt: string }) {
      await db
        .insertInto('one_time_token')
        .values({
          token_hash: input.tokenHash,
          user_id: input.userId,
          purpose: input.purpose,
          expires_at: input.expiresAt,
        })
        .execute();
    },
    /** Marks every unused token of the user for the purpose as used (a new one replaces them). */
    async revokeAll(userId: string, purpose: TokenPurpose, now: string) {
      await db
        .updateTable('one_time_token')
        .set({ used_at: now })
        .where('user_id', '=', userId)
        .where('purpose', '=', purpose)
        .where('used_at', 'is', null)
        .execute();
    },
    /** Uses the token once: returns its user when it was unused and unexpired, else undefined. */
    async consume(tokenHash: string, purpose: TokenPurpose, now: string) {
      return db
        .updateTable('one_time_token')
        .set({ used_at: now })
        .where('token_hash', '=', tokenHash)
        .where('purpose', '=', purpose)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .returning(['user_id as userId'])
        .executeTakeFirst();
    },
    /** Latest expiry of an unused invitation per user, for the account list. */
    async pendingInvitationExpiries(userIds: string[], now: string) {
      if (userIds.length === 0) return new Map<string, string>();
      const rows = await db
        .selectFrom('one_time_token')
        .select(['user_id', (eb) => eb.fn.max('expires_at').as('expires_at')])
        .where('user_id', 'in', userIds)
        .where('purpose', '=', 'invitation')
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .groupBy('user_id')
        .execute();
      return new Map(rows.map((r) => [r.user_id, String(r.expires_at)]));
    },
  };
}
