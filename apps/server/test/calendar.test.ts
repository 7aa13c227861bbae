import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newCourse, newSession } from './delivery-builders.ts';
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

const path = (url: string) => new URL(url).pathname;

describe('iCalendar feeds by private URL', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let trainer: Client;
  let contactA: Client;
  let sessionId: string;
  let employeeA: { id: string };
  let employeeB: { id: string };

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    const provider = await newProvider(ctx, mutual.id);
    const course = await newCourse(ctx, mutual.id, provider.id, { minSeats: 2 });
    const a = await newMember(ctx, mutual.id);
    const b = await newMember(ctx, mutual.id);
    employeeA = await newEmployee(ctx, a);
    employeeB = await newEmployee(ctx, b);
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    trainer = (await loginAs(ctx, 'trainer', { mutualId: mutual.id, providerId: provider.id })).client;
    contactA = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: a.id })).client;
    const s = await newSession(ctx, course, { status: 'confirmed' });
    sessionId = s.id;
    await coordinator.put(`/api/sessions/${s.id}/meeting-days`, {
      days: [
        { day: '2027-03-15', startsAt: '08:30', endsAt: '16:00' },
        { day: '2027-07-16', startsAt: '09:00', endsAt: '12:00' },
      ],
    });
    await coordinator.patch(`/api/sessions/${s.id}`, {
      place: '1200, boul. Industriel; Laval',
      trainerName: 'Julie Roy',
    });
    await coordinator.post(`/api/sessions/${s.id}/transitions`, { to: 'scheduled' });
    await contactA.post(`/api/sessions/${s.id}/enrolments`, { employeeId: employeeA.id });
  });
  after(() => ctx.close());

  it('given a trainer feed, then anyone with the URL gets its sessions in Montreal time with escaped text', async () => {
    const res = await trainer.post('/api/calendar-feeds', { kind: 'trainer' });
    assert.equal(res.status, 201);
    const { url } = await res.json();
    assert.match(url, /^http:\/\/localhost:3000\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const ics = await anonymous(ctx).get(path(url));
    assert.equal(ics.status, 200);
    assert.match(ics.headers.get('content-type') ?? '', /^text\/calendar/);
    const text = await ics.text();
    assert.match(text, /BEGIN:VTIMEZONE\r\nTZID:America\/Montreal/);
    assert.match(text, /DTSTART;TZID=America\/Montreal:20270315T083000/);
    assert.match(text, /DTSTART;TZID=America\/Montreal:20270716T090000/);
    assert.match(text, /LOCATION:1200\\, boul\. Industriel\\; Laval/);
    assert.equal(text.match(/BEGIN:VEVENT/g)?.length, 2);
    assert.match(text, /STATUS:CONFIRMED/);
  });

  it('given a change then a cancellation, then the feed shows a higher SEQUENCE and STATUS:CANCELLED', async () => {
    const { url } = await (
      await contactA.post('/api/calendar-feeds', { kind: 'participant', employeeId: employeeA.id })
    ).json();
    const before = await (await anonymous(ctx).get(path(url))).text();
    const seq0 = Number(before.match(/SEQUENCE:(\d+)/)?.[1]);
    await coordinator.patch(`/api/sessions/${sessionId}`, { place: 'Salle B, 12 rue du Port, Laval' });
    const changed = await (await anonymous(ctx).get(path(url))).text();
    assert.equal(Number(changed.match(/SEQUENCE:(\d+)/)?.[1]), seq0 + 1);
    assert.match(changed, /Salle B/);
    await coordinator.post(`/api/sessions/${sessionId}/transitions`, { to: 'cancelled', reason: 'Formateur malade' });
    const cancelled = await (await anonymous(ctx).get(path(url))).text();
    assert.ok(Number(cancelled.match(/SEQUENCE:(\d+)/)?.[1]) > seq0 + 1);
    assert.match(cancelled, /STATUS:CANCELLED/);
  });

  it("given a member contact, then it cannot open a feed of another firm's employee; a firm feed holds only its sessions", async () => {
    const res = await contactA.post('/api/calendar-feeds', { kind: 'participant', employeeId: employeeB.id });
    assert.equal(res.status, 404);
    assert.equal((await contactA.post('/api/calendar-feeds', { kind: 'trainer' })).status, 400);
    const bad = await contactA.post('/api/calendar-feeds', { kind: 'everyone' });
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).errors[0].field, 'kind');
    const { url } = await (
      await coordinator.post('/api/calendar-feeds', {
        kind: 'member',
        memberId: (
          await ctx.deps.db
            .selectFrom('employee')
            .select('member_id')
            .where('id', '=', employeeB.id)
            .executeTakeFirstOrThrow()
        ).member_id,
      })
    ).json();
    const text = await (await anonymous(ctx).get(path(url))).text();
    assert.doesNotMatch(text, /BEGIN:VEVENT/);
  });

  it('given a revoked or made-up token, then 404 with nothing in it', async () => {
    const feed = await (await contactA.post('/api/calendar-feeds', { kind: 'member' })).json();
    assert.equal((await anonymous(ctx).get(path(feed.url))).status, 200);
    assert.equal((await contactA.delete(`/api/calendar-feeds/${feed.id}`)).status, 204);
    const gone = await anonymous(ctx).get(path(feed.url));
    assert.equal(gone.status, 404);
    assert.doesNotMatch(await gone.text(), /VCALENDAR|Laval/);
    assert.equal((await anonymous(ctx).get(`/api/calendar/${'A'.repeat(43)}.ics`)).status, 404);
    assert.equal((await anonymous(ctx).get('/api/calendar/..%2F..%2Fetc')).status, 404);
  });

  it('given feeds of several people, then each lists only the feeds it may revoke (a coordinator all), without their token; a revoked one drops out', async () => {
    const mine = await (
      await contactA.post('/api/calendar-feeds', { kind: 'participant', employeeId: employeeA.id })
    ).json();
    const trainers = await (await trainer.post('/api/calendar-feeds', { kind: 'trainer' })).json();
    const listed = (await (await contactA.get('/api/calendar-feeds')).json()).items;
    assert.ok(
      listed.some(
        (f: { id: string; kind: string; employeeName: string | null }) =>
          f.id === mine.id && f.kind === 'participant' && f.employeeName,
      ),
    );
    assert.ok(!listed.some((f: { id: string }) => f.id === trainers.id));
    assert.ok(listed.every((f: Record<string, unknown>) => !('url' in f)));
    const all = (await (await coordinator.get('/api/calendar-feeds')).json()).items;
    assert.ok(
      all.some((f: { id: string }) => f.id === trainers.id) && all.some((f: { id: string }) => f.id === mine.id),
    );
    assert.equal((await contactA.delete(`/api/calendar-feeds/${mine.id}`)).status, 204);
    assert.ok(
      !(await (await contactA.get('/api/calendar-feeds')).json()).items.some((f: { id: string }) => f.id === mine.id),
    );
  });
});
