import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newCourse, newSession, setMeetingDays } from './delivery-builders.ts';
import {
  type Client,
  createTestContext,
  loginAs,
  newEmployee,
  newMember,
  newMutual,
  newProvider,
  type TestContext,
} from './harness.ts';

// The calendar of sessions (#9.15): the meeting days between two dates of the sessions each role
// may see — a coordinator all of its mutual's, a member contact the open ones and its firm's (never
// another firm's closed session), a trainer only its provider's — with both titles of the course.

describe('calendar of sessions', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let contactA: Client;
  let contactB: Client;
  let trainer: Client;
  let otherCoordinator: Client;
  const ids: Record<string, string> = {};

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    const provider = await newProvider(ctx, mutual.id);
    const otherProvider = await newProvider(ctx, mutual.id);
    const course = await newCourse(ctx, mutual.id, provider.id);
    const otherCourse = await newCourse(ctx, mutual.id, otherProvider.id, { mode: 'virtual' });
    const memberA = await newMember(ctx, mutual.id);
    const memberB = await newMember(ctx, mutual.id);
    const employeeB = await newEmployee(ctx, memberB);
    // open to enrolment, with A's reserved seats (provider 1)
    const open = await newSession(ctx, course, {
      status: 'scheduled',
      reservations: [{ memberId: memberA.id, seats: 2 }],
    });
    // in delivery, only B's people in it (provider 2): A must not see it
    const closed = await newSession(ctx, otherCourse, { status: 'in_delivery' });
    await ctx.deps.db
      .insertInto('enrolment')
      .values({
        mutual_id: mutual.id,
        session_id: closed.id,
        member_id: memberB.id,
        employee_id: employeeB.id,
        status: 'confirmed',
      })
      .execute();
    await setMeetingDays(ctx, open.id, mutual.id, ['2026-11-24', '2026-12-01']);
    await setMeetingDays(ctx, closed.id, mutual.id, ['2026-11-20']);
    Object.assign(ids, { open: open.id, closed: closed.id });
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    contactA = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberA.id })).client;
    contactB = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberB.id })).client;
    trainer = (await loginAs(ctx, 'trainer', { mutualId: mutual.id, providerId: provider.id })).client;
    const other = await newMutual(ctx);
    otherCoordinator = (await loginAs(ctx, 'coordinator', { mutualId: other.id })).client;
  });
  after(() => ctx.close());

  const days = async (client: Client, query = '') => {
    const res = await client.get(`/api/schedule${query}`);
    assert.equal(res.status, 200, await res.clone().text());
    return (await res.json()) as {
      from: string;
      to: string;
      items: { sessionId: string; day: string; titleEn: string; ownFirm: boolean | null }[];
    };
  };
  const seen = (s: Awaited<ReturnType<typeof days>>) =>
    s.items.map(
      (i) => `${i.day} ${i.sessionId === ids.open ? 'open' : i.sessionId === ids.closed ? 'closed' : i.sessionId}`,
    );

  it('given no dates, then the current month in Montréal; the coordinator sees every session with both titles', async () => {
    const s = await days(coordinator);
    assert.deepEqual([s.from, s.to], ['2026-11-01', '2026-11-30']);
    assert.deepEqual(seen(s), ['2026-11-20 closed', '2026-11-24 open']);
    assert.equal(s.items[1]?.titleEn, 'Forklift operation');
    assert.deepEqual(
      seen(await days(coordinator, '?from=2026-11-30&to=2026-12-06')),
      ['2026-12-01 open'],
      'a week across two months',
    );
  });

  it("given a member contact, then the open sessions and its firm's, marked as its own; never another firm's closed session", async () => {
    const a = await days(contactA, '?from=2026-11-01&to=2026-12-31');
    assert.deepEqual(seen(a), ['2026-11-24 open', '2026-12-01 open']);
    assert.deepEqual(
      a.items.map((i) => i.ownFirm),
      [true, true],
    );
    const b = await days(contactB, '?from=2026-11-01&to=2026-12-31');
    assert.deepEqual(seen(b), ['2026-11-20 closed', '2026-11-24 open', '2026-12-01 open']);
    assert.deepEqual(
      b.items.map((i) => i.ownFirm),
      [true, false, false],
    );
  });

  it("given a trainer, then only its provider's sessions; another mutual's coordinator sees none", async () => {
    assert.deepEqual(seen(await days(trainer, '?from=2026-11-01&to=2026-12-31')), [
      '2026-11-24 open',
      '2026-12-01 open',
    ]);
    assert.deepEqual((await days(otherCoordinator, '?from=2026-11-01&to=2026-12-31')).items, []);
  });

  it('given a range backwards, too long or not a date, then 400 naming the field', async () => {
    for (const [query, field] of [
      ['?from=2026-12-01&to=2026-11-01', 'query.to'],
      ['?from=2026-01-01&to=2026-12-31', 'query.to'],
      ['?from=2026-13-01', 'query.from'],
    ]) {
      const res = await coordinator.get(`/api/schedule${query}`);
      assert.equal(res.status, 400, query);
      const body = await res.json();
      assert.ok(
        body.errors.some((e: { field: string }) => e.field === field),
        `${query}: ${JSON.stringify(body)}`,
      );
    }
    const [backwards, tooLong] = await Promise.all(
      ['?from=2026-12-01&to=2026-11-01', '?from=2026-01-01&to=2026-12-31'].map(
        async (query) => (await (await coordinator.get(`/api/schedule${query}`)).json()).errors[0],
      ),
    );
    assert.deepEqual(backwards, {
      field: 'query.to',
      code: 'before_start_date',
      message: 'Ne peut pas précéder la date de début',
    });
    assert.deepEqual(tooLong, {
      field: 'query.to',
      code: 'schedule_too_long',
      message: 'Doit être moins de 62 jours après la date de début',
    });
  });
});
