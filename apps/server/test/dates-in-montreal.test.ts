import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestContext, loginAs, newEmployee, newMember, newMutual, type TestContext } from './harness.ts';
import { needBody, newTopic } from './needs-fixtures.ts';

// "Today" is the date in Montreal, not in UTC: after 19:00 (EST) or 20:00 (EDT) the two disagree.
describe('dates read in Montreal', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given an employee whose last day is today in Montreal, when a need names them at 22:30 that evening (03:30 UTC the day after), then it is accepted; at 00:30 the next day, refused', async () => {
    const mutual = await newMutual(ctx);
    const topic = await newTopic(ctx, mutual.id);
    const member = await newMember(ctx, mutual.id);
    const employee = await newEmployee(ctx, member);
    await ctx.deps.db.updateTable('employee').set({ end_date: '2026-11-25' }).where('id', '=', employee.id).execute();

    ctx.setNow('2026-11-26T03:30:00Z');
    const { client } = await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: member.id });
    const evening = await client.post(
      '/api/needs',
      needBody(topic.id, { seats: undefined, employeeIds: [employee.id] }),
    );
    assert.equal(evening.status, 201, await evening.clone().text());

    ctx.setNow('2026-11-26T05:30:00Z');
    const nextDay = await client.post(
      '/api/needs',
      needBody(topic.id, { seats: undefined, employeeIds: [employee.id] }),
    );
    assert.equal(nextDay.status, 400);
    assert.equal((await nextDay.json()).errors[0].field, 'employeeIds');
  });

  it("given New Year's Eve at 21:00 in Montreal (02:00 UTC on 1 January), then the savings statement's default year is still the old one", async () => {
    const mutual = await newMutual(ctx);
    const member = await newMember(ctx, mutual.id);
    ctx.setNow('2027-01-01T02:00:00Z');
    const { client } = await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: member.id });
    const res = await client.get('/api/my-firm/savings');
    assert.equal(res.status, 200);
    assert.equal((await res.json()).year, 2026);
  });
});
