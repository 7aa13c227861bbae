import { createRng, DEMO_SEED, generateDemoDataset, simulateEvidenceHistory } from '@mutualis/domain/demo-data/index';
import { hash } from '@node-rs/argon2';
import type { KyselyPlugin } from 'kysely';
import type { Db } from '../client.ts';
import type { DemoSeedStep } from './context.ts';
import { seedAccounts } from './seed-accounts.ts';
import { seedCatalogue } from './seed-catalogue.ts';
import { seedDelivery } from './seed-delivery.ts';
import { seedEmployees } from './seed-employees.ts';
import { seedEvidence } from './seed-evidence.ts';
import { seedFinance } from './seed-finance.ts';
import { seedGovernance } from './seed-governance.ts';
import { seedMembers } from './seed-members.ts';
import { seedMutuals } from './seed-mutuals.ts';

export const DEMO_PASSWORD = 'mutualis-demo';

/**
 * The demo, step by step, in order. A new area adds its step here (one line) and its file
 * beside the others (seed-needs.ts, seed-courses.ts, …); a step reads the ids it needs from
 * ctx.dataset and draws from ctx.rng.
 */
export const demoSteps: DemoSeedStep[] = [
  seedMutuals,
  seedMembers,
  seedEmployees,
  seedAccounts,
  seedCatalogue,
  seedDelivery,
  seedEvidence,
  seedFinance,
  seedGovernance,
];

export interface SeedDemoOptions {
  seed?: number | string;
  log?: (line: string) => void;
}

/** Inserts the demo data (four mutuals, their firms, employees, providers, accounts, sessions, outcome history and governance) in one transaction. */
export async function seedDemo(db: Db, options: SeedDemoOptions = {}): Promise<void> {
  const log = options.log ?? (() => {});
  const seed = options.seed ?? DEMO_SEED;
  const timing = new StepTiming();
  // several years of outcomes with a simulated effect of training (employees, wages, sessions, forms)
  const { dataset } = simulateEvidenceHistory(generateDemoDataset({ seed }), createRng(`demo/${seed}/evidence`));
  timing.lap('dataset');
  const passwordHash = await hash(DEMO_PASSWORD);
  timing.lap('password');
  await db.transaction().execute(async (trx) => {
    const counted = trx.withPlugin(timing.counter);
    for (const step of demoSteps) {
      const rng = createRng(`demo/${seed}/step/${step.name}`);
      await step.run({ db: counted, dataset, rng, passwordHash, log });
      timing.lap(step.name);
    }
  });
  timing.lap('commit');
  log(
    `demo seed: ${timing.parts.map((p) => `${p.name} ${p.wallMs} ms (CPU ${p.cpuMs} ms, ${p.statements} statements)`).join(', ')}`,
  );
}

interface SeedPartTiming {
  name: string;
  wallMs: number;
  /** CPU of the whole process (the database's thread included, for PGlite). */
  cpuMs: number;
  statements: number;
}

/** Wall time, CPU time and statements sent, per part of the seed (docs/performance.md, "Start"). */
class StepTiming {
  parts: SeedPartTiming[] = [];
  private statements = 0;
  private wall = performance.now();
  private cpu = cpuMs();
  readonly counter: KyselyPlugin = {
    transformQuery: (args) => {
      this.statements++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  lap(name: string) {
    const wall = performance.now();
    const cpu = cpuMs();
    this.parts.push({
      name,
      wallMs: Math.round(wall - this.wall),
      cpuMs: Math.round(cpu - this.cpu),
      statements: this.statements,
    });
    this.wall = wall;
    this.cpu = cpu;
    this.statements = 0;
  }
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Seeds the demo mutuals when the database has no mutual yet; returns whether it seeded. */
export async function seedDemoIfEmpty(db: Db, options: { log?: (line: string) => void } = {}): Promise<boolean> {
  const existing = await db.selectFrom('mutual').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  await seedDemo(db, options);
  options.log?.('seeded the demo mutuals');
  return true;
}
