import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { anonymous, createTestContext, loginAs, type TestContext } from './harness.ts';

describe('security headers, cookies and CSRF', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given any answer, then it carries CSP, nosniff, frame protection and a referrer policy', async () => {
    for (const path of ['/api/health', '/api/nothing-here', '/api/auth/me']) {
      const res = await anonymous(ctx).get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, `${path}: no inline scripts`);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('x-frame-options'), 'SAMEORIGIN', path);
      assert.ok(res.headers.get('referrer-policy'), path);
    }
  });

  it('given a login, then the session cookie is HttpOnly, SameSite and scoped to the site; Secure behind HTTPS', async () => {
    const plain = await loginAs(ctx, 'platform_admin');
    assert.ok(plain.client);
    const res = await ctx.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: plain.user.email, password: 'correct horse battery staple' }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(cookie, /Path=\//);

    const https = await createTestContext({ PUBLIC_URL: 'https://mutualis.example.org' });
    try {
      const { user } = await loginAs(https, 'platform_admin');
      const secure = await https.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: 'correct horse battery staple' }),
      });
      assert.match(secure.headers.get('set-cookie') ?? '', /Secure/);
    } finally {
      await https.close();
    }
  });

  it('given a write without the right X-CSRF-Token, then 403 csrf_failed and nothing changes', async () => {
    const { client, user } = await loginAs(ctx, 'platform_admin', {}, { display_name: 'Before' });
    const missing = await client.request('PATCH', '/api/auth/me', { displayName: 'After' }, { 'x-csrf-token': '' });
    assert.equal(missing.status, 403);
    assert.equal((await missing.json()).code, 'csrf_failed');
    const wrong = await client.request(
      'POST',
      '/api/users',
      { email: 'csrf@example.test', displayName: 'X', role: 'platform_admin' },
      { 'x-csrf-token': 'forged' },
    );
    assert.equal(wrong.status, 403);
    const row = await ctx.deps.db
      .selectFrom('app_user')
      .select('display_name')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.display_name, 'Before');
    assert.equal(
      await ctx.deps.db.selectFrom('app_user').select('id').where('email', '=', 'csrf@example.test').executeTakeFirst(),
      undefined,
    );
  });
});
