import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createLoginSessionCache } from '../src/accounts/login-session-cache.ts';
import { loginSessionVersionRepository } from '../src/accounts/login-session-repository.ts';
import { buildApp } from '../src/app.ts';
import type { Caller } from '../src/caller.ts';
import { createDeps } from '../src/deps.ts';
import { createTestContext, login, loginAs, newMutual, newUser, TEST_PASSWORD, type TestContext } from './harness.ts';

// Sessions are resolved from a short in-process cache (accounts/login-session-cache.ts). Each test
// first uses the session, so that it is cached, then changes the account or the session: the
// very next request must see the change.
describe('session cache: changes to an account or a session hold at once', () => {
  let ctx: TestContext;
  let mutualId: string;
  let coordinator: Awaited<ReturnType<typeof loginAs>>['client'];
  before(async () => {
    ctx = await createTestContext();
    mutualId = (await newMutual(ctx)).id;
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId })).client;
  });
  after(() => ctx.close());

  it('given a session just used, when it logs out, then the same cookie answers 401 at once', async () => {
    const { client } = await loginAs(ctx, 'board_viewer', { mutualId });
    assert.equal((await client.get('/api/auth/me')).status, 200);
    assert.equal((await client.post('/api/auth/logout')).status, 204);
    assert.equal((await client.get('/api/auth/me')).status, 401);
  });

  it('given a session just used, when a coordinator deactivates the account, then the session answers 401 at once', async () => {
    const { user, client } = await loginAs(ctx, 'board_viewer', { mutualId });
    assert.equal((await client.get('/api/auth/me')).status, 200);
    assert.equal((await coordinator.post(`/api/users/${user.id}/deactivate`)).status, 200);
    assert.equal((await client.get('/api/auth/me')).status, 401);
  });

  it('given two sessions just used, when the password is changed in one, then the other answers 401 at once', async () => {
    const user = await newUser(ctx, 'board_viewer', { mutualId });
    const first = await login(ctx, user.email);
    const second = await login(ctx, user.email);
    assert.equal((await second.get('/api/auth/me')).status, 200);
    const res = await first.post('/api/auth/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'another long passphrase 42',
    });
    assert.ok(res.status < 300, `password change answered ${res.status}`);
    assert.equal((await second.get('/api/auth/me')).status, 401);
    assert.equal(
      (await first.get('/api/auth/me')).status,
      401,
      'the old cookie of the session that changed it ends too',
    );
  });

  it('given a session just used, when a coordinator changes its role, then the new role holds at once, both ways', async () => {
    const { user, client } = await loginAs(ctx, 'board_viewer', { mutualId });
    assert.equal((await client.get('/api/members')).status, 403);
    assert.equal((await coordinator.patch(`/api/users/${user.id}`, { role: 'coordinator' })).status, 200);
    assert.equal((await client.get('/api/members')).status, 200);
    assert.equal((await client.get('/api/auth/me').then((r) => r.json())).role, 'coordinator');
    assert.equal((await coordinator.patch(`/api/users/${user.id}`, { role: 'board_viewer' })).status, 200);
    assert.equal((await client.get('/api/members')).status, 403);
  });

  it('given a session just used, when the account changes its language, then /api/auth/me shows it at once', async () => {
    const { client } = await loginAs(ctx, 'board_viewer', { mutualId }, { locale: 'fr' });
    assert.equal((await client.get('/api/auth/me').then((r) => r.json())).locale, 'fr');
    assert.ok((await client.patch('/api/auth/me', { locale: 'en' })).status < 300);
    assert.equal((await client.get('/api/auth/me').then((r) => r.json())).locale, 'en');
  });
});

describe('session cache: two app instances over one database', () => {
  let ctx: TestContext;
  let mutualId: string;
  let other: ReturnType<typeof buildApp>;
  before(async () => {
    ctx = await createTestContext();
    mutualId = (await newMutual(ctx)).id;
    // a second instance: its own deps (its own session cache) over the same database
    other = buildApp(
      createDeps({ db: ctx.deps.db, config: ctx.deps.config, now: ctx.deps.now, mailer: null, sharedDatabase: true }),
    );
  });
  after(() => ctx.close());

  async function cookieOf(email: string) {
    const res = await ctx.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    assert.equal(res.status, 200);
    const me = (await res.json()) as { csrfToken: string };
    return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], csrfToken: me.csrfToken };
  }
  const meOn = async (app: ReturnType<typeof buildApp>, cookie: string) =>
    (await app.request('/api/auth/me', { headers: { cookie } })).status;

  it('given a session cached by the other instance, when it logs out on the first, then the other refuses it at once', async () => {
    const user = await newUser(ctx, 'board_viewer', { mutualId });
    const { cookie, csrfToken } = await cookieOf(user.email);
    assert.equal(await meOn(other, cookie), 200);
    assert.equal(await meOn(other, cookie), 200);
    const out = await ctx.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    assert.equal(out.status, 204);
    assert.equal(await meOn(other, cookie), 401);
  });

  it('given a session cached by the other instance, when a coordinator deactivates the account on the first, then the other refuses it at once', async () => {
    const coordinator = (await loginAs(ctx, 'coordinator', { mutualId })).client;
    const user = await newUser(ctx, 'board_viewer', { mutualId });
    const { cookie } = await cookieOf(user.email);
    assert.equal(await meOn(other, cookie), 200);
    assert.equal((await coordinator.post(`/api/users/${user.id}/deactivate`)).status, 200);
    assert.equal(await meOn(other, cookie), 401);
  });
});

// A burst of requests shares the version read and the session lookup (decision 65): far fewer
// queries, and still no change answered before a request is missed by it.
describe('session cache under a burst: reads shared, changes still seen', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('given 50 requests at once, then the version is read at most twice', async () => {
    let reads = 0;
    const counted = ctx.deps.db.withPlugin({
      transformQuery: (args) => {
        reads++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const cache = createLoginSessionCache(counted);
    await Promise.all(Array.from({ length: 50 }, () => cache.sync()));
    assert.ok(reads >= 1 && reads <= 2, `${reads} reads`);
  });

  it('given a database no other process shares (PGlite), then a sync reads nothing and a change here still empties the cache', async () => {
    let reads = 0;
    const counted = ctx.deps.db.withPlugin({
      transformQuery: (args) => {
        reads++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const cache = createLoginSessionCache(counted, { shared: false });
    await Promise.all(Array.from({ length: 10 }, () => cache.sync()));
    assert.equal(reads, 0);
    const caller = { userId: 'u' } as Caller;
    cache.store('s', caller, Date.now(), Date.now() + 3_600_000, cache.generation());
    assert.equal(cache.get('s', Date.now()), caller);
    await cache.changing(async () => {});
    await cache.sync();
    assert.equal(cache.get('s', Date.now()), undefined);
    assert.equal(reads, 1, 'the change still bumps the version (one write)');
  });

  it('given a read under way, when the version changes and then a request syncs, then that request gets a read of its own and the cache is emptied', async () => {
    // reads answer 50 ms late, so the first one is still under way when the version changes
    const slow = ctx.deps.db.withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        await pause(50);
        return args.result;
      },
    });
    const cache = createLoginSessionCache(slow);
    await cache.sync();
    const underWay = cache.sync();
    await loginSessionVersionRepository(ctx.deps.db).bump();
    const caller = { userId: 'u' } as Caller;
    cache.store('s', caller, Date.now(), Date.now() + 3_600_000, cache.generation());
    assert.equal(cache.get('s', Date.now()), caller);
    await cache.sync();
    assert.equal(cache.get('s', Date.now()), undefined, 'the change made before the call was seen');
    await underWay;
  });

  it('given lookups of one session at once, then one runs and all get its answer; after the cache is emptied, a new lookup runs', async () => {
    const cache = createLoginSessionCache(ctx.deps.db);
    let runs = 0;
    const lookup = async () => {
      const run = ++runs;
      await pause(20);
      return run;
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.lookUp('s', lookup)));
    assert.equal(runs, 1);
    assert.deepEqual(new Set(answers), new Set([1]));
    const begunBefore = cache.lookUp('t', lookup);
    cache.forget();
    const begunAfter = cache.lookUp('t', lookup);
    assert.deepEqual(
      [await begunBefore, await begunAfter],
      [2, 3],
      'a lookup begun before the cache was emptied is not joined',
    );
  });
});
