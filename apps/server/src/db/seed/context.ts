import type { DemoDataset, Rng } from '@mutualis/domain/demo-data/index';
import type { Db } from '../client.ts';

/**
 * What every demo seed step receives. Steps run in order inside one transaction; later steps
 * (needs, courses, sessions…) find the ids of earlier ones in `dataset` (mutuals, their
 * providers, firms and employees all carry the id they were inserted with).
 */
export interface DemoSeedContext {
  db: Db;
  dataset: DemoDataset;
  /** A seeded generator for this step only (forked by step name): same seed, same data. */
  rng: Rng;
  /** argon2id hash of DEMO_PASSWORD, computed once. */
  passwordHash: string;
  log: (line: string) => void;
}

export interface DemoSeedStep {
  name: string;
  run(ctx: DemoSeedContext): Promise<void>;
}
