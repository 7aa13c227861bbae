// Benchmark data of the demand board: one mutual holding every open need (by default 2,000 member
// firms and 200,000 open needs), the starter topics and a catalogue of approved courses. The board
// is per mutual, so this is its worst case: all the needs on one board. Multi-row INSERTs of at
// most 1,000 rows, several at once on PostgreSQL.

import { createRng, type Rng } from '@mutualis/domain/demo-data/index';
import { hash } from '@node-rs/argon2';
import { type Insertable, sql } from 'kysely';
import { installStarterTopics } from '../../topics/index.ts';
import type { Db } from '../client.ts';
import type { Database } from '../tables.ts';
import { BATCH_ROWS, insertInBatches, limiter } from './batch.ts';
import { DEMO_PASSWORD } from './demo.ts';

export const DEMAND_BENCH_SLUG = 'bench-demand';
export const DEMAND_BENCH_COORDINATOR = 'coordination@bench-demand.demo';

export interface SeedDemandBenchOptions {
  needs?: number;
  firms?: number;
  seed?: string | number;
  /** INSERT statements in flight at once (PostgreSQL connections); 1 for PGlite. */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface SeedDemandBenchResult {
  mutualId: string;
  firms: number;
  needs: number;
  courses: number;
  seconds: number;
}

// Weighted like a real mutual: most firms in a few regions, most needs on a few topics.
const REGIONS: Array<[string, number]> = [
  ['14', 30],
  ['15', 14],
  ['16', 12],
  ['13', 8],
  ['17', 6],
  ['03', 6],
  ['04', 5],
  ['05', 4],
  ['12', 4],
  ['06', 3],
  ['07', 2],
  ['08', 2],
  ['01', 1],
  ['02', 1],
  ['09', 1],
  ['10', 0.5],
  ['11', 0.5],
];
const MONTHS = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`);

function draw<T>(rng: Rng, items: Array<[T, number]>): T {
  return rng.weighted(items);
}

/** Inserts the demand benchmark mutual; returns its id. Fails if it is already there. */
export async function seedDemandBench(db: Db, options: SeedDemandBenchOptions = {}): Promise<SeedDemandBenchResult> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const needCount = options.needs ?? 200_000;
  const firmCount = options.firms ?? 2_000;
  const rng = createRng(`bench-demand/${options.seed ?? 1}`);
  const queue = limiter(Math.max(1, options.concurrency ?? 1));
  const already = await db.selectFrom('mutual').select('id').where('slug', '=', DEMAND_BENCH_SLUG).executeTakeFirst();
  if (already) throw new Error(`the ${DEMAND_BENCH_SLUG} mutual is already in this database`);

  const mutualId = rng.uuid();
  await db
    .insertInto('mutual')
    .values({
      id: mutualId,
      slug: DEMAND_BENCH_SLUG,
      name: 'Mutuelle banc d’essai — tableau de la demande',
      kind: 'regional',
      region_code: '14',
      recognised_since: '2010-01-01',
    })
    .execute();
  await installStarterTopics(db, mutualId);
  const topics = (
    await db.selectFrom('topic').select(['id', 'code', 'parent_id']).where('mutual_id', '=', mutualId).execute()
  ).filter((t) => t.parent_id);
  const topicWeights: Array<[string, number]> = topics.map((t, i) => [t.id, 1 / (i + 1) ** 0.8]);

  const members: Insertable<Database['member']>[] = [];
  const firmRegion: string[] = [];
  for (let i = 0; i < firmCount; i++) {
    const region = draw(rng, REGIONS);
    firmRegion.push(region);
    members.push({
      id: rng.uuid(),
      mutual_id: mutualId,
      legal_name: `Entreprise banc d’essai ${String(i + 1).padStart(5, '0')} inc.`,
      neq: String(1_140_000_000 + i),
      scian_code: '332',
      region_code: region,
      headcount: rng.int(2, 200),
      annual_payroll_cents: rng.int(100_000, 8_000_000) * 100,
      status: 'active',
    });
  }
  for (let i = 0; i < members.length; i += BATCH_ROWS) {
    const chunk = members.slice(i, i + BATCH_ROWS);
    await queue.run(() => insertInBatches(db, 'member', chunk));
  }
  await queue.drain();

  // Courses on about two thirds of the topics: 1 to 3 each, in person in a few regions or virtual.
  const providers: Insertable<Database['provider']>[] = Array.from({ length: 20 }, (_, i) => ({
    id: rng.uuid(),
    mutual_id: mutualId,
    name: `Formateur banc d’essai ${i + 1}`,
    kind: i % 3 === 0 ? 'recognised_institution' : 'accredited_trainer',
    regions: REGIONS.slice(0, 6).map(([r]) => r),
  }));
  await insertInBatches(db, 'provider', providers);
  const courses: Insertable<Database['course']>[] = [];
  for (const t of topics) {
    if (!rng.chance(0.66)) continue;
    for (let k = rng.int(1, 3); k > 0; k--) {
      const virtual = rng.chance(0.3);
      const from = rng.int(0, 8);
      const min = rng.int(4, 10);
      courses.push({
        mutual_id: mutualId,
        provider_id: rng.pick(providers).id as string,
        topic_id: t.id,
        status: 'approved',
        title_fr: `Cours ${t.code} ${k}`,
        title_en: `Course ${t.code} ${k}`,
        duration_hours: rng.int(3, 40),
        language: rng.chance(0.85) ? 'fr' : 'en',
        mode: virtual ? 'virtual' : 'in_person',
        regions: virtual ? [] : [...new Set(Array.from({ length: rng.int(1, 4) }, () => draw(rng, REGIONS)))],
        periods: MONTHS.slice(from, from + rng.int(2, 4)),
        fixed_cost_cents: rng.int(50, 500) * 1000,
        seat_cost_cents: rng.int(20, 400) * 100,
        min_seats: min,
        max_seats: min + rng.int(4, 12),
        max_sessions_per_period: rng.int(1, 3),
        approved_at: '2026-09-01T00:00:00Z',
      });
    }
  }
  await insertInBatches(db, 'course', courses);

  // Open needs: seats 1 to 6, one to three consecutive months, French mostly.
  let batch: Insertable<Database['need']>[] = [];
  for (let i = 0; i < needCount; i++) {
    const firm = rng.int(0, firmCount - 1);
    const from = rng.int(0, 10);
    batch.push({
      mutual_id: mutualId,
      member_id: members[firm].id as string,
      topic_id: draw(rng, topicWeights),
      seats: rng.int(1, 6),
      languages: draw<string[]>(rng, [
        [['fr'], 80],
        [['fr', 'en'], 12],
        [['en'], 8],
      ]),
      modes: draw<string[]>(rng, [
        [['in_person'], 55],
        [['in_person', 'virtual'], 30],
        [['virtual'], 15],
      ]),
      region_code: firmRegion[firm],
      periods: MONTHS.slice(from, from + rng.int(1, 3)),
      priority: draw<'high' | 'medium' | 'low'>(rng, [
        ['high', 2],
        ['medium', 5],
        ['low', 3],
      ]),
      status: 'open',
      source: 'declared',
    });
    if (batch.length === BATCH_ROWS) {
      const chunk = batch;
      batch = [];
      await queue.run(() => insertInBatches(db, 'need', chunk));
      if ((i + 1) % 50_000 === 0) log(`  ${i + 1} needs (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  if (batch.length) await insertInBatches(db, 'need', batch);
  await queue.drain();

  await db
    .insertInto('app_user')
    .values({
      email: DEMAND_BENCH_COORDINATOR,
      display_name: 'Coordination banc d’essai',
      password_hash: await hash(DEMO_PASSWORD),
      role: 'coordinator',
      mutual_id: mutualId,
    })
    .execute();
  await sql`analyze`.execute(db);
  return {
    mutualId,
    firms: firmCount,
    needs: needCount,
    courses: courses.length,
    seconds: (Date.now() - started) / 1000,
  };
}
