import { createRng, DEMO_SEED, generateDemoDataset, simulateEvidenceHistory } from '@mutualis/domain/demo-data/index';
import { hash } from '@node-rs/argon2';
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
  // several years of outcomes with a simulated effect of training (employees, wages, sessions, forms)
  const { dataset } = simulateEvidenceHistory(generateDemoDataset({ seed }), createRng(`demo/${seed}/evidence`));
  const passwordHash = await hash(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    for (const step of demoSteps) {
      const rng = createRng(`demo/${seed}/step/${step.name}`);
      await step.run({ db: trx, dataset, rng, passwordHash, log });
    }
  });
}

/** Seeds the demo mutuals when the database has no mutual yet; returns whether it seeded. */
export async function seedDemoIfEmpty(db: Db, options: { log?: (line: string) => void } = {}): Promise<boolean> {
  const existing = await db.selectFrom('mutual').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  await seedDemo(db, options);
  options.log?.('seeded the demo mutuals');
  return true;
}
