// The composition root: read config, open the database, migrate, seed, listen.
// Only the configuration and the database client are loaded before the database starts opening:
// PGlite opens in its own thread (initdb on a new folder: seconds) while this thread loads the rest
// of the server's code. Each step's time is logged (docs/performance.md, "Start"); performance.now()
// counts from the process's start, so the first step is the loading of the code (tsx), and CPU time
// beside wall time tells a slow step from a busy machine.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.ts';
import { DatabaseLockedError, openDatabase } from './db/client.ts';

const steps: string[] = [];
let lap = 0;
let cpuLap = 0;
function step(name: string) {
  const now = performance.now();
  const cpu = process.cpuUsage();
  const cpuNow = (cpu.user + cpu.system) / 1000;
  steps.push(`${name} ${Math.round(now - lap)} ms (CPU ${Math.round(cpuNow - cpuLap)} ms)`);
  lap = now;
  cpuLap = cpuNow;
}

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
step('config');

// The server's bundle carries a new, migrated database, and the same with the demo seeded
// (scripts/server-build.mjs): a new data folder starts from one of them instead of initdb (and, with
// SEED_DEMO, instead of seeding: decision 72); from the sources there is none.
const bundled = (file: string) => {
  const at = fileURLToPath(new URL(file, import.meta.url));
  return fs.existsSync(at) ? at : undefined;
};
const template =
  (config.SEED_DEMO ? bundled('./new-demo-database.tar.gz') : undefined) ?? bundled('./new-database.tar.gz');
const opening = openDatabase({
  databaseUrl: config.DATABASE_URL,
  dataDir: config.DATA_DIR,
  poolSize: config.DATABASE_POOL_SIZE,
  preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
  worker: config.PGLITE_THREAD,
  template,
});
opening.catch(() => {}); // awaited below, after the code has loaded
const [
  { serve },
  { admissionExempt, buildApp },
  { migrate },
  { seedDemoIfEmpty },
  { createDeps },
  { AdmissionQueue },
  { installJobQueue, startBackgroundJobs },
] = await Promise.all([
  import('@hono/node-server'),
  import('./app.ts'),
  import('./db/migrate.ts'),
  import('./db/seed/demo.ts'),
  import('./deps.ts'),
  import('./http/admission.ts'),
  import('./jobs/index.ts'),
]);
step('code');

let handle: Awaited<typeof opening>;
try {
  handle = await opening;
  if (handle.fromTemplate)
    console.log(`new database made from the bundled template ${template?.split(/[\\/]/).pop()} (no initdb)`);
  step('database');
} catch (error) {
  if (error instanceof DatabaseLockedError) {
    console.error(error.message);
    process.exit(3);
  }
  throw error;
}

// PGlite's data folder is locked by this process: no other instance changes its sessions
const deps = createDeps({ db: handle.db, config, sharedDatabase: handle.kind === 'postgres' });
// two instances starting together: one migrates (and seeds) while the other waits for the lock
await migrate(handle, (line) => console.log(line), {
  thenUnderLock: async () => {
    step('migrations');
    await installJobQueue(handle);
    step('job queue');
    if (!config.SEED_DEMO) return;
    const seeded = await seedDemoIfEmpty(deps.db, { log: (line) => console.log(line) });
    if (seeded) console.log('demo data seeded (see README for the logins)');
    step('demo seed');
  },
});
const jobs = await startBackgroundJobs(deps, handle);
// One queue per process bounds the requests working on the database (http/admission.ts).
const queue = new AdmissionQueue({
  concurrency: config.API_CONCURRENCY ?? (handle.kind === 'pglite' ? 4 : config.DATABASE_POOL_SIZE),
  queueLimit: config.API_QUEUE_LIMIT,
  maxWaitMs: config.API_QUEUE_WAIT_MS,
  exempt: admissionExempt,
});
const app = buildApp(deps, { serveWeb: true, admission: queue });
step('app');
const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  step('listen');
  const total = (performance.now() / 1000).toFixed(1);
  console.log(
    `Mutualis is listening on ${config.PUBLIC_URL} (port ${info.port}, ${handle.kind} database, instance ${deps.poolingRuns.instanceId})`,
  );
  console.log(`ready ${total} s after the process started (${steps.join(', ')})`);
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
