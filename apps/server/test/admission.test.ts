import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { admissionExempt } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { AdmissionQueue, admission } from '../src/http/admission.ts';

// Issue #15: requests are served in arrival order and none starves; under overload the answer is a
// quick 503 busy_try_again with Retry-After.

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A gate the test opens: the handler of request i waits until release(i). */
function gates() {
  const waiting = new Map<number, () => void>();
  const opened = new Set<number>();
  return {
    wait: (i: number) => (opened.has(i) ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(i, resolve))),
    open(i: number) {
      opened.add(i);
      waiting.get(i)?.();
    },
  };
}

function appWith(queue: AdmissionQueue, onStart: (i: number) => Promise<void>) {
  const app = new Hono();
  app.use('/api/*', admission(queue));
  app.get('/api/work/:i', async (c) => {
    await onStart(Number(c.req.param('i')));
    return c.json({ done: Number(c.req.param('i')) });
  });
  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  return app;
}

describe('admission queue', () => {
  it('given more requests than may work at once, then they start in arrival order, each when one before it ends', async () => {
    const queue = new AdmissionQueue({ concurrency: 2, queueLimit: 100, maxWaitMs: 10_000 });
    const started: number[] = [];
    const gate = gates();
    const app = appWith(queue, async (i) => {
      started.push(i);
      await gate.wait(i);
    });
    const answers = Array.from({ length: 8 }, (_, i) => app.request(`/api/work/${i}`));
    await sleep(20);
    assert.deepEqual(started, [0, 1], 'two at once');
    assert.deepEqual(queue.snapshot().waiting, 6);
    gate.open(1);
    await sleep(20);
    assert.deepEqual(started, [0, 1, 2], 'the first waiting one takes the freed place');
    for (let i = 0; i < 8; i++) gate.open(i);
    const bodies = await Promise.all(answers.map(async (a) => (await a).json()));
    assert.deepEqual(
      bodies.map((b) => b.done),
      [0, 1, 2, 3, 4, 5, 6, 7],
    );
    assert.deepEqual(started, [0, 1, 2, 3, 4, 5, 6, 7], 'in arrival order');
    assert.deepEqual(queue.snapshot(), {
      inProgress: 0,
      waiting: 0,
      admitted: 8,
      refusedFull: 0,
      refusedWaited: 0,
      abandoned: 0,
    });
  });

  it('given a full queue, then one more request is answered 503 busy_try_again with Retry-After at once', async () => {
    const queue = new AdmissionQueue({ concurrency: 1, queueLimit: 2, maxWaitMs: 5_000, exempt: admissionExempt });
    const gate = gates();
    const app = appWith(queue, (i) => gate.wait(i));
    const held = [0, 1, 2].map((i) => app.request(`/api/work/${i}`)); // 1 working, 2 waiting
    await sleep(10);
    const t0 = performance.now();
    const refused = await app.request('/api/work/3');
    const ms = performance.now() - t0;
    assert.equal(refused.status, 503);
    assert.ok(ms < 100, `answered in ${ms.toFixed(0)} ms`);
    assert.match(refused.headers.get('content-type') ?? '', /application\/problem\+json/);
    const body = await refused.json();
    assert.equal(body.code, 'busy_try_again');
    assert.equal(body.detail, 'Le serveur est occupé; rien n’a été fait. Réessayez dans un instant.');
    assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    // the health check never waits
    assert.equal((await app.request('/api/health')).status, 200);
    for (const i of [0, 1, 2]) gate.open(i);
    assert.deepEqual(await Promise.all(held.map(async (r) => (await r).status)), [200, 200, 200]);
    assert.equal(queue.snapshot().refusedFull, 1);
  });

  it('given a request that waits longer than the bound, then it is answered 503 after the bound, and the others keep their turn', async () => {
    const queue = new AdmissionQueue({ concurrency: 1, queueLimit: 10, maxWaitMs: 150 });
    const gate = gates();
    const started: number[] = [];
    const app = appWith(queue, async (i) => {
      started.push(i);
      await gate.wait(i);
    });
    const first = app.request('/api/work/0');
    await sleep(5);
    const t0 = performance.now();
    const second = await app.request('/api/work/1');
    const waited = performance.now() - t0;
    assert.equal(second.status, 503);
    assert.equal((await second.json()).code, 'busy_try_again');
    assert.ok(waited >= 140 && waited < 1000, `refused after ${waited.toFixed(0)} ms`);
    assert.equal(second.headers.get('retry-after'), '1');
    const third = app.request('/api/work/2');
    await sleep(10);
    gate.open(0);
    gate.open(2);
    assert.equal((await first).status, 200);
    assert.equal((await third).status, 200);
    assert.deepEqual(started, [0, 2], 'the refused request never ran');
    assert.deepEqual(queue.snapshot(), {
      inProgress: 0,
      waiting: 0,
      admitted: 2,
      refusedFull: 0,
      refusedWaited: 1,
      abandoned: 0,
    });
  });

  it('given a client that goes away while it waits, then its place is given back and it never runs', async () => {
    const queue = new AdmissionQueue({ concurrency: 1, queueLimit: 1, maxWaitMs: 10_000 });
    const gate = gates();
    const started: number[] = [];
    const app = appWith(queue, async (i) => {
      started.push(i);
      await gate.wait(i);
    });
    const first = app.request('/api/work/0');
    await sleep(5);
    const leaving = new AbortController();
    const gone = app.request('/api/work/1', { signal: leaving.signal });
    await sleep(5);
    assert.equal(queue.snapshot().waiting, 1);
    leaving.abort();
    await Promise.resolve(gone).catch(() => {});
    assert.equal(queue.snapshot().waiting, 0, 'its place is free');
    const next = app.request('/api/work/2'); // the queue holds one: it fits again
    await sleep(5);
    gate.open(0);
    gate.open(2);
    assert.equal((await first).status, 200);
    assert.equal((await next).status, 200);
    assert.deepEqual(started, [0, 2]);
    assert.equal(queue.snapshot().abandoned, 1);
  });

  it('given a handler that throws, then its place is given back', async () => {
    const queue = new AdmissionQueue({ concurrency: 1, queueLimit: 10, maxWaitMs: 1000 });
    const app = new Hono();
    app.use('/api/*', admission(queue));
    app.get('/api/fail', () => {
      throw new Error('boom');
    });
    app.get('/api/ok', (c) => c.text('ok'));
    assert.equal((await app.request('/api/fail')).status, 500);
    assert.equal((await app.request('/api/ok')).status, 200);
    assert.equal(queue.snapshot().inProgress, 0);
  });

  it('under a crowd, then nobody waits much longer than those who came before: no request is overtaken', async () => {
    const queue = new AdmissionQueue({ concurrency: 3, queueLimit: 1000, maxWaitMs: 10_000 });
    const order: number[] = [];
    const app = appWith(queue, async (i) => {
      order.push(i);
      await sleep(1 + (i % 3));
    });
    const statuses = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => (await app.request(`/api/work/${i}`)).status),
    );
    assert.ok(statuses.every((s) => s === 200));
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
  });

  it('exempts the health check and the API documentation only', () => {
    assert.ok(admissionExempt('/api/health'));
    assert.ok(admissionExempt('/api/openapi.json'));
    assert.ok(admissionExempt('/api/docs'));
    assert.ok(!admissionExempt('/api/members'));
    assert.ok(!admissionExempt('/api/auth/login'));
  });

  it('reads its bounds from the environment, refusing wrong values by name', () => {
    const config = loadConfig({});
    assert.equal(config.API_CONCURRENCY, undefined);
    assert.equal(config.API_QUEUE_LIMIT, 1000);
    assert.equal(config.API_QUEUE_WAIT_MS, 1500);
    assert.equal(config.DATABASE_POOL_SIZE, 10);
    const set = loadConfig({
      API_CONCURRENCY: '2',
      API_QUEUE_LIMIT: '50',
      API_QUEUE_WAIT_MS: '800',
      DATABASE_POOL_SIZE: '16',
    });
    assert.deepEqual(
      [set.API_CONCURRENCY, set.API_QUEUE_LIMIT, set.API_QUEUE_WAIT_MS, set.DATABASE_POOL_SIZE],
      [2, 50, 800, 16],
    );
    assert.throws(() => loadConfig({ API_CONCURRENCY: '0' }), /API_CONCURRENCY/);
    assert.throws(() => loadConfig({ API_QUEUE_WAIT_MS: 'soon' }), /API_QUEUE_WAIT_MS/);
    assert.throws(() => loadConfig({ DATABASE_POOL_SIZE: '-1' }), /DATABASE_POOL_SIZE/);
  });
});
