import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, loginAs, newMember, newMutual, type TestContext } from './harness.ts';

describe('mutuals', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given the platform administrator, when it creates and edits a mutual, then the list shows it and the change is audited', async () => {
    const { client } = await loginAs(ctx, 'platform_admin');
    const res = await client.post('/api/mutuals', {
      name: 'Mutuelle de formation Estrie',
      slug: 'forma-estrie',
      kind: 'regional',
      regionCode: '05',
      minFirmsPerSession: 3,
    });
    assert.equal(res.status, 201);
    const created = await res.json();
    assert.equal(created.minFirmsPerSession, 3);
    assert.equal(created.regionCode, '05');
    const edited = await client.patch(`/api/mutuals/${created.id}`, { name: 'Forma Estrie', minFirmsPerSession: 4 });
    assert.equal(edited.status, 200);
    assert.equal((await edited.json()).minFirmsPerSession, 4);
    const list = await (await client.get('/api/mutuals')).json();
    assert.ok(list.items.some((m: { id: string; name: string }) => m.id === created.id && m.name === 'Forma Estrie'));
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['action', 'change'])
      .where('entity_id', '=', created.id)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['create', 'update'],
    );
    assert.deepEqual((audit[1].change as { after: unknown }).after, { name: 'Forma Estrie', minFirmsPerSession: 4 });
  });

  it('given several mutuals, when the platform administrator lists them a page at a time, then the pages hold them all once, in one order, with the total', async () => {
    for (let i = 0; i < 3; i++) await newMutual(ctx);
    const { client } = await loginAs(ctx, 'platform_admin');
    const first = await (await client.get('/api/mutuals?pageSize=2')).json();
    assert.equal(first.page, 1);
    assert.equal(first.pageSize, 2);
    assert.equal(first.items.length, 2);
    assert.ok(first.total >= 3);
    const all = await (await client.get('/api/mutuals?pageSize=500')).json();
    assert.equal(all.items.length, all.total);
    const pages: string[] = [];
    for (let page = 1; page <= Math.ceil(all.total / 2); page++) {
      pages.push(
        ...(await (await client.get(`/api/mutuals?pageSize=2&page=${page}`)).json()).items.map(
          (m: { id: string }) => m.id,
        ),
      );
    }
    assert.deepEqual(
      pages,
      all.items.map((m: { id: string }) => m.id),
    );
    assert.equal((await client.get('/api/mutuals?pageSize=501')).status, 400);
  });

  it('given a slug already used, then 409 naming slug; given a bad slug or kind, then 400 naming them', async () => {
    const existing = await newMutual(ctx);
    const { client } = await loginAs(ctx, 'platform_admin');
    const dup = await client.post('/api/mutuals', { name: 'Dup', slug: existing.slug, kind: 'regional' });
    assert.equal(dup.status, 409);
    assert.equal((await dup.json()).errors[0].field, 'slug');
    const bad = await client.post('/api/mutuals', { name: 'Bad', slug: 'Not A Slug', kind: 'imaginary' });
    assert.equal(bad.status, 400);
    assert.deepEqual((await bad.json()).errors.map((e: { field: string }) => e.field).sort(), ['kind', 'slug']);
  });

  it('given a coordinator and a board viewer, then they read their own mutual only; a member contact not at all', async () => {
    const mine = await newMutual(ctx);
    const other = await newMutual(ctx);
    const member = await newMember(ctx, mine.id);
    for (const role of ['coordinator', 'board_viewer'] as const) {
      const { client } = await loginAs(ctx, role, { mutualId: mine.id });
      const res = await client.get(`/api/mutuals/${mine.id}`);
      assert.equal(res.status, 200);
      assert.equal((await res.json()).slug, mine.slug);
      assert.equal((await client.get(`/api/mutuals/${other.id}`)).status, 404);
      assert.equal((await client.patch(`/api/mutuals/${mine.id}`, { name: 'Mine now' })).status, 403);
    }
    const { client } = await loginAs(ctx, 'member_contact', { mutualId: mine.id, memberId: member.id });
    assert.equal((await client.get(`/api/mutuals/${mine.id}`)).status, 403);
  });
});
