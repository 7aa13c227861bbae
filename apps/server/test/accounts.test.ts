import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createTestContext,
  login,
  loginAs,
  newMember,
  newMutual,
  newUser,
  TEST_PASSWORD,
  type TestContext,
} from './harness.ts';

describe('accounts: my profile and password', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given a member contact, when it changes its name and language, then /api/auth/me shows them', async () => {
    const mutual = await newMutual(ctx);
    const member = await newMember(ctx, mutual.id);
    const { client } = await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: member.id });
    const res = await client.patch('/api/auth/me', { displayName: 'Marc Roy', locale: 'en' });
    assert.equal(res.status, 200);
    assert.equal((await res.json()).locale, 'en');
    const me = await (await client.get('/api/auth/me')).json();
    assert.equal(me.displayName, 'Marc Roy');
    assert.equal(me.locale, 'en');
  });

  it('given an unsupported language, then 400 naming locale', async () => {
    const { client } = await loginAs(ctx, 'platform_admin');
    const res = await client.patch('/api/auth/me', { locale: 'de' });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].field, 'locale');
  });

  it('given a wrong current password, then 400 naming currentPassword and the password is unchanged', async () => {
    const { client, user } = await loginAs(ctx, 'platform_admin');
    const res = await client.post('/api/auth/me/password', {
      currentPassword: 'not it',
      newPassword: 'a new long passphrase',
    });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].field, 'currentPassword');
    assert.ok(await login(ctx, user.email, TEST_PASSWORD));
  });

  it('given the right current password, then the new one works and other sessions end, this one is renewed', async () => {
    const { client, user } = await loginAs(ctx, 'platform_admin');
    const other = await login(ctx, user.email);
    const res = await client.post('/api/auth/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a new long passphrase',
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('set-cookie') ?? '', /mutualis_session=.*HttpOnly/);
    assert.equal((await other.get('/api/auth/me')).status, 401);
    assert.ok(await login(ctx, user.email, 'a new long passphrase'));
  });
});

describe('accounts: coordinators and the platform administrator manage accounts', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it("given two mutuals, then a coordinator lists only its mutual's accounts, and searches by name or e-mail", async () => {
    const mutual = await newMutual(ctx);
    const other = await newMutual(ctx);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    await newUser(
      ctx,
      'board_viewer',
      { mutualId: mutual.id },
      { display_name: 'Hélène Bouchard', email: 'helene@example.test' },
    );
    const foreign = await newUser(ctx, 'board_viewer', { mutualId: other.id }, { display_name: 'Hélène Autre' });
    const all = await (await client.get('/api/users')).json();
    assert.equal(all.total, 2);
    assert.ok(all.items.every((u: { mutualId: string }) => u.mutualId === mutual.id));
    const found = await (await client.get('/api/users?q=BOUCH')).json();
    assert.deepEqual(
      found.items.map((u: { email: string }) => u.email),
      ['helene@example.test'],
    );
    const sneaky = await (await client.get(`/api/users?mutualId=${other.id}`)).json();
    assert.ok(!sneaky.items.some((u: { id: string }) => u.id === foreign.id), 'a coordinator cannot widen its scope');
    assert.equal((await client.get(`/api/users/${foreign.id}`)).status, 404);
  });

  it('given the platform administrator, then it sees every mutual and can filter one', async () => {
    const mutual = await newMutual(ctx);
    const u = await newUser(ctx, 'coordinator', { mutualId: mutual.id });
    const { client } = await loginAs(ctx, 'platform_admin');
    const page = await (await client.get(`/api/users?mutualId=${mutual.id}`)).json();
    assert.deepEqual(
      page.items.map((x: { id: string }) => x.id),
      [u.id],
    );
    const all = await (await client.get('/api/users?pageSize=200')).json();
    assert.ok(all.total >= 3);
  });

  it('given accounts across pages, then each page holds the next ones by name (then id) with their mutual and firm, and the total counts every match', async () => {
    const mutual = await newMutual(ctx);
    const member = await newMember(ctx, mutual.id, { legal_name: 'Usinage Dubé' });
    const names = ['Zoé Roy', 'Anne Lavoie', 'Marc Roy', 'Anne Lavoie', 'Béatrice Côté'];
    const made = [];
    for (const [i, name] of names.entries())
      made.push(
        await newUser(
          ctx,
          i % 2 ? 'member_contact' : 'board_viewer',
          { mutualId: mutual.id, memberId: i % 2 ? member.id : null },
          { display_name: name },
        ),
      );
    const expected = made
      .map((u, i) => ({ id: u.id, name: names[i], member: i % 2 ? 'Usinage Dubé' : null }))
      .sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1));
    const { client } = await loginAs(ctx, 'platform_admin');
    const seen = [];
    for (const page of [1, 2, 3]) {
      const body = await (await client.get(`/api/users?mutualId=${mutual.id}&pageSize=2&page=${page}`)).json();
      assert.equal(body.total, 5);
      seen.push(
        ...body.items.map((u: { id: string; displayName: string; mutualName: string; memberName: string | null }) => ({
          id: u.id,
          name: u.displayName,
          member: u.memberName,
          mutual: u.mutualName,
        })),
      );
    }
    assert.deepEqual(
      seen,
      expected.map((e) => ({ ...e, mutual: mutual.name })),
    );
    const roys = await (await client.get(`/api/users?mutualId=${mutual.id}&q=roy&pageSize=1&page=2`)).json();
    assert.deepEqual([roys.total, roys.items.map((u: { displayName: string }) => u.displayName)], [2, ['Zoé Roy']]);
  });

  it('given a board viewer, when the coordinator makes it a member contact of a member, then its scope changes at once', async () => {
    const mutual = await newMutual(ctx);
    const member = await newMember(ctx, mutual.id);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const viewer = await newUser(ctx, 'board_viewer', { mutualId: mutual.id });
    const viewerSession = await login(ctx, viewer.email);
    const missing = await client.patch(`/api/users/${viewer.id}`, { role: 'member_contact' });
    assert.equal(missing.status, 400);
    assert.equal((await missing.json()).errors[0].field, 'memberId');
    const res = await client.patch(`/api/users/${viewer.id}`, { role: 'member_contact', memberId: member.id });
    assert.equal(res.status, 200);
    const updated = await res.json();
    assert.equal(updated.role, 'member_contact');
    assert.equal(updated.memberId, member.id);
    const me = await (await viewerSession.get('/api/auth/me')).json();
    assert.equal(me.role, 'member_contact');
    assert.equal(me.memberId, member.id);
  });

  it('given a coordinator, then it may not change its own role, nor deactivate itself', async () => {
    const mutual = await newMutual(ctx);
    const { client, user } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    assert.equal((await client.patch(`/api/users/${user.id}`, { role: 'board_viewer' })).status, 409);
    assert.equal((await client.post(`/api/users/${user.id}/deactivate`)).status, 409);
  });

  it('given a deactivated account, then its sessions end and it cannot log in until reactivated', async () => {
    const mutual = await newMutual(ctx);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const colleague = await newUser(ctx, 'coordinator', { mutualId: mutual.id });
    const session = await login(ctx, colleague.email);
    const res = await client.post(`/api/users/${colleague.id}/deactivate`);
    assert.equal(res.status, 200);
    assert.equal((await res.json()).status, 'deactivated');
    assert.equal((await session.get('/api/auth/me')).status, 401);
    await assert.rejects(login(ctx, colleague.email));
    const back = await client.post(`/api/users/${colleague.id}/reactivate`);
    assert.equal((await back.json()).status, 'active');
    assert.ok(await login(ctx, colleague.email));
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', colleague.id)
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action).filter((a) => a !== 'login'),
      ['deactivate', 'reactivate'],
    );
  });

  it('given the invited status filter, then only accounts without password are listed', async () => {
    const mutual = await newMutual(ctx);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    await client.post('/api/users', { email: 'pending@example.test', displayName: 'Pending', role: 'board_viewer' });
    const page = await (await client.get('/api/users?status=invited')).json();
    assert.deepEqual(
      page.items.map((u: { email: string }) => u.email),
      ['pending@example.test'],
    );
    assert.equal(page.items[0].invitationExpiresAt, '2026-11-27T15:00:00.000Z');
  });

  it('given a bad page size, then 400 naming the query field', async () => {
    const { client } = await loginAs(ctx, 'platform_admin');
    const res = await client.get('/api/users?pageSize=0');
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].field, 'query.pageSize');
  });
});
