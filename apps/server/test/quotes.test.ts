import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, loginAs, newMember, newMutual, type TestContext } from './harness.ts';
import { needBody, newTopic } from './needs-fixtures.ts';

describe('requests for quotes API', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  async function world() {
    const mutual = await newMutual(ctx);
    const topic = await newTopic(ctx, mutual.id);
    const coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    const p1 = await (
      await coordinator.post('/api/providers', {
        name: 'Formation Alpha',
        kind: 'accredited_trainer',
        email: 'alpha@example.test',
        regions: ['06'],
      })
    ).json();
    const p2 = await (
      await coordinator.post('/api/providers', { name: 'Formation Beta', kind: 'accredited_body', regions: ['06'] })
    ).json();
    const trainer1 = (await loginAs(ctx, 'trainer', { mutualId: mutual.id, providerId: p1.id })).client;
    const trainer2 = (await loginAs(ctx, 'trainer', { mutualId: mutual.id, providerId: p2.id })).client;
    const m1 = await newMember(ctx, mutual.id);
    const m2 = await newMember(ctx, mutual.id);
    for (const [m, seats] of [
      [m1, 3],
      [m2, 5],
    ] as const)
      await coordinator.post('/api/needs', { memberId: m.id, ...needBody(topic.id, { seats, regionCode: '06' }) });
    return { mutual, topic, coordinator, p1, p2, trainer1, trainer2, m1 };
  }

  it('given a cell, when the coordinator sends a request, answers come back, are compared and one is accepted, then a course exists and every step is dated', async () => {
    const w = await world();
    const created = await w.coordinator.post('/api/quotes', {
      topicId: w.topic.id,
      title: 'Chariot élévateur — Montréal',
      regionCode: '06',
      language: 'fr',
      modes: ['in_person'],
      periods: ['2027-02'],
      providerIds: [w.p1.id, w.p2.id],
      responseDueOn: '2026-12-15',
    });
    assert.equal(created.status, 201);
    const q = await created.json();
    assert.deepEqual([q.seats, q.membersCount, q.needIds.length, q.providers.length], [8, 2, 2, 2]);
    const mail = await ctx.deps.db.selectFrom('outbox').selectAll().where('kind', '=', 'quote_request').execute();
    assert.deepEqual(
      mail.map((m) => m.to_address),
      ['alpha@example.test'],
    );

    const portal = await (await w.trainer1.get('/api/quotes')).json();
    assert.deepEqual(
      portal.items.map((i: { id: string; myStatus: string }) => [i.id, i.myStatus]),
      [[q.id, 'sent']],
    );
    const seenByTrainer = await (await w.trainer1.get(`/api/quotes/${q.id}`)).json();
    assert.deepEqual(seenByTrainer.needIds, []);
    assert.equal(seenByTrainer.providers.length, 1);

    const answer = {
      fixedCostCents: 150_000,
      seatCostCents: 8_000,
      minSeats: 5,
      maxSeats: 12,
      periods: ['2027-02'],
      conditions: 'Sur place',
    };
    assert.equal((await w.trainer1.post(`/api/quotes/${q.id}/answer`, answer)).status, 200);
    await w.trainer2.post(`/api/quotes/${q.id}/answer`, { ...answer, fixedCostCents: 100_000 });
    const secondLook = await (await w.trainer1.get(`/api/quotes/${q.id}`)).json();
    assert.equal(secondLook.responses.length, 1, 'a trainer sees only its own answer');

    const compared = await (await w.coordinator.get(`/api/quotes/${q.id}`)).json();
    const ranked = [...compared.responses].sort((a, b) => a.comparison.rank - b.comparison.rank);
    assert.equal(ranked[0].providerId, w.p2.id);
    assert.equal(ranked[0].comparison.totalCents, 100_000 + 8 * 8_000);

    const accepted = await (
      await w.coordinator.post(`/api/quotes/${q.id}/accept`, {
        responseId: ranked[0].id,
        course: { titleFr: 'Chariot', titleEn: 'Forklift' },
      })
    ).json();
    assert.equal(accepted.status, 'accepted');
    assert.ok(accepted.courseId);
    const course = await (await w.coordinator.get(`/api/courses/${accepted.courseId}`)).json();
    assert.deepEqual(
      [course.status, course.providerId, course.fixedCostCents, course.regions],
      ['approved', w.p2.id, 100_000, ['06']],
    );
    assert.deepEqual(
      accepted.events.map((e: { kind: string }) => e.kind).sort(),
      ['created', 'sent', 'sent', 'answered', 'answered', 'accepted', 'not_selected', 'course_created'].sort(),
    );
    assert.ok(accepted.events.every((e: { at: string }) => e.at));
    const loser = await (await w.trainer1.get(`/api/quotes/${q.id}`)).json();
    assert.equal(loser.providers[0].status, 'not_selected');
    assert.equal((await w.trainer1.post(`/api/quotes/${q.id}/answer`, answer)).status, 409);
  });

  it('given bad input, then 4xx naming the field; a member contact cannot reach quotes', async () => {
    const w = await world();
    const none = await w.coordinator.post('/api/quotes', {
      topicId: w.topic.id,
      title: 'X',
      regionCode: '01',
      providerIds: [w.p1.id],
    });
    assert.equal((await none.json()).errors[0].field, 'needIds');
    const q = await (
      await w.coordinator.post('/api/quotes', { topicId: w.topic.id, title: 'X', providerIds: [w.p1.id] })
    ).json();
    const bad = await w.trainer1.post(`/api/quotes/${q.id}/answer`, {
      fixedCostCents: 1,
      seatCostCents: 1,
      minSeats: 10,
      maxSeats: 5,
      periods: ['2027-02'],
    });
    assert.equal((await bad.json()).errors[0].field, 'maxSeats');
    assert.equal((await w.trainer2.get(`/api/quotes/${q.id}`)).status, 404, 'not sent to provider 2');
    const contact = (await loginAs(ctx, 'member_contact', { mutualId: w.mutual.id, memberId: w.m1.id })).client;
    assert.equal((await contact.get('/api/quotes')).status, 403);
    assert.equal(
      (await (await w.coordinator.post(`/api/quotes/${q.id}/cancel`, { reason: 'budget' })).json()).status,
      'cancelled',
    );
  });
});
