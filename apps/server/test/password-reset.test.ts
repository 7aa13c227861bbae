import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { anonymous, createTestContext, login, newMutual, newUser, TEST_PASSWORD, type TestContext } from './harness.ts';
import { outboxFor, tokenFromMail } from './mail-helpers.ts';

const NEW_PASSWORD = 'another long passphrase';

describe('password reset', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext({ TRUST_PROXY: 'true' });
  });
  after(() => ctx.close());

  it('given an unknown e-mail, then 202 all the same and no e-mail is queued', async () => {
    const res = await anonymous(ctx).post('/api/auth/password-reset', { email: 'nobody-here@example.test' });
    assert.equal(res.status, 202);
    assert.equal((await outboxFor(ctx, 'nobody-here@example.test')).length, 0);
  });

  it("given an account, when a reset is asked and confirmed, then the link names the account's language, the new password works, the old does not, and every session ended", async () => {
    const mutual = await newMutual(ctx);
    const user = await newUser(ctx, 'coordinator', { mutualId: mutual.id }, { locale: 'en' });
    const session = await login(ctx, user.email);
    const asked = await anonymous(ctx).post('/api/auth/password-reset', { email: user.email.toUpperCase() });
    assert.equal(asked.status, 202);
    const [mail] = await outboxFor(ctx, user.email);
    assert.equal(mail.subject, 'Reset your Mutualis password');
    assert.match(mail.text_body, /expires in 60 minutes/);
    assert.match(mail.text_body, /\/reset-password\?token=[A-Za-z0-9_%-]+&lang=en\b/);
    const token = await tokenFromMail(ctx, user.email, 'reset-password');

    const confirmed = await anonymous(ctx).post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    assert.equal(confirmed.status, 204);
    assert.equal((await session.get('/api/auth/me')).status, 401, 'the old session ended');
    assert.ok(await login(ctx, user.email, NEW_PASSWORD));
    await assert.rejects(login(ctx, user.email, TEST_PASSWORD));

    const reused = await anonymous(ctx).post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    assert.equal(reused.status, 400);
    assert.equal((await reused.json()).code, 'token_invalid');
  });

  it('given a reset link older than one hour, then it is refused', async () => {
    const user = await newUser(ctx, 'platform_admin');
    await anonymous(ctx).post('/api/auth/password-reset', { email: user.email });
    const [mail] = await outboxFor(ctx, user.email);
    assert.match(mail.subject, /Réinitialisez/, 'French by default');
    const token = await tokenFromMail(ctx, user.email, 'reset-password');
    ctx.setNow('2026-11-20T16:00:01Z');
    const res = await anonymous(ctx).post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    ctx.setNow('2026-11-20T15:00:00Z');
    assert.equal(res.status, 400);
    assert.equal((await res.json()).code, 'token_invalid');
  });

  it('given a deactivated account, then no reset e-mail is sent', async () => {
    const user = await newUser(ctx, 'platform_admin');
    await ctx.deps.db.updateTable('app_user').set({ active: false }).where('id', '=', user.id).execute();
    assert.equal((await anonymous(ctx).post('/api/auth/password-reset', { email: user.email })).status, 202);
    assert.equal((await outboxFor(ctx, user.email)).length, 0);
  });

  it('given 3 reset requests for one e-mail within the hour, then the 4th answers 429 with Retry-After', async () => {
    const user = await newUser(ctx, 'platform_admin');
    for (let i = 0; i < 3; i++)
      assert.equal((await anonymous(ctx).post('/api/auth/password-reset', { email: user.email })).status, 202);
    const res = await anonymous(ctx).post('/api/auth/password-reset', { email: user.email });
    assert.equal(res.status, 429);
    assert.ok(Number(res.headers.get('retry-after')) > 0);
    assert.equal((await outboxFor(ctx, user.email)).length, 3);
  });

  it('given 20 invalid tokens from one address, then the next attempt from it answers 429', async () => {
    const guess = (token: string, ip: string) =>
      anonymous(ctx).request(
        'POST',
        '/api/auth/password-reset/confirm',
        { token, password: NEW_PASSWORD },
        { 'x-forwarded-for': ip },
      );
    for (let i = 0; i < 20; i++) assert.equal((await guess(`guessed-token-${i}`, '203.0.113.9')).status, 400);
    assert.equal((await guess('guessed-token-x', '203.0.113.9')).status, 429);
    assert.equal((await guess('guessed-token-x', '203.0.113.10')).status, 400);
  });

  it('given a malformed e-mail, then 400 naming the email field', async () => {
    const res = await anonymous(ctx).post('/api/auth/password-reset', { email: 'not-an-email' });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].field, 'email');
  });
});
