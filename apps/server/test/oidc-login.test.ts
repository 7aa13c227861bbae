import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import Provider from 'oidc-provider';
import { assertIssuerAllowed, clientSecretKey } from '../src/accounts/oidc-client.ts';
import { openSecret } from '../src/accounts/secret-box.ts';
import { AppError } from '../src/errors.ts';
import { anonymous, createTestContext, login, loginAs, newMutual, newUser, type TestContext } from './harness.ts';

// Single sign-on against a real OpenID provider (oidc-provider) started here on 127.0.0.1: the test
// plays the browser, following every redirect between the app and the provider and filling the
// provider's development login form with the e-mail to sign in as.

const PUBLIC_URL = 'http://localhost:3000';
const CALLBACK = `${PUBLIC_URL}/api/auth/oidc/callback`;

/** The provider: any login name is an account whose e-mail is that name, verified unless it starts with "unverified". */
async function startProvider(): Promise<{ issuer: string; server: Server; discoveries: () => number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = (id: string) => ({
    client_id: id,
    client_secret: `${id}-secret`,
    redirect_uris: [CALLBACK],
    response_types: ['code'] as const,
    grant_types: ['authorization_code'],
  });
  const provider = new Provider(issuer, {
    clients: [client('mutual-a'), client('mutual-b')],
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id, email_verified: !id.startsWith('unverified') }),
    }),
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['oidc-test-cookie-key'] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
  });
  const callback = provider.callback();
  let discoveries = 0;
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/.well-known/openid-configuration')) discoveries++;
    callback(req, res);
  });
  return { issuer, server, discoveries: () => discoveries };
}

describe('single sign-on with OpenID Connect', () => {
  let ctx: TestContext;
  let issuer: string;
  let server: Server;
  let discoveries: () => number;

  before(async () => {
    ({ issuer, server, discoveries } = await startProvider());
    ctx = await createTestContext({ PUBLIC_URL });
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await ctx.close();
  });

  /** A mutual whose coordinator enables its provider (client `clientId`) through the API. */
  async function mutualWithSso(clientId: 'mutual-a' | 'mutual-b', extra: { requireEmailVerified?: boolean } = {}) {
    const mutual = await newMutual(ctx);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const res = await client.put('/api/auth/sso/settings', {
      providerName: 'Fournisseur test',
      issuer,
      clientId,
      clientSecret: `${clientId}-secret`,
      enabled: true,
      ...extra,
    });
    assert.equal(res.status, 200, await res.clone().text());
    return { mutual, coordinator: client };
  }

  /**
   * Plays the browser from the app's start of a single sign-on to the app's callback, signing in at the
   * provider as `email`. Answers the app's callback response and the callback address it was sent to.
   */
  async function signIn(mutualSlug: string, email: string) {
    const start = await anonymous(ctx).get(`/api/auth/oidc/${mutualSlug}/start`);
    assert.equal(start.status, 302, await start.clone().text());
    const jar = new Map<string, string>();
    let location = start.headers.get('location') ?? '';
    let pending: { method: 'GET' | 'POST'; body?: URLSearchParams } = { method: 'GET' };
    for (let hop = 0; hop < 20; hop++) {
      if (location.startsWith(PUBLIC_URL)) {
        const url = new URL(location);
        return { callback: await ctx.app.request(url.pathname + url.search), callbackUrl: url.pathname + url.search };
      }
      assert.ok(location.startsWith(issuer), `unexpected redirect to ${location}`);
      const res = await fetch(location, {
        method: pending.method,
        body: pending.body,
        redirect: 'manual',
        headers: {
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
          ...(pending.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
      });
      for (const cookie of res.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const at = pair.indexOf('=');
        jar.set(pair.slice(0, at), pair.slice(at + 1));
      }
      if (res.status >= 300 && res.status < 400) {
        location = new URL(res.headers.get('location') ?? '', location).toString();
        pending = { method: 'GET' };
        continue;
      }
      const html = await res.text();
      assert.equal(res.status, 200, html);
      // the development login form (prompt=login), then the consent form (prompt=consent)
      const action = /action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      assert.ok(action && prompt, `no form in ${html.slice(0, 300)}`);
      location = new URL(action, location).toString();
      pending = {
        method: 'POST',
        body: new URLSearchParams(prompt === 'login' ? { prompt, login: email, password: 'any' } : { prompt }),
      };
    }
    throw new Error('too many redirects');
  }

  const sessionCookie = (res: Response) =>
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c.startsWith('mutualis_session='));

  const refusal = (res: Response) => {
    assert.equal(res.status, 302);
    assert.equal(sessionCookie(res), undefined);
    const url = new URL(res.headers.get('location') ?? '');
    assert.equal(url.pathname, '/login');
    return url.searchParams.get('ssoError');
  };

  it('given a client secret entered by the coordinator, then the database keeps it sealed, and log-ins read the provider discovery once per setting', async () => {
    const { mutual, coordinator } = await mutualWithSso('mutual-a');
    const stored = await ctx.deps.db
      .selectFrom('mutual_sso')
      .select('client_secret')
      .where('mutual_id', '=', mutual.id)
      .executeTakeFirstOrThrow();
    assert.ok(stored.client_secret?.startsWith('v1.'), 'sealed');
    assert.ok(!stored.client_secret?.includes('mutual-a-secret'), 'not in clear');
    const user = await newUser(ctx, 'coordinator', { mutualId: mutual.id });
    const before = discoveries();
    for (let i = 0; i < 2; i++) {
      const { callback } = await signIn(mutual.slug, user.email);
      assert.ok(sessionCookie(callback), 'signed in with the sealed secret');
    }
    assert.equal(discoveries() - before, 1, 'two log-ins (start and callback each) read the discovery once');
    const changed = await coordinator.put('/api/auth/sso/settings', {
      providerName: 'Fournisseur test',
      issuer,
      clientId: 'mutual-a',
      clientSecret: 'mutual-a-secret',
      enabled: true,
    });
    assert.equal(changed.status, 200);
    const { callback } = await signIn(mutual.slug, user.email);
    assert.ok(sessionCookie(callback));
    assert.equal(discoveries() - before, 2, 'a new setting is discovered again');
  });

  it('given an enabled provider, when an active account of the mutual signs in there, then a session opens as with a password, audited with its method', async () => {
    const { mutual } = await mutualWithSso('mutual-a');
    const user = await newUser(ctx, 'board_viewer', { mutualId: mutual.id });
    const { callback } = await signIn(mutual.slug, user.email.toUpperCase());
    assert.equal(callback.status, 302);
    assert.equal(callback.headers.get('location'), `${PUBLIC_URL}/`);
    const cookie = sessionCookie(callback);
    assert.ok(cookie, 'a session cookie');
    assert.match(callback.headers.getSetCookie().join(), /HttpOnly/i);
    const me = await ctx.app.request('/api/auth/me', { headers: { cookie } });
    assert.equal(me.status, 200);
    const body = await me.json();
    assert.equal(body.userId, user.id);
    // a write with the session's CSRF token works: the session is a full one
    const logout = await ctx.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': body.csrfToken },
    });
    assert.equal(logout.status, 204);
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['change'])
      .where('action', '=', 'login')
      .where('entity_id', '=', user.id)
      .execute();
    assert.deepEqual(
      audit.map((a) => (typeof a.change === 'string' ? JSON.parse(a.change) : a.change)),
      [{ method: 'oidc' }],
    );
    // the local password keeps working
    const client = await login(ctx, user.email);
    assert.equal((await client.get('/api/auth/me')).status, 200);
  });

  it('given an e-mail without an account, a deactivated account or an unverified e-mail, then back to the login page with the reason and no session', async () => {
    const { mutual } = await mutualWithSso('mutual-a');
    const unknown = await signIn(mutual.slug, 'nobody-here@example.test');
    assert.equal(refusal(unknown.callback), 'sso_unknown_account');
    assert.equal(new URL(unknown.callback.headers.get('location') ?? '').searchParams.get('mutual'), mutual.slug);

    const inactive = await newUser(ctx, 'coordinator', { mutualId: mutual.id });
    await ctx.deps.db.updateTable('app_user').set({ active: false }).where('id', '=', inactive.id).execute();
    assert.equal(refusal((await signIn(mutual.slug, inactive.email)).callback), 'sso_account_inactive');

    const unverified = await newUser(
      ctx,
      'coordinator',
      { mutualId: mutual.id },
      { email: 'unverified-a@example.test' },
    );
    assert.equal(refusal((await signIn(mutual.slug, unverified.email)).callback), 'sso_email_not_verified');
  });

  it('given a mutual whose provider does not send email_verified, then its e-mails are taken as they come', async () => {
    const { mutual } = await mutualWithSso('mutual-a', { requireEmailVerified: false });
    const user = await newUser(ctx, 'coordinator', { mutualId: mutual.id }, { email: 'unverified-b@example.test' });
    const { callback } = await signIn(mutual.slug, user.email);
    assert.ok(sessionCookie(callback));
  });

  it("given another mutual's provider, when an account of this mutual signs in there, then it is refused", async () => {
    const a = await mutualWithSso('mutual-a');
    const b = await mutualWithSso('mutual-b');
    const userOfA = await newUser(ctx, 'coordinator', { mutualId: a.mutual.id });
    assert.equal(refusal((await signIn(b.mutual.slug, userOfA.email)).callback), 'sso_unknown_account');
  });

  it('given a wrong state or a replayed callback, then it is refused', async () => {
    const { mutual } = await mutualWithSso('mutual-a');
    assert.equal(refusal(await anonymous(ctx).get('/api/auth/oidc/callback?state=forged&code=x')), 'sso_failed');
    assert.equal(refusal(await anonymous(ctx).get('/api/auth/oidc/callback')), 'sso_failed');
    const user = await newUser(ctx, 'coordinator', { mutualId: mutual.id });
    const { callback, callbackUrl } = await signIn(mutual.slug, user.email);
    assert.ok(sessionCookie(callback));
    // the state served once: its row is gone (the provider would also refuse the code a second time)
    const state = new URL(callbackUrl, PUBLIC_URL).searchParams.get('state') ?? '';
    const left = await ctx.deps.db
      .selectFrom('oidc_login_attempt')
      .select('state')
      .where('state', '=', state)
      .execute();
    assert.deepEqual(left, []);
    assert.equal(refusal(await ctx.app.request(callbackUrl)), 'sso_failed');
  });

  it('given a provider that does not answer, then the start goes back to the login page with the reason, not a 5xx', async () => {
    const mutual = await newMutual(ctx);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const res = await client.put('/api/auth/sso/settings', {
      providerName: 'Idp',
      issuer: `http://127.0.0.1:${port}`,
      clientId: 'mutual-a',
      clientSecret: 'mutual-a-secret',
      enabled: true,
    });
    assert.equal(res.status, 200);
    assert.equal(refusal(await anonymous(ctx).get(`/api/auth/oidc/${mutual.slug}/start`)), 'sso_failed');
  });

  it('given a mutual without single sign-on or with it off, then the login page offers none and the start is 404', async () => {
    const none = await newMutual(ctx);
    assert.equal((await anonymous(ctx).get(`/api/auth/sso?mutual=${none.slug}`)).status, 404);
    assert.equal((await anonymous(ctx).get(`/api/auth/oidc/${none.slug}/start`)).status, 404);
    const { mutual, coordinator } = await mutualWithSso('mutual-a');
    const option = await anonymous(ctx).get(`/api/auth/sso?mutual=${mutual.slug}`);
    assert.deepEqual(await option.json(), {
      providerName: 'Fournisseur test',
      startUrl: `/api/auth/oidc/${mutual.slug}/start`,
    });
    const off = await coordinator.put('/api/auth/sso/settings', {
      providerName: 'Fournisseur test',
      issuer,
      clientId: 'mutual-a',
      enabled: false,
    });
    assert.equal(off.status, 200);
    assert.equal((await anonymous(ctx).get(`/api/auth/oidc/${mutual.slug}/start`)).status, 404);
    assert.equal((await anonymous(ctx).get(`/api/auth/sso?mutual=${mutual.id}`)).status, 404);
  });

  it('given the settings, then the secret is never returned, a left-out secret is kept, http is refused off loopback, and each change is audited', async () => {
    const { mutual, coordinator } = await mutualWithSso('mutual-a');
    const read = await (await coordinator.get('/api/auth/sso/settings')).json();
    assert.deepEqual(read, {
      configured: true,
      providerName: 'Fournisseur test',
      issuer,
      clientId: 'mutual-a',
      clientSecretSet: true,
      enabled: true,
      requireEmailVerified: true,
    });
    const text = await (await coordinator.get('/api/auth/sso/settings')).text();
    assert.ok(!text.includes('mutual-a-secret'));
    const kept = await coordinator.put('/api/auth/sso/settings', {
      providerName: 'Autre nom',
      issuer,
      clientId: 'mutual-a',
      enabled: true,
    });
    assert.equal((await kept.json()).clientSecretSet, true);
    const row = await ctx.deps.db
      .selectFrom('mutual_sso')
      .select('client_secret')
      .where('mutual_id', '=', mutual.id)
      .executeTakeFirstOrThrow();
    assert.equal(
      openSecret(row.client_secret ?? '', clientSecretKey(ctx.deps.config)),
      'mutual-a-secret',
      'the stored secret is kept (sealed)',
    );

    const plain = await coordinator.request(
      'PUT',
      '/api/auth/sso/settings',
      { providerName: 'Idp', issuer: 'http://idp.example.test', clientId: 'c', enabled: false },
      { 'accept-language': 'en' },
    );
    assert.equal(plain.status, 400);
    const problem = await plain.json();
    assert.deepEqual(
      problem.errors.map((e: { field: string }) => e.field),
      ['issuer'],
    );
    assert.match(problem.errors[0].message, /https/);

    const fresh = await newMutual(ctx);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: fresh.id });
    const noSecret = await client.put('/api/auth/sso/settings', {
      providerName: 'Idp',
      issuer,
      clientId: 'c',
      enabled: true,
    });
    assert.equal(noSecret.status, 400);
    assert.equal((await noSecret.json()).errors[0].field, 'clientSecret');
    assert.equal((await (await client.get('/api/auth/sso/settings')).json()).configured, false);

    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['change'])
      .where('action', '=', 'sso.set')
      .where('mutual_id', '=', mutual.id)
      .execute();
    assert.equal(audit.length, 2);
    assert.ok(!JSON.stringify(audit).includes('mutual-a-secret'));
  });

  it('given the platform administrator, then it sets the mutual it names; a coordinator naming another mutual still sets only its own', async () => {
    const mutual = await newMutual(ctx);
    const other = await newMutual(ctx);
    const { client: admin } = await loginAs(ctx, 'platform_admin');
    const body = { providerName: 'Idp', issuer, clientId: 'mutual-a', clientSecret: 'mutual-a-secret', enabled: true };
    const none = await admin.put('/api/auth/sso/settings', body);
    assert.equal(none.status, 400);
    assert.equal((await none.json()).errors[0].field, 'mutualId');
    assert.equal(
      (await admin.put('/api/auth/sso/settings?mutualId=00000000-0000-4000-8000-000000000000', body)).status,
      404,
    );
    assert.equal((await admin.put(`/api/auth/sso/settings?mutualId=${mutual.id}`, body)).status, 200);
    assert.equal((await (await admin.get(`/api/auth/sso/settings?mutualId=${mutual.id}`)).json()).enabled, true);
    assert.equal((await anonymous(ctx).get(`/api/auth/sso?mutual=${mutual.slug}`)).status, 200);

    const { client: coordinator } = await loginAs(ctx, 'coordinator', { mutualId: other.id });
    const res = await coordinator.put(`/api/auth/sso/settings?mutualId=${mutual.id}`, { ...body, enabled: false });
    assert.equal(res.status, 200);
    assert.equal((await (await admin.get(`/api/auth/sso/settings?mutualId=${mutual.id}`)).json()).enabled, true);
    assert.equal((await (await admin.get(`/api/auth/sso/settings?mutualId=${other.id}`)).json()).configured, true);
  });

  it('given production, then http is refused even on loopback; https is always taken', () => {
    assert.throws(
      () => assertIssuerAllowed('http://127.0.0.1:8080', { NODE_ENV: 'production' }),
      (e: unknown) => e instanceof AppError && e.fields[0]?.field === 'issuer',
    );
    assert.doesNotThrow(() => assertIssuerAllowed('http://localhost:8080', { NODE_ENV: 'test' }));
    assert.doesNotThrow(() => assertIssuerAllowed('https://login.example.test', { NODE_ENV: 'production' }));
  });
});
