import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newCourse, sessionInDelivery } from './delivery-builders.ts';
import {
  anonymous,
  type Client,
  createTestContext,
  loginAs,
  newEmployee,
  newMember,
  newMutual,
  newProvider,
  type TestContext,
} from './harness.ts';

describe('attestations of participation (s.14)', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let contactA: Client;
  let contactB: Client;
  let memberA: { id: string };
  let world: Awaited<ReturnType<typeof sessionInDelivery>>;
  let employees: { id: string; first_name: string; last_name: string }[];
  let attestations: {
    id: string;
    number: string;
    employeeId: string;
    memberId: string;
    hours: number;
    verifyUrl: string;
  }[];

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx, { name: 'Mutuelle de formation Laval' });
    const provider = await newProvider(ctx, mutual.id);
    const course = await newCourse(ctx, mutual.id, provider.id, { minSeats: 2 });
    const a = await newMember(ctx, mutual.id);
    const b = await newMember(ctx, mutual.id);
    memberA = a;
    employees = [
      await newEmployee(ctx, a, { first_name: 'Émilie' }),
      await newEmployee(ctx, a),
      await newEmployee(ctx, b),
    ];
    world = await sessionInDelivery(ctx, course, [
      { member: a, employee: employees[0] },
      { member: a, employee: employees[1] },
      { member: b, employee: employees[2] },
    ]);
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    contactA = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: a.id })).client;
    contactB = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: b.id })).client;
    const [e1, e2, e3] = world.enrolments;
    const [d1, d2] = world.days;
    const res = await coordinator.put(`/api/sessions/${world.session.id}/attendance`, {
      entries: [
        { enrolmentId: e1, meetingDayId: d1, present: true },
        { enrolmentId: e1, meetingDayId: d2, present: true },
        { enrolmentId: e2, meetingDayId: d1, present: true },
        { enrolmentId: e2, meetingDayId: d2, present: false },
        { enrolmentId: e3, meetingDayId: d1, present: true },
        { enrolmentId: e3, meetingDayId: d2, present: true, hours: 5 },
      ],
    });
    assert.equal(res.status, 200);
    await coordinator.put(`/api/sessions/${world.session.id}/results`, {
      entries: [e1, e2, e3].map((enrolmentId) => ({ enrolmentId, outcome: 'passed' })),
    });
  });
  after(() => ctx.close());

  it('given delivery, then attestations are issued to those who attended at least 80 % of the hours', async () => {
    const res = await coordinator.post(`/api/sessions/${world.session.id}/transitions`, { to: 'delivered' });
    assert.equal(res.status, 200, await res.clone().text());
    attestations = (await (await coordinator.get(`/api/attestations?sessionId=${world.session.id}`)).json()).items;
    assert.deepEqual(attestations.map((a) => a.employeeId).sort(), [employees[0].id, employees[2].id].sort());
    const first = attestations.find((a) => a.employeeId === employees[0].id)!;
    assert.equal(first.hours, 14);
    assert.match(first.number, /^2026-\d{6}-[0-9A-HJKMNP-TV-Z]{8}$/);
    assert.equal(first.verifyUrl, `http://localhost:3000/verify/${first.number}`);
    assert.notEqual(attestations[0].number, attestations[1].number);
    // issuing again issues nothing new
    const again = await (await coordinator.post(`/api/sessions/${world.session.id}/attestations`)).json();
    assert.deepEqual(again.issued, []);
    assert.deepEqual(
      again.notCompleted.map((n: { hoursAttended: number }) => n.hoursAttended),
      [7],
    );
  });

  it('given a number, then anyone can verify it and sees only name, course, dates and hours', async () => {
    const a = attestations.find((x) => x.employeeId === employees[0].id)!;
    const res = await anonymous(ctx).get(`/api/attestations/verify/${a.number.toLowerCase()}`);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.deepEqual(Object.keys(body).sort(), [
      'courseTitleEn',
      'courseTitleFr',
      'dateFrom',
      'dateTo',
      'hours',
      'number',
      'participantName',
      'valid',
    ]);
    assert.equal(body.participantName, `Émilie ${employees[0].last_name}`);
    assert.equal(body.dateFrom, '2026-11-19');
    assert.equal(body.dateTo, '2026-11-20');
    const wrongCode = a.number.replace(/-[0-9A-Z]{8}$/, '-ZZZZZZZZ');
    assert.equal((await anonymous(ctx).get(`/api/attestations/verify/${wrongCode}`)).status, 404);
    assert.equal((await anonymous(ctx).get('/api/attestations/verify/hello')).status, 404);
  });

  it('given a member contact, then it lists and downloads only its own firm attestations', async () => {
    const mine = (await (await contactA.get('/api/attestations')).json()).items;
    assert.deepEqual(
      mine.map((a: { memberId: string }) => a.memberId),
      [memberA.id],
    );
    const perParticipant = await (await coordinator.get(`/api/attestations?employeeId=${employees[2].id}`)).json();
    assert.equal(perParticipant.items.length, 1);
    assert.equal(perParticipant.total, 1);
    const perFirm = await (await coordinator.get(`/api/attestations?memberId=${memberA.id}`)).json();
    assert.equal(perFirm.items.length, 1);
    const own = mine[0];
    const pdf = await contactA.get(`/api/attestations/${own.id}/pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    assert.ok(bytes.toString('latin1').includes(`Attestation ${own.number}`));
    assert.equal((await contactB.get(`/api/attestations/${own.id}/pdf`)).status, 404);
    assert.equal((await contactB.post(`/api/attestations/${own.id}/reissue`)).status, 404);
  });

  it('given a name change, when reissued, then the same number carries the current name', async () => {
    const a = attestations.find((x) => x.employeeId === employees[0].id)!;
    await ctx.deps.db.updateTable('employee').set({ last_name: 'Gagnon' }).where('id', '=', employees[0].id).execute();
    const res = await contactA.post(`/api/attestations/${a.id}/reissue`);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.number, a.number);
    assert.equal(body.reissueCount, 1);
    assert.equal(body.participantName, 'Émilie Gagnon');
    assert.ok(body.reissuedAt);
    const verified = await (await anonymous(ctx).get(`/api/attestations/verify/${a.number}`)).json();
    assert.equal(verified.participantName, 'Émilie Gagnon');
  });
});
