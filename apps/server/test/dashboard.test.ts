import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, loginAs, newEmployee, newMember, newMutual, type TestContext } from './harness.ts';

describe('dashboard API', () => {
  let ctx: TestContext;
  let mutualId: string;
  let memberId: string;

  before(async () => {
    ctx = await createTestContext();
    mutualId = (await newMutual(ctx)).id;
    const other = (await newMutual(ctx)).id;
    const micro = await newMember(ctx, mutualId, { headcount: 5, region_code: '01' });
    memberId = micro.id;
    await newMember(ctx, mutualId, { headcount: 50, region_code: '06' });
    await newMember(ctx, mutualId, { headcount: 600, region_code: '06', status: 'lapsed' });
    await newMember(ctx, other, { headcount: 5 });
    await newEmployee(ctx, micro);
    await newEmployee(ctx, micro);
    const coordinator = (await loginAs(ctx, 'coordinator', { mutualId }, { display_name: 'Coordonnatrice Roy' }))
      .client;
    await coordinator.patch(`/api/members/${memberId}`, { city: 'Rimouski' });
  });
  after(() => ctx.close());

  it('gives a coordinator the counts by status, size class, region, TEER and education, with recent activity', async () => {
    const { client } = await loginAs(ctx, 'coordinator', { mutualId });
    const res = await client.get('/api/dashboard');
    assert.equal(res.status, 200);
    const d = await res.json();
    assert.equal(d.activeMembers, 2);
    assert.equal(d.currentEmployees, 2);
    assert.deepEqual(d.membersByStatus, [
      { key: 'active', count: 2 },
      { key: 'lapsed', count: 1 },
    ]);
    assert.deepEqual(d.membersBySizeClass, [
      { key: 'micro', count: 1 },
      { key: 'small', count: 1 },
    ]);
    assert.deepEqual(d.membersByRegion, [
      { key: '01', count: 1 },
      { key: '06', count: 1 },
    ]);
    assert.deepEqual(d.employeesByTeer, [{ key: '4', count: 2 }]);
    assert.deepEqual(d.employeesByEducation, [{ key: 'secondary', count: 2 }]);
    assert.equal(d.recentActivity[0].action, 'member.update');
    assert.equal(d.recentActivity[0].actorName, 'Coordonnatrice Roy');
  });

  it('gives a board viewer the same figures without any name', async () => {
    const { client } = await loginAs(ctx, 'board_viewer', { mutualId });
    const res = await client.get('/api/dashboard');
    assert.equal(res.status, 200);
    const text = await res.text();
    const d = JSON.parse(text);
    assert.equal(d.activeMembers, 2);
    assert.equal(d.recentActivity[0].actorName, null);
    assert.equal(d.recentActivity[0].memberName, null);
    assert.ok(!text.includes('Coordonnatrice Roy'));
    assert.ok(!text.includes('Tremblay'));
  });

  it("gives a member contact its own firm's summary, and not the mutual's dashboard", async () => {
    const { client } = await loginAs(ctx, 'member_contact', { mutualId, memberId });
    assert.equal((await client.get('/api/dashboard')).status, 403);
    const res = await client.get('/api/my-firm/summary');
    assert.equal(res.status, 200);
    const s = await res.json();
    assert.equal(s.memberId, memberId);
    assert.equal(s.sizeClass, 'micro');
    assert.equal(s.currentEmployees, 2);
  });
});
