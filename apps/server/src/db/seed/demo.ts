import { hash } from '@node-rs/argon2';
import type { Db } from '../client.ts';

export const DEMO_PASSWORD = 'mutualis-demo';

/** Seeds the demo mutuals when the database has no mutual yet; returns whether it seeded. */
export async function seedDemoIfEmpty(db: Db, options: { log?: (line: string) => void } = {}): Promise<boolean> {
  const existing = await db.selectFrom('mutual').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const passwordHash = await hash(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const mutual = await trx
      .insertInto('mutual')
      .values({ slug: 'forma-lanaudiere', name: 'Mutuelle de formation Lanaudière', kind: 'regional', region_code: '14' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('app_user')
      .values([
        { email: 'admin@mutualis.demo', display_name: 'Admin Mutualis', password_hash: passwordHash, role: 'platform_admin' },
        {
          email: 'coordination@lanaudiere.demo',
          display_name: 'Julie Gagnon',
          password_hash: passwordHash,
          role: 'coordinator',
          mutual_id: mutual.id,
        },
      ])
      .execute();
  });
  options.log?.('seeded the demo mutual');
  return true;
}
