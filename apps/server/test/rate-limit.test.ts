import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SlidingWindowLimiter } from '../src/http/rate-limit.ts';
import { anonymous, createTestContext, newMutual, newUser, TEST_PASSWORD, type TestContext } from './harness.ts';

describe('SlidingWindowLimiter (counted in the database)', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());
  const clock = (start: string) => {
    let now = new Date(start);
    return { now: () => now, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
  };
  let n = 0;
  const limiterOf = (c: ReturnType<typeof clock>, limit: number) =>
    new SlidingWindowLimiter({ name: `test-${n++}`, limit, windowMs: 60_000, now: c.now, db: ctx.deps.db });

  it('given fewer hits than the limit, then the key is allowed', async () => {
    const c = clock('2026-01-01T00:00:00Z');
    const limiter = limiterOf(c, 3);
    await limiter.hit('a');
    await limiter.hit('a');
    assert.equal(await limiter.retryAfterSeconds('a'), 0);
  });

  it('given the limit reached, then it waits until the oldest hit leaves the window', async () => {
    const c = clock('2026-01-01T00:00:00Z');
    const limiter = limiterOf(c, 3);
    await limiter.hit('a');
    c.advance(10_000);
    await limiter.hit('a');
    await limiter.hit('a');
    assert.equal(await limiter.retryAfterSeconds('a'), 50);
    assert.equal(await limiter.retryAfterSeconds('b'), 0, 'other keys are not affected');
    c.advance(50_001);
    assert.equal(await limiter.retryAfterSeconds('a'), 0, 'the window slid past the first hit');
    await limiter.hit('a');
    assert.ok((await limiter.retryAfterSeconds('a')) > 0, 'the two recent hits still count');
  });

  it('given a reset, then the key starts afresh', async () => {
    const c = clock('2026-01-01T00:00:00Z');
    const limiter = limiterOf(c, 1);
    await limiter.hit('a');
    assert.ok((await limiter.retryAfterSeconds('a')) > 0);
    await limiter.reset('a');
    assert.equal(await limiter.retryAfterSeconds('a'), 0);
  });

  it('given two limiters of the same name over one database (two instances), then they count the same hits', async () => {
    const c = clock('2026-01-01T00:00:00Z');
    const one = new SlidingWindowLimiter({ name: 'shared', limit: 2, windowMs: 60_000, now: c.now, db: ctx.deps.db });
    const other = new SlidingWindowLimiter({ name: 'shared', limit: 2, windowMs: 60_000, now: c.now, db: ctx.deps.db });
    await one.hit('a');
    await other.hit('a');
    assert.ok((await one.retryAfterSeconds('a')) > 0);
    assert.ok((await other.retryAfterSeconds('a')) > 0);
  });
});

describe('login rate limits', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext({ TRUST_PROXY: 'true' });
  });
  after(() => ctx.close());

  const attempt = (email: string, password: string, ip = '203.0.113.1') =>
    anonymous(ctx).request('POST', '/api/auth/login', { email, password }, { 'x-forwarded-for': ip });

  it('given 5 failures for an e-mail, then even the right password answers 429 with Retry-After, until 15 minutes pass', async () => {
    const mutual = await newMutual(ctx);
    const user = await newUser(ctx, 'coordinator', { mutualId: mutual.id });
    for (let i = 0; i < 5; i++) assert.equal((await attempt(user.email, 'wrong password')).status, 401);
    const blocked = await attempt(user.email.toUpperCase(), TEST_PASSWORD, '198.51.100.7');
    assert.equal(blocked.status, 429);
    assert.equal((await blocked.json()).code, 'rate_limited');
    const retryAfter = Number(blocked.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`);
    ctx.setNow(new Date(Date.parse('2026-11-20T15:00:00Z') + 16 * 60_000));
    assert.equal((await attempt(user.email, TEST_PASSWORD)).status, 200);
    ctx.setNow('2026-11-20T15:00:00Z');
  });

  it('given a successful login, then the failures of that e-mail are forgotten', async () => {
    const user = await newUser(ctx, 'platform_admin');
    for (let i = 0; i < 4; i++) await attempt(user.email, 'wrong password', '203.0.113.2');
    assert.equal((await attempt(user.email, TEST_PASSWORD, '203.0.113.2')).status, 200);
    for (let i = 0; i < 4; i++) assert.equal((await attempt(user.email, 'wrong password', '203.0.113.2')).status, 401);
  });

  it('given 50 failures from one address, then that address is refused but another is not', async () => {
    for (let i = 0; i < 50; i++) await attempt(`nobody-${i}@example.test`, 'wrong password', '192.0.2.50');
    const user = await newUser(ctx, 'platform_admin');
    assert.equal((await attempt(user.email, TEST_PASSWORD, '192.0.2.50')).status, 429);
    assert.equal((await attempt(user.email, TEST_PASSWORD, '192.0.2.51')).status, 200);
  });
});
