import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newCourse, newSession } from './delivery-builders.ts';
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

// Issue #9, point 10: a session a plan just created read "0 / 20 places … Minimum atteint". The API
// now gives one seat picture (domain seatSummary) where reserved seats, confirmed participants and
// the waitlist are apart, and the minimum names what it counts (the seats held).

// biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON answers
type Json = Record<string, any>;

describe('the seat picture of a session (issue #9, point 10)', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let contactA: Client;
  let session: { id: string };
  let memberA: Awaited<ReturnType<typeof newMember>>;
  let memberB: Awaited<ReturnType<typeof newMember>>;

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    const provider = await newProvider(ctx, mutual.id);
    const course = await newCourse(ctx, mutual.id, provider.id, { minSeats: 6, maxSeats: 20 });
    memberA = await newMember(ctx, mutual.id);
    memberB = await newMember(ctx, mutual.id);
    // as an accepted pooling plan leaves it: 4 + 4 seats reserved, nobody named
    session = await newSession(ctx, course, {
      status: 'confirmed',
      reservations: [
        { memberId: memberA.id, seats: 4 },
        { memberId: memberB.id, seats: 4 },
      ],
    });
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    contactA = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberA.id })).client;
  });
  after(() => ctx.close());

  it('given seats reserved by a plan and nobody named, then the list and the detail tell 8 reserved from 0 confirmed, and the minimum counts the 8', async () => {
    const item: Json = (await (await coordinator.get('/api/sessions')).json()).items.find(
      (s: Json) => s.id === session.id,
    );
    const detail: Json = await (await coordinator.get(`/api/sessions/${session.id}`)).json();
    for (const s of [item, detail]) {
      assert.deepEqual(s.seats, {
        reserved: 8,
        confirmed: 0,
        waitlisted: 0,
        unnamed: 8,
        held: 8,
        free: 12,
        minimumMet: true,
      });
      assert.equal(s.seatsMax, 20);
      assert.equal(s.seatsMin, 6);
    }
    assert.deepEqual(
      detail.reservations.map((r: Json) => [r.memberId, r.reserved, r.confirmed, r.waitlisted]).sort(),
      [
        [memberA.id, 4, 0, 0],
        [memberB.id, 4, 0, 0],
      ].sort(),
    );
  });

  it("given a firm names 5 people into its 4 seats with 12 free, then confirmed 5, reserved still 8, 4 unnamed (B's), 9 held; a member contact sees the same totals and only its own firm's row", async () => {
    for (let i = 0; i < 5; i++) {
      const e = await newEmployee(ctx, memberA);
      const res = await contactA.post(`/api/sessions/${session.id}/enrolments`, { employeeId: e.id });
      assert.equal(res.status, 201, await res.clone().text());
    }
    const detail: Json = await (await coordinator.get(`/api/sessions/${session.id}`)).json();
    assert.deepEqual(detail.seats, {
      reserved: 8,
      confirmed: 5,
      waitlisted: 0,
      unnamed: 4,
      held: 9,
      free: 11,
      minimumMet: true,
    });
    const mine: Json = await (await contactA.get(`/api/sessions/${session.id}`)).json();
    assert.deepEqual(mine.seats, detail.seats);
    assert.deepEqual(
      mine.reservations.map((r: Json) => [r.memberId, r.reserved, r.confirmed]),
      [[memberA.id, 4, 5]],
    );
  });
});
