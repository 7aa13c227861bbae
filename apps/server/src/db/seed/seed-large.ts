// Benchmark data: by default 100 mutuals, 20,000 member firms, 500,000 employees and their wages.
// Multi-row INSERTs of at most 1,000 rows, several at once on PostgreSQL (one connection each).

import { type BenchOptions, benchFirms, planBench } from '@mutualis/domain/demo-data/index';
import { hash } from '@node-rs/argon2';
import { type Insertable, sql } from 'kysely';
import type { Db } from '../client.ts';
import type { Database } from '../tables.ts';
import { BATCH_ROWS, insertInBatches, limiter } from './batch.ts';
import { DEMO_PASSWORD } from './demo.ts';
import { contactRows, employeeRow, memberRow, mutualRow, wageRows } from './rows.ts';
import { seedGovernanceLarge } from './seed-governance.ts';

export interface SeedLargeOptions extends BenchOptions {
  /** INSERT statements in flight at once (PostgreSQL connections); 1 for PGlite. */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface SeedLargeResult {
  mutuals: number;
  firms: number;
  employees: number;
  wages: number;
  seconds: number;
  /** The coordinator login of the biggest benchmark mutual. */
  biggestCoordinator: string;
}

/** The login of the coordinator of benchmark mutual n (1-based). */
export const benchCoordinatorEmail = (n: number) => `coordination@bench-${String(n).padStart(3, '0')}.demo`;
/** The login of the member contact of the biggest firm of benchmark mutual n (1-based). */
export const benchMemberEmail = (n: number) => `rh@bench-${String(n).padStart(3, '0')}.demo`;

/** Inserts the benchmark mutuals; fails if some are already there. */
export async function seedLarge(db: Db, options: SeedLargeOptions = {}): Promise<SeedLargeResult> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const plan = planBench(options);
  const already = await db
    .selectFrom('mutual')
    .select('slug')
    .where('slug', 'like', 'bench-%')
    .limit(1)
    .executeTakeFirst();
  if (already) throw new Error('benchmark mutuals are already in this database: run with --reset to wipe it first');

  const passwordHash = await hash(DEMO_PASSWORD);
  const usedNeqs = new Set<string>();
  const queue = limiter(Math.max(1, options.concurrency ?? 1));
  const counts = { firms: 0, employees: 0, wages: 0 };

  await insertInBatches(db, 'mutual', plan.mutuals.map(mutualRow));
  const users: Insertable<Database['app_user']>[] = [];

  for (const mutual of plan.mutuals) {
    const members: Insertable<Database['member']>[] = [];
    const contacts: Insertable<Database['member_contact']>[] = [];
    const employees: Insertable<Database['employee']>[] = [];
    const wages: Insertable<Database['wage']>[] = [];
    let biggest = { id: '', headcount: -1, name: '' };
    for (const firm of benchFirms(plan, mutual, usedNeqs)) {
      members.push(memberRow(mutual.id, firm));
      contacts.push(...contactRows(mutual.id, firm));
      for (const e of firm.employees) {
        employees.push(employeeRow(mutual.id, firm.id, e));
        wages.push(...wageRows(mutual.id, firm.id, e));
      }
      if (firm.status === 'active' && firm.headcount > biggest.headcount) {
        biggest = { id: firm.id, headcount: firm.headcount, name: firm.contacts[0].name };
      }
    }
    const n = mutual.index + 1;
    users.push({
      email: benchCoordinatorEmail(n),
      display_name: `Coordination ${mutual.slug}`,
      password_hash: passwordHash,
      role: 'coordinator',
      mutual_id: mutual.id,
    });
    if (biggest.id) {
      users.push({
        email: benchMemberEmail(n),
        display_name: biggest.name,
        password_hash: passwordHash,
        role: 'member_contact',
        mutual_id: mutual.id,
        member_id: biggest.id,
      });
    }
    // Parents before children: members, then employees, then wages; batches of one table in parallel.
    const inParallel = async <T extends keyof Database & string>(table: T, rows: Insertable<Database[T]>[]) => {
      for (let i = 0; i < rows.length; i += BATCH_ROWS) {
        const chunk = rows.slice(i, i + BATCH_ROWS);
        await queue.run(() => insertInBatches(db, table, chunk));
      }
      await queue.drain();
    };
    await inParallel('member', members);
    await inParallel('member_contact', contacts);
    await inParallel('employee', employees);
    await inParallel('wage', wages);
    counts.firms += members.length;
    counts.employees += employees.length;
    counts.wages += wages.length;
    if (n % 10 === 0 || n === plan.mutuals.length) {
      const s = (Date.now() - started) / 1000;
      log(
        `  ${n}/${plan.mutuals.length} mutuals, ${counts.firms} firms, ${counts.employees} employees, ${counts.wages} wages (${s.toFixed(0)} s)`,
      );
    }
  }
  await insertInBatches(db, 'app_user', users);
  // Ten years of governance for each benchmark mutual (the observatory's benchmark).
  await seedGovernanceLarge(db, { asOf: plan.asOf, passwordHash, log });
  // Fresh planner statistics, so that the first queries after seeding use the indexes.
  await sql`analyze`.execute(db);
  return {
    mutuals: plan.mutuals.length,
    ...counts,
    seconds: (Date.now() - started) / 1000,
    biggestCoordinator: benchCoordinatorEmail(1),
  };
}
