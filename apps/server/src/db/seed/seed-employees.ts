import { insertInBatches } from './batch.ts';
import type { DemoSeedStep } from './context.ts';
import { employeeRow, wageRows } from './rows.ts';

/** The employees of every demo firm and their wage history. */
export const seedEmployees: DemoSeedStep = {
  name: 'employees',
  async run({ db, dataset, log }) {
    const employees = dataset.mutuals.flatMap((m) =>
      m.firms.flatMap((f) => f.employees.map((e) => employeeRow(m.id, f.id, e))),
    );
    const wages = dataset.mutuals.flatMap((m) =>
      m.firms.flatMap((f) => f.employees.flatMap((e) => wageRows(m.id, f.id, e))),
    );
    await insertInBatches(db, 'employee', employees);
    await insertInBatches(db, 'wage', wages);
    log(`seeded ${employees.length} employees and ${wages.length} wage rows`);
  },
};
