import { serve } from '@hono/node-server';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DatabaseLockedError, openDatabase } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { seedDemoIfEmpty } from './db/seed/demo.ts';
import { createDeps } from './deps.ts';
import { installJobQueue, startBackgroundJobs } from './jobs/index.ts';

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
// two instances starting together: one migrates (and seeds) while the other waits for the lock
await migrate(handle, (line) => console.log(line), {
  thenUnderLock: async () => {
    await installJobQueue(handle);
    if (!config.SEED_DEMO) return;
    const seeded = await seedDemoIfEmpty(deps.db, { log: (line) => console.log(line) });
    if (seeded) console.log('demo data seeded (see README for the logins)');
  },
});
const jobs = await startBackgroundJobs(deps, handle);
const app = buildApp(deps, { serveWeb: true });
const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  console.log(`Mutualis is listening on ${config.PUBLIC_URL} (port ${info.port}, ${handle.kind} database, instance ${deps.poolingRuns.instanceId})`);
});

/** Requests still running this long after SIGTERM are cut. */
const SHUTDOWN_GRACE_MS = 25_000;

// A clean stop (SIGTERM from Docker or an orchestrator, SIGINT): the readiness check answers 503,
// no new connection is accepted, requests in flight finish, pooling runs solved here are handed
// back to the queue (another instance takes them), the jobs in flight finish, then the database closes.
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  deps.lifecycle.stopping = true;
  console.log(`${signal}: stopping`);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  if ('closeIdleConnections' in server) server.closeIdleConnections();
  const cut = setTimeout(() => {
    if ('closeAllConnections' in server) server.closeAllConnections();
  }, SHUTDOWN_GRACE_MS);
  cut.unref();
  await Promise.all([closed, jobs.stop().catch((error) => console.error('jobs: could not stop cleanly', error))]);
  await handle.close();
  console.log(`${signal}: stopped`);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
