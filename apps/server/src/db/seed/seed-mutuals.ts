import { insertInBatches } from './batch.ts';
import type { DemoSeedStep } from './context.ts';
import { mutualRow, providerRow } from './rows.ts';

/** The demo mutuals and their training providers. */
export const seedMutuals: DemoSeedStep = {
  name: 'mutuals',
  async run({ db, dataset, log }) {
    await insertInBatches(db, 'mutual', dataset.mutuals.map(mutualRow));
    const providers = dataset.mutuals.flatMap((m) => {
      const regions = [...new Set(m.firms.map((f) => f.regionCode))].sort();
      return m.providers.map((p) => providerRow(m.id, p, regions));
    });
    await insertInBatches(db, 'provider', providers);
    log(`seeded ${dataset.mutuals.length} mutuals and ${providers.length} providers`);
  },
};
