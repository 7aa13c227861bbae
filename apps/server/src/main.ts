import { serve } from '@hono/node-server';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DatabaseLockedError, openDatabase } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { seedDemoIfEmpty } from './db/seed/demo.ts';
import { createDeps } from './deps.ts';
import { startBackgroundJobs } from './jobs/index.ts';

// The composition root: read config, open the database, migrate, seed, listen.
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

let handle: Awaited<ReturnType<typeof openDatabase>>;
try {
  handle = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
} catch (error) {
  if (error instanceof DatabaseLockedError) {
    console.error(error.message);
    process.exit(3);
  }
  throw error;
}

const deps = createDeps({ db: handle.db, config });
await migrate(handle, (line) => console.log(line));
if (config.SEED_DEMO) {
  const seeded = await seedDemoIfEmpty(deps.db, { log: (line) => console.log(line) });
  if (seeded) console.log('demo data seeded (see README for the logins)');
}
const jobs = startBackgroundJobs(deps);
const app = buildApp(deps, { serveWeb: true });
const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  console.log(`Mutualis is listening on ${config.PUBLIC_URL} (port ${info.port}, ${handle.kind} database)`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping`);
  server.close();
  await jobs.stop();
  await handle.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
