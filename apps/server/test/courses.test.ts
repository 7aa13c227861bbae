import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, loginAs, newMember, newMutual, newProvider, type TestContext } from './harness.ts';
import { courseBody, newTopic } from './needs-fixtures.ts';

describe('courses API', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  async function world() {
    const mutual = await newMutual(ctx);
    const provider = await newProvider(ctx, mutual.id);
    const topic = await newTopic(ctx, mutual.id);
    const coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    const trainer = (await loginAs(ctx, 'trainer', { mutualId: mutual.id, providerId: provider.id })).client;
    const member = await newMember(ctx, mutual.id);
    const contact = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: member.id })).client;
    return { mutual, provider, topic, coordinator, trainer, contact };
  }

  it('given a coordinator, when it adds a course, then it is approved at once and members see it', async () => {
    const w = await world();
    const res = await w.coordinator.post('/api/courses', courseBody(w.provider.id, w.topic.id));
    assert.equal(res.status, 201);
    const course = await res.json();
    assert.equal(course.status, 'approved');
    assert.equal(course.topicCode, w.topic.code);
    const seen = (await (await w.contact.get('/api/courses')).json()).items.map((c: { id: string }) => c.id);
    assert.deepEqual(seen, [course.id]);
  });

  it('given a trainer, when it proposes a course and then a price change, then nothing is used until a coordinator approves', async () => {
    const w = await world();
    const created = await (await w.trainer.post('/api/courses', courseBody(w.provider.id, w.topic.id))).json();
    assert.equal(created.status, 'proposed');
    assert.ok(created.pendingRevision);
    assert.equal((await (await w.contact.get('/api/courses')).json()).items.length, 0);
    const approved = await (
      await w.coordinator.post(`/api/courses/${created.id}/approve`, { revisionId: created.pendingRevision.id })
    ).json();
    assert.equal(approved.status, 'approved');
    assert.equal(approved.pendingRevision, null);

    const proposal = await (await w.trainer.patch(`/api/courses/${created.id}`, { seatCostCents: 7_500 })).json();
    assert.equal(proposal.seatCostCents, 9_000, 'the approved price stays until approval');
    assert.deepEqual(proposal.pendingRevision.changedFields, ['seatCostCents']);
    const rejected = await (
      await w.coordinator.post(`/api/courses/${created.id}/reject`, {
        revisionId: proposal.pendingRevision.id,
        note: 'Trop bas',
      })
    ).json();
    assert.equal(rejected.seatCostCents, 9_000);
    const second = await (await w.trainer.patch(`/api/courses/${created.id}`, { seatCostCents: 8_000 })).json();
    const final = await (
      await w.coordinator.post(`/api/courses/${created.id}/approve`, { revisionId: second.pendingRevision.id })
    ).json();
    assert.equal(final.seatCostCents, 8_000);
    const revisions = (await (await w.coordinator.get(`/api/courses/${created.id}/revisions`)).json()).items;
    assert.deepEqual(
      revisions.map((r: { status: string }) => r.status),
      ['approved', 'rejected', 'approved'],
    );
    assert.equal(
      (await w.coordinator.post(`/api/courses/${created.id}/approve`, { revisionId: second.pendingRevision.id }))
        .status,
      409,
    );
  });

  it("given a trainer, when it tries another provider's course or provider, then it is refused", async () => {
    const w = await world();
    const other = await newProvider(ctx, w.mutual.id);
    const course = await (await w.coordinator.post('/api/courses', courseBody(other.id, w.topic.id))).json();
    assert.equal((await w.trainer.patch(`/api/courses/${course.id}`, { titleEn: 'Mine' })).status, 404);
    assert.equal((await w.trainer.post('/api/courses', courseBody(other.id, w.topic.id))).status, 403);
  });

  it('given inconsistent terms, then 400 names the field', async () => {
    const w = await world();
    const minMax = await w.coordinator.post(
      '/api/courses',
      courseBody(w.provider.id, w.topic.id, { minSeats: 10, maxSeats: 5 }),
    );
    assert.equal(minMax.status, 400);
    assert.equal((await minMax.json()).errors[0].field, 'maxSeats');
    const noRegion = await w.coordinator.post('/api/courses', courseBody(w.provider.id, w.topic.id, { regions: [] }));
    assert.equal((await noRegion.json()).errors[0].field, 'regions');
    const badPeriod = await w.coordinator.post(
      '/api/courses',
      courseBody(w.provider.id, w.topic.id, { periods: ['2027-13'] }),
    );
    assert.equal(badPeriod.status, 400);
    const negative = await w.coordinator.post(
      '/api/courses',
      courseBody(w.provider.id, w.topic.id, { fixedCostCents: -1 }),
    );
    assert.equal(negative.status, 400);
  });

  it('given a retired course, then members no longer see it and it can be reinstated', async () => {
    const w = await world();
    const course = await (await w.coordinator.post('/api/courses', courseBody(w.provider.id, w.topic.id))).json();
    assert.equal((await (await w.coordinator.post(`/api/courses/${course.id}/retire`)).json()).status, 'retired');
    assert.equal((await w.contact.get(`/api/courses/${course.id}`)).status, 404);
    assert.equal((await (await w.coordinator.post(`/api/courses/${course.id}/reinstate`)).json()).status, 'approved');
  });
});
