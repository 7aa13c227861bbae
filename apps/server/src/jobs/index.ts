// The background work of an instance, on pg-boss (docs/decisions.md, "Background work on pg-boss"):
// the job queue lives in the application's database (schema pgboss), PostgreSQL or PGlite alike,
// so a job sent by one instance is done once, by whichever instance fetches it first. The work
// itself claims its rows in the database (outbox messages, pooling runs), so a job done twice
// (pg-boss retries a job whose instance died) still sends no e-mail twice and solves no run twice.
import { PURGE_TIME_UTC } from '@mutualis/domain/privacy/retention';
import PgBoss from 'pg-boss';
import { rateLimitRepository } from '../accounts/index.ts';
import type { Deps } from '../caller.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { EMBEDDED_UPKEEP_UTC, upkeepEmbeddedDatabase } from '../db/upkeep.ts';
import { runDeliveryPass } from '../delivery/index.ts';
import { startEvidenceWarmUp } from '../evidence/index.ts';
import { sendExpiryReminders } from '../learning/index.ts';
import { createOutboxSender } from '../outbox/index.ts';
import { purgeDueData } from '../privacy/index.ts';

export interface BackgroundJobs {
  /** Sends a job now (tests, and the outbox timer). */
  send(name: JobName): Promise<void>;
  /** Stops fetching jobs, hands back running pooling runs, waits for the jobs in flight. */
  stop(): Promise<void>;
}

export type JobName =
  | 'outbox-send'
  | 'pooling-run'
  | 'delivery-pass'
  | 'learning-pass'
  | 'maintenance'
  | 'privacy-purge'
  | 'database-upkeep';

export interface BackgroundJobsOptions {
  log?: (line: string) => void;
  /** How often the job queue is polled, in seconds (pg-boss's minimum is 0.5). */
  pollingSeconds?: number;
  /** The delivery pass's schedule (cron, UTC); default every 10 minutes. */
  deliveryCron?: string;
}

/** pg-boss's own tables live in this schema, created (and upgraded) by pg-boss at start, under its advisory lock. */
const JOB_SCHEMA = 'pgboss';

// stately: at most one job waiting and one running across all instances (a pass covers all due work)
const QUEUES: Record<JobName, PgBoss.Queue> = {
  'outbox-send': { name: 'outbox-send', policy: 'stately', retryLimit: 0, expireInSeconds: 15 * 60 },
  'delivery-pass': { name: 'delivery-pass', policy: 'stately', retryLimit: 1, expireInSeconds: 30 * 60 },
  'learning-pass': { name: 'learning-pass', policy: 'stately', retryLimit: 1, expireInSeconds: 30 * 60 },
  maintenance: { name: 'maintenance', policy: 'stately', retryLimit: 0, expireInSeconds: 10 * 60 },
  // the daily purge of personal data past its retention period (decision "Retention periods")
  'privacy-purge': { name: 'privacy-purge', policy: 'stately', retryLimit: 2, expireInSeconds: 60 * 60 },
  // the embedded database's nightly VACUUM (ANALYZE) (db/upkeep.ts)
  'database-upkeep': { name: 'database-upkeep', policy: 'stately', retryLimit: 1, expireInSeconds: 60 * 60 },
  // one job = "claim a queued run and solve it"; the run's own lease, not the job's, detects a dead instance
  'pooling-run': { name: 'pooling-run', policy: 'standard', retryLimit: 0, expireInSeconds: 12 * 60 * 60 },
};

function newBoss(handle: DatabaseHandle, options: Partial<PgBoss.ConstructorOptions> = {}) {
  return new PgBoss({
    db: { executeSql: handle.executeSql },
    schema: JOB_SCHEMA,
    ...options,
  } as PgBoss.ConstructorOptions);
}

async function createQueues(boss: PgBoss) {
  for (const queue of Object.values(QUEUES)) {
    if (await boss.getQueue(queue.name)) continue;
    await boss.createQueue(queue.name, queue).catch(async (error) => {
      if (!(await boss.getQueue(queue.name))) throw error;
    });
  }
}

/**
 * Creates or upgrades pg-boss's schema and this application's queues. main.ts calls it under the
 * migration lock: two instances starting together would otherwise both try to create the schema.
 */
export async function installJobQueue(handle: DatabaseHandle) {
  const boss = newBoss(handle, { supervise: false, schedule: false });
  await boss.start();
  await createQueues(boss);
  await boss.stop({ graceful: false, close: false });
}

/** Starts this instance's job queue: its workers, the schedules, and the outbox timer. */
export async function startBackgroundJobs(
  deps: Deps,
  handle: DatabaseHandle,
  options: BackgroundJobsOptions = {},
): Promise<BackgroundJobs> {
  const log = options.log ?? ((line: string) => console.log(line));
  const boss = newBoss(handle);
  boss.on('error', (error) => log(`jobs: ${(error as Error).message}`));
  await boss.start();
  await createQueues(boss);

  const send = async (name: JobName) => {
    await boss.send(name, {});
  };
  const pollingIntervalSeconds =
    options.pollingSeconds ?? Math.max(0.5, Math.min(2, deps.config.OUTBOX_POLL_MS / 1000));
  const sender = createOutboxSender(deps, { log });

  await boss.work('outbox-send', { pollingIntervalSeconds }, () => sender.runOnce());
  await boss.work('delivery-pass', { pollingIntervalSeconds }, async () => {
    const r = await runDeliveryPass(deps);
    if (r.alerted + r.reminded + r.questionnaires > 0)
      log(`delivery: ${r.alerted} go/no-go alert(s), ${r.reminded} reminder(s), ${r.questionnaires} questionnaire(s)`);
  });
  await boss.work('learning-pass', { pollingIntervalSeconds }, async () => {
    const reminded = await sendExpiryReminders(deps);
    if (reminded > 0) log(`learning: ${reminded} attestation expiry reminder(s)`);
  });
  await boss.work('privacy-purge', { pollingIntervalSeconds }, async () => {
    const runs = await purgeDueData(deps);
    const total = runs.reduce((sum, r) => sum + Object.values(r.counts).reduce((a, b) => a + b, 0), 0);
    if (total > 0) log(`privacy: ${total} record(s) past their retention period purged or anonymised`);
  });
  await boss.work('maintenance', { pollingIntervalSeconds }, async () => {
    // rate-limit events older than a day count in no window any more
    await rateLimitRepository(deps.db).purge(new Date(deps.now().getTime() - 24 * 60 * 60_000).toISOString());
    const recovered = await deps.poolingRuns.recover();
    if (recovered.requeued + recovered.failed > 0)
      log(`pooling: ${recovered.requeued} run(s) of a stopped instance queued again, ${recovered.failed} failed`);
  });
  await boss.work('database-upkeep', { pollingIntervalSeconds }, async () => {
    const started = Date.now();
    await upkeepEmbeddedDatabase(handle);
    if (handle.kind === 'pglite') log(`database: vacuumed and analysed in ${Date.now() - started} ms`);
  });
  // two pooling workers: two runs (of different mutuals) solved at once on this instance
  for (let i = 0; i < 2; i++) {
    await boss.work('pooling-run', { pollingIntervalSeconds }, async () => {
      while (await deps.poolingRuns.runNext());
    });
  }
  deps.poolingRuns.setDispatch(
    () => void send('pooling-run').catch((error) => log(`jobs: ${(error as Error).message}`)),
  );

  await boss.schedule('delivery-pass', options.deliveryCron ?? '*/10 * * * *', {}, { tz: 'UTC' });
  await boss.schedule('learning-pass', '17 * * * *', {}, { tz: 'UTC' });
  await boss.schedule('maintenance', '* * * * *', {}, { tz: 'UTC' });
  await boss.schedule('privacy-purge', `${PURGE_TIME_UTC.minute} ${PURGE_TIME_UTC.hour} * * *`, {}, { tz: 'UTC' });
  // PostgreSQL's autovacuum does this work there
  if (handle.kind === 'pglite')
    await boss.schedule(
      'database-upkeep',
      `${EMBEDDED_UPKEEP_UTC.minute} ${EMBEDDED_UPKEEP_UTC.hour} * * *`,
      {},
      { tz: 'UTC' },
    );
  // at start: runs a dead instance left, and runs queued meanwhile, are taken up; on PGlite this
  // process is the only one, so runs left running by the previous (killed) one are taken up at once
  if (handle.kind === 'pglite') await deps.poolingRuns.recover({ alone: true });
  await send('maintenance');

  // e-mails are looked for every OUTBOX_POLL_MS; whichever instance fetches the job sends them
  const outboxTimer = setInterval(() => void send('outbox-send').catch(() => {}), deps.config.OUTBOX_POLL_MS);
  outboxTimer.unref();
  // the evidence engine compiled a few seconds after the start, before a user opens a dashboard
  const warmUp = startEvidenceWarmUp();

  let stopping: Promise<void> | undefined;
  return {
    send,
    stop() {
      stopping ??= (async () => {
        clearInterval(outboxTimer);
        await warmUp.stop();
        deps.poolingRuns.setDispatch(null);
        // hand the runs solved here back to the queue and tell the other instances
        await deps.poolingRuns.stop();
        await send('pooling-run').catch(() => {});
        await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
        sender.close();
      })();
      return stopping;
    },
  };
}
