import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, loginAs, newMember, newMutual, type TestContext } from './harness.ts';
import { newTopic } from './needs-fixtures.ts';

describe('diagnostics API', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given a diagnostic run to completion, when the member validates it rejecting one line, then the others become open needs', async () => {
    const mutual = await newMutual(ctx);
    const topic = await newTopic(ctx, mutual.id);
    const member = await newMember(ctx, mutual.id, { region_code: '14' });
    const coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    const contact = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: member.id })).client;
    const created = await coordinator.post('/api/diagnostics', {
      memberId: member.id,
      scheduledOn: '2026-12-03',
      constraints: {
        languages: ['fr'],
        modes: ['in_person'],
        periods: ['2027-02', '2027-03'],
        maxPricePerSeatCents: 40_000,
      },
    });
    assert.equal(created.status, 201);
    const d = await created.json();
    assert.equal(d.status, 'scheduled');
    assert.equal((await coordinator.post(`/api/diagnostics/${d.id}/status`, { status: 'completed' })).status, 409);
    assert.equal(
      (await (await coordinator.post(`/api/diagnostics/${d.id}/status`, { status: 'in_progress' })).json()).status,
      'in_progress',
    );
    const patched = await coordinator.patch(`/api/diagnostics/${d.id}`, {
      challenges: 'Relève et sécurité',
      skillsGaps: [{ nocCode: '75101', description: 'Conduite de chariot', employees: 6 }],
      priorities: 'Sécurité d’abord',
    });
    assert.equal((await patched.json()).skillsGaps[0].nocCode, '75101');
    assert.equal(
      (await coordinator.post(`/api/diagnostics/${d.id}/status`, { status: 'completed' })).status,
      400,
      'no line yet',
    );
    const lines = await (
      await coordinator.put(`/api/diagnostics/${d.id}/needs`, {
        lines: [
          { topicId: topic.id, seats: 4 },
          { topicId: topic.id, seats: 2, nocCode: '75101' },
        ],
      })
    ).json();
    assert.equal(lines.needs.length, 2);
    assert.deepEqual(
      [lines.needs[0].status, lines.needs[0].regionCode, lines.needs[0].maxPricePerSeatCents],
      ['proposed', '14', 40_000],
    );
    assert.equal((await (await contact.get('/api/needs?status=open')).json()).total, 0);
    assert.equal(
      (await (await coordinator.post(`/api/diagnostics/${d.id}/status`, { status: 'completed' })).json()).status,
      'completed',
    );
    assert.equal((await coordinator.post(`/api/diagnostics/${d.id}/validate`, {})).status, 403);
    const rejected = lines.needs.find((n: { seats: number }) => n.seats === 2).id;
    const validated = await (
      await contact.post(`/api/diagnostics/${d.id}/validate`, { rejectedNeedIds: [rejected] })
    ).json();
    assert.equal(validated.status, 'validated');
    assert.deepEqual(validated.needs.map((n: { seats: number; status: string }) => [n.seats, n.status]).sort(), [
      [2, 'withdrawn'],
      [4, 'open'],
    ]);
    assert.equal((await coordinator.patch(`/api/diagnostics/${d.id}`, { notes: 'late' })).status, 409);
  });

  it("given another member's diagnostic, then a member contact gets 404; bad dates are 400", async () => {
    const mutual = await newMutual(ctx);
    const a1 = await newMember(ctx, mutual.id);
    const a2 = await newMember(ctx, mutual.id);
    const coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    const contact = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: a1.id })).client;
    const d = await (await coordinator.post('/api/diagnostics', { memberId: a2.id, scheduledOn: '2026-12-03' })).json();
    assert.equal((await contact.get(`/api/diagnostics/${d.id}`)).status, 404);
    assert.equal((await (await contact.get('/api/diagnostics')).json()).items.length, 0);
    const bad = await coordinator.post('/api/diagnostics', { memberId: a2.id, scheduledOn: '3 décembre' });
    assert.equal((await bad.json()).errors[0].field, 'scheduledOn');
  });
});
