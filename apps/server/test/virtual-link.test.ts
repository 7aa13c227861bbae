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
import { outboxFor } from './mail-helpers.ts';

// Issue #9, point 8: a virtual session's link is for its enrolled participants (their e-mails),
// their firm's contacts, its trainer and the coordinators, not for other firms browsing open sessions.

// biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON answers
type Json = Record<string, any>;
const LINK = 'https://meet.example.org/classe-secrete';

describe('who sees the virtual class link (issue #9, point 8)', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let trainer: Client;
  let contactA: Client;
  let contactB: Client;
  let contactC: Client;
  let session: { id: string };
  let memberB: Awaited<ReturnType<typeof newMember>>;

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    const provider = await newProvider(ctx, mutual.id);
    const course = await newCourse(ctx, mutual.id, provider.id, { mode: 'virtual', minSeats: 1, maxSeats: 1 });
    const memberA = await newMember(ctx, mutual.id);
    memberB = await newMember(ctx, mutual.id);
    const memberC = await newMember(ctx, mutual.id);
    session = await newSession(ctx, course, {
      status: 'scheduled',
      reservations: [{ memberId: memberA.id, seats: 1 }],
    });
    await ctx.deps.db
      .updateTable('training_session')
      .set({ virtual_link: LINK })
      .where('id', '=', session.id)
      .execute();
    const employeeA = await newEmployee(ctx, memberA);
    await ctx.deps.db
      .insertInto('enrolment')
      .values({
        mutual_id: mutual.id,
        session_id: session.id,
        member_id: memberA.id,
        employee_id: employeeA.id,
        status: 'confirmed',
      })
      .execute();
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    trainer = (await loginAs(ctx, 'trainer', { mutualId: mutual.id, providerId: provider.id })).client;
    contactA = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberA.id })).client;
    contactB = (
      await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberB.id }, { email: 'rh@firme-b.test' })
    ).client;
    contactC = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberC.id })).client;
  });
  after(() => ctx.close());

  const linkSeenBy = async (client: Client) => {
    const detail: Json = await (await client.get(`/api/sessions/${session.id}`)).json();
    const item: Json | undefined = (await (await client.get('/api/sessions')).json()).items.find(
      (s: Json) => s.id === session.id,
    );
    assert.ok(item, 'the session is listed');
    assert.equal(item.virtualLink, detail.virtualLink, 'the list and the detail agree');
    return detail.virtualLink;
  };

  it('given a scheduled virtual session, then the coordinator, the trainer and the enrolled firm see the link; a firm without a seat does not', async () => {
    assert.equal(await linkSeenBy(coordinator), LINK);
    assert.equal(await linkSeenBy(trainer), LINK);
    assert.equal(await linkSeenBy(contactA), LINK);
    assert.equal(await linkSeenBy(contactC), null);
    const roster: Json = await (await contactC.get(`/api/sessions/${session.id}/roster`)).json();
    assert.equal(roster.session.virtualLink, null);
  });

  it('given a firm without a seat enrols someone into the full session, then its people are waitlisted, it still sees no link and its e-mail carries none', async () => {
    const employee = await newEmployee(ctx, memberB);
    const res = await contactB.post(`/api/sessions/${session.id}/enrolments`, { employeeId: employee.id });
    assert.equal(res.status, 201);
    assert.equal((await res.json()).status, 'waitlisted');
    assert.equal(await linkSeenBy(contactB), null);
    // the employee has no e-mail: the firm's contact is told, without the link
    const [mail] = await outboxFor(ctx, 'rh@firme-b.test');
    assert.ok(mail, 'the contact is told of the waitlist');
    assert.ok(
      !mail.text_body.includes(LINK) && !(mail.html_body ?? '').includes(LINK),
      'no link in the waitlist e-mail',
    );
  });
});
