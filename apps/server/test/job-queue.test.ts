import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultGeneratorOptions, generatePoolingProblem } from '@mutualis/domain/pooling/index';
import { sql } from 'kysely';
import { type DatabaseHandle, openDatabase } from '../src/db/client.ts';
import { createDeps } from '../src/deps.ts';
import { startBackgroundJobs } from '../src/jobs/index.ts';
import type { MailTransport, OutgoingMail } from '../src/mail/transport.ts';
import { outboxRepository } from '../src/outbox/repository.ts';
import { sendOutbox } from '../src/outbox/send-outbox.ts';
import { createPoolingRunner } from '../src/pooling/pooling-runner.ts';
import { poolingRepository } from '../src/pooling/repository.ts';
import { createTestContext, newMutual, newUser, type TestContext } from './harness.ts';

// Background work shared by several instances on one database (issue #14 point 1). On PostgreSQL
// (DATABASE_URL) the "instances" hold their own connection pools to the same database; on PGlite
// they share the one connection, and the same code runs.

/** A transport that takes a moment per message (so that passes overlap) and records what it sent. */
function slowTransport(sent: OutgoingMail[], ms = 3): MailTransport {
  return {
    async send(mail) {
      await new Promise((r) => setTimeout(r, ms));
      sent.push(mail);
    },
    close() {},
  };
}

async function enqueue(ctx: TestContext, n: number, prefix: string) {
  const outbox = outboxRepository(ctx.deps.db);
  for (let i = 0; i < n; i++) {
    await outbox.enqueue(
      {
        mutualId: null,
        kind: 'test',
        to: `${prefix}-${i}@example.test`,
        locale: 'fr',
        subject: `${prefix} ${i}`,
        text: 'x',
        html: null,
      },
      ctx.deps.now().toISOString(),
    );
  }
}

describe('outbox: two senders on one outbox', () => {
  let ctx: TestContext;
  let other: DatabaseHandle;
  before(async () => {
    ctx = await createTestContext();
    other = ctx.databaseUrl ? await openDatabase({ databaseUrl: ctx.databaseUrl, poolSize: 4 }) : ctx.handle;
  });
  after(async () => {
    if (other !== ctx.handle) await other.close();
    await ctx.close();
  });

  it('given 60 due e-mails and two senders passing at the same time, then every e-mail is sent exactly once', async () => {
    await enqueue(ctx, 60, 'twice');
    const sentByA: OutgoingMail[] = [];
    const sentByB: OutgoingMail[] = [];
    const sender = (db: DatabaseHandle['db'], sent: OutgoingMail[]) => async () => {
      // passes of 7 until nothing is left to claim
      for (;;) {
        const r = await sendOutbox({
          db,
          transport: slowTransport(sent),
          from: 'app@example.test',
          now: ctx.deps.now,
          batchSize: 7,
        });
        if (r.sent + r.retrying + r.failed === 0) return;
      }
    };
    await Promise.all([
      sender(ctx.deps.db, sentByA)(),
      sender(other.db, sentByB)(),
      sender(ctx.deps.db, sentByA)(),
      sender(other.db, sentByB)(),
    ]);
    const all = [...sentByA, ...sentByB].map((m) => m.to).filter((to) => to.startsWith('twice-'));
    assert.equal(all.length, 60, 'no e-mail sent twice, none left out');
    assert.equal(new Set(all).size, 60);
    if (ctx.databaseUrl) assert.ok(sentByA.length > 0 && sentByB.length > 0, 'both instances sent some');
    const rows = await ctx.deps.db
      .selectFrom('outbox')
      .select(['status', 'claimed_until'])
      .where('to_address', 'like', 'twice-%')
      .execute();
    assert.ok(rows.every((r) => r.status === 'sent' && r.claimed_until === null));
  });

  it('given a sender that died during its SMTP call (claim run out), then the message is failed, not sent again, and may be retried by hand', async () => {
    await enqueue(ctx, 1, 'dead');
    const outbox = outboxRepository(ctx.deps.db);
    const now = ctx.deps.now();
    const [claimed] = await outbox.claimDue(now.toISOString(), 50, new Date(now.getTime() + 1000).toISOString());
    assert.ok(claimed?.to_address.startsWith('dead-'));
    const sent: OutgoingMail[] = [];
    // the claim still holds: nobody else sends it
    await sendOutbox({ db: other.db, transport: slowTransport(sent), from: 'app@example.test', now: ctx.deps.now });
    assert.equal(sent.length, 0);
    // past the claim: the pass gives it up instead of sending it a second time
    const later = () => new Date(now.getTime() + 60_000);
    const r = await sendOutbox({ db: other.db, transport: slowTransport(sent), from: 'app@example.test', now: later });
    assert.equal(sent.length, 0);
    assert.equal(r.failed, 1);
    const row = await outbox.find(claimed.id, undefined);
    assert.equal(row?.status, 'failed');
    assert.match(row?.lastError ?? '', /may have left/);
    assert.equal((await outbox.requeue(claimed.id, later().toISOString()))?.status, 'pending');
  });
});

describe('pooling runs leased in the database', () => {
  let ctx: TestContext;
  let mutualId: string;
  let userId: string;
  before(async () => {
    ctx = await createTestContext();
    mutualId = (await newMutual(ctx)).id;
    userId = (await newUser(ctx, 'coordinator', { mutualId })).id;
  });
  after(async () => {
    await ctx.deps.poolingRuns.stop();
    await ctx.close();
  });

  const createRun = (needs: number, timeLimitSeconds: number, values: { label?: string } = {}) =>
    poolingRepository(ctx.deps.db).createRun({
      mutualId,
      label: values.label ?? null,
      sourceRunId: null,
      request: {},
      problem: generatePoolingProblem(
        defaultGeneratorOptions({ seed: 11, needs, offers: Math.max(5, needs / 8), timeLimitSeconds }),
      ) as unknown as Record<string, unknown>,
      adjustments: {},
      needsSnapshot: {},
      createdBy: userId,
    });
  const runRow = (id: string) =>
    ctx.deps.db.selectFrom('pooling_run').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const instance = (instanceId: string) => createPoolingRunner(ctx.deps, { instanceId, leaseMs: 600 });

  it('given a run whose instance died (its lease ran out), when runs are recovered, then another instance takes it up and finishes it', async () => {
    const run = await createRun(20, 2);
    await ctx.deps.db
      .updateTable('pooling_run')
      .set({
        status: 'running',
        claimed_by: 'dead',
        lease_until: new Date(Date.now() - 1000).toISOString(),
        attempts: 1,
      })
      .where('id', '=', run.id)
      .execute();
    const b = instance('B');
    b.setDispatch(() => {});
    assert.equal(await b.runNext(), false, 'a running run is not claimable, even with its lease run out');
    assert.deepEqual(await b.recover(), { requeued: 1, failed: 0 });
    assert.equal((await runRow(run.id)).status, 'queued');
    assert.equal(await b.runNext(), true);
    const done = await runRow(run.id);
    assert.equal(done.status, 'succeeded', done.error ?? '');
    assert.equal(done.attempts, 2);
    assert.equal(done.claimed_by, null);
    assert.equal((done.progress as { percent?: number }).percent, 100);
    await b.stop();
  });

  it('given an instance solving a long run, then its progress is in the database for every instance; when it stops, the run is handed back and another instance finishes it', async () => {
    const run = await createRun(1500, 20, { label: 'long' });
    const a = instance('A');
    const b = instance('B');
    a.setDispatch(() => {});
    b.setDispatch(() => {});
    const solving = a.runNext();
    let seen = await runRow(run.id);
    for (
      let i = 0;
      i < 400 && !(seen.status === 'running' && Number((seen.progress as { percent?: number }).percent) > 0);
      i++
    ) {
      await new Promise((r) => setTimeout(r, 25));
      seen = await runRow(run.id);
    }
    assert.equal(seen.status, 'running');
    assert.equal(seen.claimed_by, 'A');
    assert.ok(Number((seen.progress as { percent?: number }).percent) > 0, 'progress written by A, read here');
    assert.equal(await b.runNext(), false, 'one run at a time per mutual: B waits');
    await a.stop();
    await solving;
    const handedBack = await runRow(run.id);
    assert.equal(handedBack.status, 'queued');
    assert.equal(handedBack.claimed_by, null);
    assert.equal(handedBack.attempts, 0, 'a handed-back run keeps its tries');
    // B takes it; cancel it from "another instance" (the shared queue) and B lets go at its next lease renewal
    const taken = b.runNext();
    for (let i = 0; i < 400 && (await runRow(run.id)).claimed_by !== 'B'; i++)
      await new Promise((r) => setTimeout(r, 25));
    assert.equal((await runRow(run.id)).claimed_by, 'B');
    assert.equal(await a.cancel(mutualId, run.id), true);
    await taken;
    const ended = await runRow(run.id);
    assert.equal(ended.status, 'cancelled');
    assert.equal(ended.plan, null);
    await b.stop();
  });
});

describe('the job queue (pg-boss) on this database', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext({ OUTBOX_POLL_MS: '200' });
  });
  after(() => ctx.close());

  it('given pg-boss started on the database, then an e-mail is sent by the outbox job and a queued run is solved by the pooling job', async () => {
    const sent: OutgoingMail[] = [];
    const deps = createDeps({ db: ctx.deps.db, config: ctx.deps.config, mailer: slowTransport(sent) });
    const jobs = await startBackgroundJobs(deps, ctx.handle, { log: () => {}, pollingSeconds: 0.5 });
    try {
      await enqueue(ctx, 2, 'boss');
      const mutualId = (await newMutual(ctx)).id;
      const userId = (await newUser(ctx, 'coordinator', { mutualId })).id;
      const run = await poolingRepository(ctx.deps.db).createRun({
        mutualId,
        label: null,
        sourceRunId: null,
        request: {},
        problem: generatePoolingProblem(
          defaultGeneratorOptions({ seed: 3, needs: 20, offers: 5, timeLimitSeconds: 2 }),
        ) as unknown as Record<string, unknown>,
        adjustments: {},
        needsSnapshot: {},
        createdBy: userId,
      });
      deps.poolingRuns.enqueue(run.id, mutualId);
      let status = '';
      for (let i = 0; i < 600 && (sent.length < 2 || status !== 'succeeded'); i++) {
        await new Promise((r) => setTimeout(r, 50));
        status = (
          await ctx.deps.db
            .selectFrom('pooling_run')
            .select('status')
            .where('id', '=', run.id)
            .executeTakeFirstOrThrow()
        ).status;
      }
      assert.deepEqual(sent.map((m) => m.to).sort(), ['boss-0@example.test', 'boss-1@example.test']);
      assert.equal(status, 'succeeded');

      // the daily purge of personal data is scheduled once (whatever the instances), and its job runs
      const schedules = await sql<{ name: string; cron: string }>`select name, cron from pgboss.schedule`.execute(
        ctx.deps.db,
      );
      assert.deepEqual(
        schedules.rows.filter((r) => r.name === 'privacy-purge').map((r) => r.cron),
        ['23 7 * * *'],
      );
      // the nightly VACUUM (ANALYZE) only where there is no autovacuum: the embedded database
      assert.deepEqual(
        schedules.rows.filter((r) => r.name === 'database-upkeep').map((r) => r.cron),
        ctx.handle.kind === 'pglite' ? ['53 7 * * *'] : [],
      );
      await jobs.send('privacy-purge');
      let purged = 0;
      for (let i = 0; i < 400 && purged === 0; i++) {
        await new Promise((r) => setTimeout(r, 50));
        purged = (
          await ctx.deps.db.selectFrom('retention_run').select('id').where('mutual_id', '=', mutualId).execute()
        ).length;
      }
      assert.equal(purged, 1, 'the purge job ran for the mutual');
    } finally {
      await jobs.stop();
    }
  });
});
