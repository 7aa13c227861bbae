import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { anonymous, createTestContext, login, newMutual, newUser, TEST_PASSWORD, type TestContext } from './harness.ts';

describe('login, session and logout', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given a coordinator, when it logs in, then /api/auth/me answers with its role and a CSRF token', async () => {
    const mutual = await newMutual(ctx);
    const user = await newUser(ctx, 'coordinator', { mutualId: mutual.id });
    const client = await login(ctx, user.email.toUpperCase());
    const res = await client.get('/api/auth/me');
    assert.equal(res.status, 200);
    const me = await res.json();
    assert.equal(me.role, 'coordinator');
    assert.equal(me.mutualId, mutual.id);
    assert.ok(me.csrfToken.length > 20);
  });

  it('given a wrong password, then 401 invalid_credentials as problem+json', async () => {
    const user = await newUser(ctx, 'platform_admin');
    const res = await anonymous(ctx).post('/api/auth/login', { email: user.email, password: `${TEST_PASSWORD}x` });
    assert.equal(res.status, 401);
    assert.equal(res.headers.get('content-type'), 'application/problem+json');
    assert.equal((await res.json()).code, 'invalid_credentials');
  });

  it('given a malformed body, then 400 naming the field', async () => {
    const res = await anonymous(ctx).post('/api/auth/login', { email: 'not-an-email' });
    assert.equal(res.status, 400);
    const body = await res.json();
    assert.equal(body.code, 'validation_failed');
    assert.deepEqual(body.errors.map((e: { field: string }) => e.field).sort(), ['email', 'password']);
  });

  it('given broken JSON, then 400 malformed_request, never 500', async () => {
    const res = await anonymous(ctx).request('POST', '/api/auth/login', '{"email":', {
      'content-type': 'application/json',
    });
    assert.equal(res.status, 400);
  });

  it('given no session, then /api/auth/me is 401', async () => {
    const res = await anonymous(ctx).get('/api/auth/me');
    assert.equal(res.status, 401);
  });

  it('given a write without the CSRF header, then 403 csrf_failed', async () => {
    const user = await newUser(ctx, 'platform_admin');
    const client = await login(ctx, user.email);
    const res = await client.request('POST', '/api/auth/logout', undefined, { 'x-csrf-token': 'wrong' });
    assert.equal(res.status, 403);
    assert.equal((await res.json()).code, 'csrf_failed');
  });

  it('given a session in use, then its 12 hours slide with each request on the app clock; 12 idle hours end it', async () => {
    const user = await newUser(ctx, 'platform_admin');
    const at = (hours: number) => new Date(Date.parse('2026-11-20T15:00:00Z') + hours * 3_600_000);
    try {
      ctx.setNow(at(0));
      const client = await login(ctx, user.email);
      ctx.setNow(at(11));
      assert.equal((await client.get('/api/auth/me')).status, 200);
      ctx.setNow(at(22)); // 22 h after login, 11 h after the last request
      assert.equal((await client.get('/api/auth/me')).status, 200);
      ctx.setNow(at(34.5)); // 12.5 h idle
      assert.equal((await client.get('/api/auth/me')).status, 401);
    } finally {
      ctx.setNow(at(0));
    }
  });

  it('given a logout, then the session no longer works', async () => {
    const user = await newUser(ctx, 'platform_admin');
    const client = await login(ctx, user.email);
    assert.equal((await client.post('/api/auth/logout')).status, 204);
    assert.equal((await client.get('/api/auth/me')).status, 401);
  });

  it('serves the OpenAPI document with x-access on every operation, and the health check', async () => {
    const doc = await (await anonymous(ctx).get('/api/openapi.json')).json();
    assert.equal(doc.openapi, '3.1.0');
    for (const [p, ops] of Object.entries(doc.paths as Record<string, Record<string, { 'x-access'?: string[] }>>)) {
      for (const [m, op] of Object.entries(ops)) assert.ok(op['x-access']?.length, `${m} ${p} declares no access`);
    }
    const health = await anonymous(ctx).get('/api/health');
    assert.equal(health.status, 200);
    assert.equal((await anonymous(ctx).get('/api/nothing-here')).status, 404);
  });
});
