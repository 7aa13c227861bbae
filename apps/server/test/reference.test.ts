import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { anonymous, createTestContext, type TestContext } from './harness.ts';

describe('GET /api/reference', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  // A PGlite database that never ran a query keeps the process alive after close(): run one.
  after(async () => {
    await anonymous(ctx).get('/api/health');
    await ctx.close();
  });

  it('answers without login with regions, SCIAN, NOC/TEER, education, size classes and statuses in both languages', async () => {
    const res = await anonymous(ctx).get('/api/reference');
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.regions.length, 17);
    assert.deepEqual(body.regions[16], { code: '17', fr: 'Centre-du-Québec', en: 'Centre-du-Québec' });
    assert.equal(body.scianSectors.find((s: { code: string }) => s.code === '31-33').en, 'Manufacturing');
    assert.equal(body.scianSubsectors.find((s: { code: string }) => s.code === '332').sector, '31-33');
    assert.equal(body.teerLevels.length, 6);
    assert.deepEqual(
      body.sizeClasses.map((s: { code: string }) => s.code),
      ['micro', 'small', 'medium', 'large'],
    );
    assert.deepEqual(body.memberStatuses.find((s: { code: string }) => s.code === 'lapsed').next, [
      'active',
      'withdrawn',
    ]);
    assert.ok(
      body.employeeImportColumns.some(
        (c: { field: string; fr: string }) => c.field === 'hire_date' && c.fr === "Date d'embauche",
      ),
    );
  });
});
