// `node apps/server/dist/make-database-template.mjs <file>` (run by scripts/server-build.mjs): writes a
// gzipped dump of a new embedded database with every migration applied and the job queue's tables. A
// first start on an empty data folder loads it (db/client.ts, `template`) instead of running
// PostgreSQL's initdb, the migrations and pg-boss's install.
import fs from 'node:fs';
import { installJobQueue } from '../jobs/index.ts';
import { openDatabase } from './client.ts';
import { migrate } from './migrate.ts';

const out = process.argv[2];
if (!out) {
  console.error('usage: make-database-template <file>');
  process.exit(2);
}
const handle = await openDatabase({ memory: true });
try {
  await migrate(handle);
  await installJobQueue(handle);
  const dump = await handle.dump?.('gzip');
  if (!dump) throw new Error('no dump from PGlite');
  fs.writeFileSync(out, Buffer.from(await dump.arrayBuffer()));
} finally {
  await handle.close();
}
