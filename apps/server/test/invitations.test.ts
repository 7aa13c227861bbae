import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  anonymous,
  createTestContext,
  login,
  loginAs,
  newMember,
  newMutual,
  newProvider,
  type TestContext,
} from './harness.ts';
import { outboxFor, tokenFromMail } from './mail-helpers.ts';

const NEW_PASSWORD = 'a brand new passphrase';

describe('invitations', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext({ PUBLIC_URL: 'https://mutualis.example.org' });
  });
  after(() => ctx.close());

  it('given a coordinator inviting a member contact, then the account is invited and an e-mail in the invitee language holds a 7-day link that names that language (the page opens before login)', async () => {
    const mutual = await newMutual(ctx, { name: 'Mutuelle Test Laurentides' });
    const member = await newMember(ctx, mutual.id);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id }, { display_name: 'Julie Gagnon' });
    const res = await client.post('/api/users', {
      email: 'Paul.Roy@Example.test',
      displayName: 'Paul Roy',
      role: 'member_contact',
      memberId: member.id,
      locale: 'en',
    });
    assert.equal(res.status, 201, await res.clone().text());
    const user = await res.json();
    assert.equal(user.status, 'invited');
    assert.equal(user.mutualId, mutual.id);
    assert.equal(user.memberId, member.id);
    assert.equal(user.memberName, member.legal_name);
    assert.equal(user.invitationExpiresAt, '2026-11-27T15:00:00.000Z');

    const [mail] = await outboxFor(ctx, 'Paul.Roy@Example.test');
    assert.equal(mail.status, 'pending');
    assert.equal(mail.mutual_id, mutual.id);
    assert.equal(mail.locale, 'en');
    assert.equal(mail.subject, 'Your Mutualis invitation for Mutuelle Test Laurentides');
    assert.match(mail.text_body, /Julie Gagnon invites you/);
    assert.match(mail.text_body, /https:\/\/mutualis\.example\.org\/invitation\?token=/);
    assert.match(mail.html_body ?? '', /<a href="https:\/\/mutualis\.example\.org\/invitation\?token=/);
    assert.match(mail.text_body, /\/invitation\?token=[A-Za-z0-9_%-]+&lang=en\b/);
    assert.match(mail.html_body ?? '', /\/invitation\?token=[A-Za-z0-9_%-]+&(amp;)?lang=en"/);

    const tokens = await ctx.deps.db.selectFrom('one_time_token').selectAll().where('user_id', '=', user.id).execute();
    const token = await tokenFromMail(ctx, 'Paul.Roy@Example.test', 'invitation');
    assert.equal(tokens.length, 1);
    assert.notEqual(tokens[0].token_hash, token, 'only the hash is stored');
  });

  it('given a French invitee, then the e-mail and its link are in French', async () => {
    const mutual = await newMutual(ctx, { name: 'Forma Lanaudière' });
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const res = await client.post('/api/users', {
      email: 'lise@example.test',
      displayName: 'Lise',
      role: 'board_viewer',
    });
    assert.equal(res.status, 201);
    const [mail] = await outboxFor(ctx, 'lise@example.test');
    assert.equal(mail.subject, 'Votre invitation à Mutualis pour Forma Lanaudière');
    assert.match(mail.text_body, /Activer mon compte/);
    assert.match(mail.text_body, /\/invitation\?token=[A-Za-z0-9_%-]+&lang=fr\b/);
  });

  it('given the invitation link, when the invitee accepts with a password, then it is logged in, and the link cannot be reused', async () => {
    const mutual = await newMutual(ctx);
    const provider = await newProvider(ctx, mutual.id);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    await client.post('/api/users', {
      email: 'trainer@example.test',
      displayName: 'T',
      role: 'trainer',
      providerId: provider.id,
    });
    const token = await tokenFromMail(ctx, 'trainer@example.test', 'invitation');

    const accepted = await anonymous(ctx).post('/api/auth/invitations/accept', {
      token,
      password: NEW_PASSWORD,
      displayName: 'Tom Trainer',
    });
    assert.equal(accepted.status, 200, await accepted.clone().text());
    const me = await accepted.json();
    assert.equal(me.role, 'trainer');
    assert.equal(me.providerId, provider.id);
    assert.equal(me.displayName, 'Tom Trainer');
    const cookie = accepted.headers.get('set-cookie') ?? '';
    assert.match(cookie, /mutualis_session=/);
    assert.match(cookie, /HttpOnly/);
    const meAgain = await anonymous(ctx).request('GET', '/api/auth/me', undefined, { cookie: cookie.split(';')[0] });
    assert.equal(meAgain.status, 200);

    const hash = (
      await ctx.deps.db
        .selectFrom('app_user')
        .select('password_hash')
        .where('email', '=', 'trainer@example.test')
        .executeTakeFirstOrThrow()
    ).password_hash;
    assert.match(hash ?? '', /^\$argon2id\$/);
    assert.ok(await login(ctx, 'trainer@example.test', NEW_PASSWORD));

    const reused = await anonymous(ctx).post('/api/auth/invitations/accept', { token, password: NEW_PASSWORD });
    assert.equal(reused.status, 400);
    assert.equal((await reused.json()).code, 'token_invalid');
  });

  it('given an invitation older than 7 days, then accepting answers token_invalid', async () => {
    const mutual = await newMutual(ctx);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    await client.post('/api/users', { email: 'late@example.test', displayName: 'Late', role: 'board_viewer' });
    const token = await tokenFromMail(ctx, 'late@example.test', 'invitation');
    ctx.setNow('2026-11-27T15:00:01Z');
    const res = await anonymous(ctx).post('/api/auth/invitations/accept', { token, password: NEW_PASSWORD });
    ctx.setNow('2026-11-20T15:00:00Z');
    assert.equal(res.status, 400);
    assert.equal((await res.json()).code, 'token_invalid');
  });

  it('given a short password, then 400 naming the password field', async () => {
    const res = await anonymous(ctx).post('/api/auth/invitations/accept', {
      token: 'whatever-token-value',
      password: 'short',
    });
    assert.equal(res.status, 400);
    assert.deepEqual(
      (await res.json()).errors.map((e: { field: string }) => e.field),
      ['password'],
    );
  });

  it('given a resent invitation, then only the new link works', async () => {
    const mutual = await newMutual(ctx);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const user = await (
      await client.post('/api/users', { email: 'resend@example.test', displayName: 'R', role: 'coordinator' })
    ).json();
    const first = await tokenFromMail(ctx, 'resend@example.test', 'invitation');
    const resent = await client.post(`/api/users/${user.id}/resend-invitation`);
    assert.equal(resent.status, 200);
    const second = await tokenFromMail(ctx, 'resend@example.test', 'invitation');
    assert.notEqual(first, second);
    assert.equal(
      (await anonymous(ctx).post('/api/auth/invitations/accept', { token: first, password: NEW_PASSWORD })).status,
      400,
    );
    assert.equal(
      (await anonymous(ctx).post('/api/auth/invitations/accept', { token: second, password: NEW_PASSWORD })).status,
      200,
    );
    const again = await client.post(`/api/users/${user.id}/resend-invitation`);
    assert.equal(again.status, 409, 'an activated account gets no invitation');
  });

  it('given a coordinator, then it may not invite a platform administrator, nor into another mutual, nor for a member of another mutual', async () => {
    const mutual = await newMutual(ctx);
    const other = await newMutual(ctx);
    const foreignMember = await newMember(ctx, other.id);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const admin = await client.post('/api/users', {
      email: 'x1@example.test',
      displayName: 'X',
      role: 'platform_admin',
    });
    assert.equal(admin.status, 403);
    const elsewhere = await client.post('/api/users', {
      email: 'x2@example.test',
      displayName: 'X',
      role: 'coordinator',
      mutualId: other.id,
    });
    assert.equal(elsewhere.status, 404);
    const member = await client.post('/api/users', {
      email: 'x3@example.test',
      displayName: 'X',
      role: 'member_contact',
      memberId: foreignMember.id,
    });
    assert.equal(member.status, 404);
    const noMember = await client.post('/api/users', {
      email: 'x4@example.test',
      displayName: 'X',
      role: 'member_contact',
    });
    assert.equal(noMember.status, 400);
    assert.equal((await noMember.json()).errors[0].field, 'memberId');
    assert.equal((await outboxFor(ctx, 'x3@example.test')).length, 0);
  });

  it('given an e-mail already used, then 409 naming the email field', async () => {
    const mutual = await newMutual(ctx);
    const { client, user } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const res = await client.post('/api/users', {
      email: user.email.toUpperCase(),
      displayName: 'Dup',
      role: 'board_viewer',
    });
    assert.equal(res.status, 409);
    assert.equal((await res.json()).errors[0].field, 'email');
  });

  it('given the platform administrator, when it creates a mutual and invites its first coordinator, then the invitation names the mutual', async () => {
    const { client } = await loginAs(ctx, 'platform_admin', {}, { display_name: 'Admin Mutualis' });
    const created = await client.post('/api/mutuals', {
      name: 'Mutuelle Nouvelle',
      slug: 'mutuelle-nouvelle',
      kind: 'sectoral',
    });
    assert.equal(created.status, 201);
    const mutual = await created.json();
    const noMutual = await client.post('/api/users', {
      email: 'first@example.test',
      displayName: 'First',
      role: 'coordinator',
    });
    assert.equal(noMutual.status, 400);
    assert.equal((await noMutual.json()).errors[0].field, 'mutualId');
    const res = await client.post('/api/users', {
      email: 'first@example.test',
      displayName: 'First',
      role: 'coordinator',
      mutualId: mutual.id,
    });
    assert.equal(res.status, 201);
    const [mail] = await outboxFor(ctx, 'first@example.test');
    assert.equal(mail.mutual_id, mutual.id);
    assert.match(
      mail.text_body,
      /Admin Mutualis vous invite à Mutualis pour Mutuelle Nouvelle, à titre de coordination/,
    );
  });

  it('given an invited account that is deactivated, then its link no longer works', async () => {
    const mutual = await newMutual(ctx);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const user = await (
      await client.post('/api/users', { email: 'gone@example.test', displayName: 'G', role: 'board_viewer' })
    ).json();
    const token = await tokenFromMail(ctx, 'gone@example.test', 'invitation');
    assert.equal((await client.post(`/api/users/${user.id}/deactivate`)).status, 200);
    const res = await anonymous(ctx).post('/api/auth/invitations/accept', { token, password: NEW_PASSWORD });
    assert.equal(res.status, 400);
  });
});
