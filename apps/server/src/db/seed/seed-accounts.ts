import { insertInBatches } from './batch.ts';
import type { DemoSeedStep } from './context.ts';
import { userRow } from './rows.ts';

/** One login per role (and one per member firm), all with the demo password. */
export const seedAccounts: DemoSeedStep = {
  name: 'accounts',
  async run({ db, dataset, passwordHash, log }) {
    await insertInBatches(
      db,
      'app_user',
      dataset.accounts.map((a) => userRow(a, passwordHash)),
    );
    log(`seeded ${dataset.accounts.length} accounts (password in README)`);
  },
};
