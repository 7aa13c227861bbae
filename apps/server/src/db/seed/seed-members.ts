import { insertInBatches } from './batch.ts';
import type { DemoSeedStep } from './context.ts';
import { contactRows, memberRow } from './rows.ts';

/** The member firms of every demo mutual, with their contacts. */
export const seedMembers: DemoSeedStep = {
  name: 'members',
  async run({ db, dataset, log }) {
    const members = dataset.mutuals.flatMap((m) => m.firms.map((f) => memberRow(m.id, f)));
    const contacts = dataset.mutuals.flatMap((m) => m.firms.flatMap((f) => contactRows(m.id, f)));
    await insertInBatches(db, 'member', members);
    await insertInBatches(db, 'member_contact', contacts);
    log(`seeded ${members.length} member firms and ${contacts.length} contacts`);
  },
};
