import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
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
    const res = await first.post('/api/auth/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'another long passphrase 42' });
    assert.ok(res.status < 300, `password change answered ${res.status}`);
    assert.equal((await second.get('/api/auth/me')).status, 401);
    assert.equal((await first.get('/api/auth/me')).status, 401, 'the old cookie of the session that changed it ends too');
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
