import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, loginAs, newMutual, newProvider, type TestContext } from './harness.ts';

describe('providers API', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given a coordinator, when it adds and edits a provider, then regions and contacts are kept; a trainer sees only its own', async () => {
    const mutual = await newMutual(ctx);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const res = await client.post('/api/providers', {
      name: 'Cégep régional',
      kind: 'recognised_institution',
      accreditationNumber: 'MEQ-123',
      regions: ['14', '15'],
      contacts: [{ name: 'Luc Roy', email: 'luc@cegep.test', role: 'Conseiller' }],
    });
    assert.equal(res.status, 201);
    const provider = await res.json();
    assert.deepEqual(provider.regions, ['14', '15']);
    const patched = await (
      await client.patch(`/api/providers/${provider.id}`, { website: 'https://cegep.test', active: false })
    ).json();
    assert.equal(patched.website, 'https://cegep.test');
    assert.equal(patched.contacts[0].name, 'Luc Roy');
    const other = await newProvider(ctx, mutual.id);
    const { client: trainer } = await loginAs(ctx, 'trainer', { mutualId: mutual.id, providerId: other.id });
    const seen = (await (await trainer.get('/api/providers')).json()).items.map((p: { id: string }) => p.id);
    assert.deepEqual(seen, [other.id]);
    assert.equal((await trainer.get(`/api/providers/${provider.id}`)).status, 404);
  });

  it('given a bad kind or region, then 400 names the field', async () => {
    const mutual = await newMutual(ctx);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const res = await client.post('/api/providers', { name: 'X', kind: 'guru', regions: ['99'] });
    assert.equal(res.status, 400);
    const fields = (await res.json()).errors.map((e: { field: string }) => e.field);
    assert.ok(fields.includes('kind') && fields.includes('regions.0'), fields.join());
  });
});
