import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newCourse, newSession, setMeetingDays } from './delivery-builders.ts';
import {
  createTestContext,
  loginAs,
  newEmployee,
  newMember,
  newMutual,
  newProvider,
  type TestContext,
} from './harness.ts';

// A mutual's delivery settings through the API: coordinators edit their own, the platform
// administrator any; the values then drive delivery (withdrawal deadline, go/no-go date).

describe("a mutual's delivery settings", () => {
  let ctx: TestContext;
  let mutual: { id: string };
  let other: { id: string };
  before(async () => {
    ctx = await createTestContext();
    mutual = await newMutual(ctx);
    other = await newMutual(ctx);
  });
  after(() => ctx.close());

  it("given a coordinator, when it edits its mutual's delivery settings, then they are saved, audited and used by sessions", async () => {
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const before = await (await client.get(`/api/mutuals/${mutual.id}`)).json();
    assert.equal(before.withdrawalDeadlineDays, 10);
    assert.equal(before.goNoGoDays, 21);
    assert.equal(before.completionThresholdPct, 80);

    const res = await client.patch(`/api/mutuals/${mutual.id}/delivery-settings`, {
      withdrawalDeadlineDays: 5,
      goNoGoDays: 30,
      completionThresholdPct: 75,
      minFirmsPerSession: 3,
    });
    assert.equal(res.status, 200, await res.clone().text());
    const saved = await res.json();
    assert.deepEqual(
      [saved.withdrawalDeadlineDays, saved.goNoGoDays, saved.completionThresholdPct, saved.minFirmsPerSession],
      [5, 30, 75, 3],
    );
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['action', 'change'])
      .where('entity_id', '=', mutual.id)
      .orderBy('id')
      .execute();
    const last = audit.at(-1)!;
    assert.equal(last.action, 'update');
    assert.deepEqual((last.change as { before: Record<string, number> }).before, {
      withdrawalDeadlineDays: 10,
      goNoGoDays: 21,
      completionThresholdPct: 80,
      minFirmsPerSession: 2,
    });

    // the session's withdrawal deadline and go/no-go date follow the new settings
    const provider = await newProvider(ctx, mutual.id);
    const course = await newCourse(ctx, mutual.id, provider.id);
    const s = await newSession(ctx, course, { goNoGoDate: null });
    await setMeetingDays(ctx, s.id, mutual.id, ['2027-02-10']);
    const detail = await (await client.get(`/api/sessions/${s.id}`)).json();
    assert.equal(detail.withdrawalDeadline, '2027-02-05');
    assert.equal(detail.goNoGoDate, '2027-01-02');
  });

  it("given a coordinator, when it edits another mutual's settings or the identity fields, then 404 and 403", async () => {
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    assert.equal((await client.patch(`/api/mutuals/${other.id}/delivery-settings`, { goNoGoDays: 3 })).status, 404);
    assert.equal((await client.patch(`/api/mutuals/${mutual.id}`, { name: 'Mine now' })).status, 403);
    const row = await ctx.deps.db
      .selectFrom('mutual')
      .select('go_no_go_days')
      .where('id', '=', other.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.go_no_go_days, 21);
  });

  it("given the platform administrator, when it edits any mutual's settings, then they are saved", async () => {
    const { client } = await loginAs(ctx, 'platform_admin');
    const res = await client.patch(`/api/mutuals/${other.id}/delivery-settings`, { completionThresholdPct: 100 });
    assert.equal(res.status, 200);
    assert.equal((await res.json()).completionThresholdPct, 100);
    const viaPatch = await client.patch(`/api/mutuals/${other.id}`, { withdrawalDeadlineDays: 14 });
    assert.equal((await viaPatch.json()).withdrawalDeadlineDays, 14);
  });

  it('given values out of range, when saved, then 400 naming each field and nothing changes', async () => {
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const res = await client.patch(`/api/mutuals/${mutual.id}/delivery-settings`, {
      withdrawalDeadlineDays: -1,
      goNoGoDays: 400,
      completionThresholdPct: 0,
      minFirmsPerSession: 1.5,
    });
    assert.equal(res.status, 400);
    const fields = [...new Set((await res.json()).errors.map((f: { field: string }) => f.field))].sort();
    assert.deepEqual(fields, ['completionThresholdPct', 'goNoGoDays', 'minFirmsPerSession', 'withdrawalDeadlineDays']);
    const wrongType = await client.patch(`/api/mutuals/${mutual.id}/delivery-settings`, { goNoGoDays: 'soon' });
    assert.equal(wrongType.status, 400);
    const row = await ctx.deps.db
      .selectFrom('mutual')
      .select('go_no_go_days')
      .where('id', '=', mutual.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.go_no_go_days, 30);
  });

  it('given a member contact or a trainer, when they edit the settings, then 403', async () => {
    const member = await newMember(ctx, mutual.id);
    await newEmployee(ctx, member);
    const contact = await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: member.id });
    assert.equal(
      (await contact.client.patch(`/api/mutuals/${mutual.id}/delivery-settings`, { goNoGoDays: 1 })).status,
      403,
    );
  });
});
