import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { STARTER_TOPICS } from '@mutualis/domain/topics/index';
import { installStarterTopics } from '../src/topics/index.ts';
import { createTestContext, loginAs, newMember, newMutual, type TestContext } from './harness.ts';

describe('topics API', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given a new mutual, when the starter list is installed twice, then it has every starter topic once', async () => {
    const mutual = await newMutual(ctx);
    assert.equal(await installStarterTopics(ctx.deps.db, mutual.id), STARTER_TOPICS.length);
    assert.equal(await installStarterTopics(ctx.deps.db, mutual.id), 0);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const list = await (await client.get('/api/topics?pageSize=500')).json();
    assert.equal(list.items.length, STARTER_TOPICS.length);
    assert.equal(list.total, STARTER_TOPICS.length);
    const forklift = list.items.find((t: { code: string }) => t.code === 'health-safety.forklift');
    const parent = list.items.find((t: { code: string }) => t.code === 'health-safety');
    assert.equal(forklift.parentId, parent.id);
    const again = await (await client.post('/api/topics/starter')).json();
    assert.deepEqual(again, { added: 0, total: STARTER_TOPICS.length });
  });

  it('given a coordinator, when it adds, renames and retires a topic, then members no longer see it but it can be restored', async () => {
    const mutual = await newMutual(ctx);
    await installStarterTopics(ctx.deps.db, mutual.id);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const member = await newMember(ctx, mutual.id);
    const { client: contact } = await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: member.id });
    const parent = (await (await client.get('/api/topics?pageSize=500')).json()).items.find(
      (t: { code: string }) => t.code === 'trades',
    );
    const res = await client.post('/api/topics', {
      parentId: parent.id,
      nameFr: 'Soudage TIG',
      nameEn: 'TIG welding',
      nocCodes: ['72106'],
    });
    assert.equal(res.status, 201);
    const topic = await res.json();
    assert.equal(topic.code, 'trades.tig-welding');
    assert.equal((await client.patch(`/api/topics/${topic.id}`, { nameFr: 'Soudage TIG avancé' })).status, 200);
    assert.equal((await client.post(`/api/topics/${topic.id}/retire`)).status, 200);
    const seen = (await (await contact.get('/api/topics?pageSize=500')).json()).items.map((t: { id: string }) => t.id);
    assert.ok(!seen.includes(topic.id));
    const all = (await (await client.get('/api/topics?includeRetired=true&pageSize=500')).json()).items.find(
      (t: { id: string }) => t.id === topic.id,
    );
    assert.equal(all.retired, true);
    assert.equal(all.nameFr, 'Soudage TIG avancé');
    assert.equal((await (await client.post(`/api/topics/${topic.id}/restore`)).json()).retired, false);
  });

  it('given the starter topics, when they are read 50 at a time, then the pages split them in tree order', async () => {
    const mutual = await newMutual(ctx);
    await installStarterTopics(ctx.deps.db, mutual.id);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const first = await (await client.get('/api/topics')).json();
    const second = await (await client.get('/api/topics?page=2')).json();
    const all = await (await client.get('/api/topics?pageSize=500')).json();
    assert.deepEqual([first.items.length, first.total, first.page, first.pageSize], [50, STARTER_TOPICS.length, 1, 50]);
    assert.equal(second.items.length, STARTER_TOPICS.length - 50);
    assert.deepEqual(
      [...first.items, ...second.items].map((t: { id: string }) => t.id),
      all.items.map((t: { id: string }) => t.id),
    );
    assert.equal((await client.get('/api/topics?pageSize=501')).status, 400);
  });

  it('given bad input, then the answer is 4xx naming the field', async () => {
    const mutual = await newMutual(ctx);
    await installStarterTopics(ctx.deps.db, mutual.id);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const missing = await client.post('/api/topics', { nameFr: 'Sans anglais' });
    assert.equal(missing.status, 400);
    assert.ok((await missing.json()).errors.some((e: { field: string }) => e.field === 'nameEn'));
    const dup = await client.post('/api/topics', { code: 'hr', nameFr: 'RH', nameEn: 'HR' });
    assert.equal(dup.status, 409);
    const topics = (await (await client.get('/api/topics?pageSize=500')).json()).items;
    const hr = topics.find((t: { code: string }) => t.code === 'hr');
    const child = topics.find((t: { code: string }) => t.code === 'hr.recruitment');
    const cycle = await client.patch(`/api/topics/${hr.id}`, { parentId: child.id });
    assert.equal(cycle.status, 400);
    assert.equal((await cycle.json()).errors[0].field, 'parentId');
  });
});
