import type { Db } from '../db/client.ts';

/** Counted events of the rate limits (http/rate-limit.ts), shared by every instance. */
export function rateLimitRepository(db: Db) {
  return {
    /** The times of the key's latest `limit` events since `since`, newest first. */
    async recent(key: string, since: string, limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('rate_limit_hit')
        .select('at')
        .where('key', '=', key)
        .where('at', '>', since)
        .orderBy('at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => r.at);
    },
    async add(key: string, at: string) {
      await db.insertInto('rate_limit_hit').values({ key, at }).execute();
    },
    async clear(key: string) {
      await db.deleteFrom('rate_limit_hit').where('key', '=', key).execute();
    },
    /** Forgets events older than `before` (they no longer count in any window). */
    async purge(before: string) {
      const result = await db.deleteFrom('rate_limit_hit').where('at', '<', before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
