import type { Insertable } from 'kysely';
import type { Db } from '../client.ts';
import type { Database } from '../tables.ts';

/** Rows per INSERT statement: multi-row inserts are ~100× faster than one row at a time (PGlite). */
export const BATCH_ROWS = 1000;

/** Inserts rows with multi-row INSERT statements of at most `size` rows each. */
export async function insertInBatches<T extends keyof Database & string>(
  db: Db,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  size = BATCH_ROWS,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    // biome-ignore lint/suspicious/noExplicitAny: Kysely cannot narrow a generic table's insert type.
    const batch = rows.slice(i, i + size) as any;
    await db.insertInto(table).values(batch).execute();
  }
}

/** Runs at most `limit` async jobs at once (benchmark data on PostgreSQL uses several connections). */
export function limiter(limit: number) {
  const running = new Set<Promise<void>>();
  let failure: unknown = null;
  return {
    async run(job: () => Promise<void>): Promise<void> {
      if (failure) throw failure;
      while (running.size >= limit) await Promise.race(running);
      if (failure) throw failure;
      const p: Promise<void> = job()
        .catch((error) => {
          failure ??= error;
        })
        .finally(() => running.delete(p));
      running.add(p);
    },
    async drain(): Promise<void> {
      await Promise.all(running);
      if (failure) throw failure;
    },
  };
}
