// Run by scripts/server-build.mjs from the bundle, in two forms:
//   `node apps/server/dist/make-database-template.mjs <file>`: writes a gzipped dump of a new embedded
//     database with every migration applied and the job queue's tables. A first start on an empty data
//     folder loads it (db/client.ts, `template`) instead of running PostgreSQL's initdb, the migrations
//     and pg-boss's install.
//   `node apps/server/dist/make-database-template.mjs --demo <file> <template>`: loads that template,
//     seeds the demo into it (db/seed/demo.ts, the same seed a start would run) and writes its dump: a
//     first start with SEED_DEMO loads it and has nothing left to seed (decision 72). The demo is dated
//     by DEMO_AS_OF, not by the day it is made (test/seed-template.test.ts).
import fs from 'node:fs';
import { installJobQueue } from '../jobs/index.ts';
import { openDatabase } from './client.ts';
import { migrate } from './migrate.ts';

const args = process.argv.slice(2);
const demo = args[0] === '--demo';
const [out, from] = demo ? args.slice(1) : args;
if (!out || (demo && !from)) {
  console.error('usage: make-database-template <file> | make-database-template --demo <file> <template>');
  process.exit(2);
}
const handle = demo
  ? await openDatabase({ memory: true, loadDataDir: new Blob([fs.readFileSync(from as string)]) })
  : await openDatabase({ memory: true });
try {
  if (demo) {
    const { seedDemo } = await import('./seed/demo.ts');
    await seedDemo(handle.db, { log: (line) => console.log(line) });
  } else {
    await migrate(handle);
    await installJobQueue(handle);
  }
  const dump = await handle.dump?.('gzip');
  if (!dump) throw new Error('no dump from PGlite');
  fs.writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
} finally {
  await handle.close();
}
