import { insertInBatches } from './batch.ts';
import type { DemoSeedStep } from './context.ts';
import { mutualRow, providerRow } from './rows.ts';

/** The demo mutuals and their training providers. */
export const seedMutuals: DemoSeedStep = {
  name: 'mutuals',
  async run({ db, dataset, log }) {
    // each demo mutual names its privacy officer (Law 25), shown at the foot of its pages and e-mails
    await insertInBatches(
      db,
      'mutual',
      dataset.mutuals.map((m) => ({
        ...mutualRow(m),
        privacy_officer_name: 'Bureau de la vie privée',
        privacy_officer_title: '',
        privacy_officer_email: `vie-privee@${m.slug}.example.org`,
        privacy_officer_phone: null,
      })),
    );
    const providers = dataset.mutuals.flatMap((m) => {
      const regions = [...new Set(m.firms.map((f) => f.regionCode))].sort();
      return m.providers.map((p) => providerRow(m.id, p, regions));
    });
    await insertInBatches(db, 'provider', providers);
    log(`seeded ${dataset.mutuals.length} mutuals and ${providers.length} providers`);
  },
};
