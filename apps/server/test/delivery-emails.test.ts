import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { sendReminders } from '../src/delivery/send-reminders.ts';
import { smtpTransportFromConfig } from '../src/mail/transport.ts';
import { sendOutbox } from '../src/outbox/send-outbox.ts';
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

// Delivery e-mails travel through the outbox to a real SMTP server started here.

interface Received {
  to: string[];
  raw: string;
}

async function startSmtp() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

// Enough MIME to read what arrived: quoted-printable bodies and RFC 2047 encoded subjects (UTF-8).
const qpBytes = (text: string) =>
  Buffer.from(
    text.replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(Number.parseInt(h, 16))),
    'latin1',
  ).toString('utf8');
const decode = (raw: string) => qpBytes(raw.replace(/=\r?\n/g, ''));
const subjectOf = (raw: string) => {
  const headers = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
  const subject = headers.match(/^Subject: (.*)$/m)?.[1] ?? '';
  return subject
    .replace(/\?=\s+=\?UTF-8\?Q\?/gi, '')
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_, q: string) => qpBytes(q.replace(/_/g, ' ')));
};

describe('delivery e-mails reach a real SMTP server, in the recipient language', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let ctx: TestContext;
  let coordinator: Client;
  let contact: Client;

  const flush = async () => {
    const transport = smtpTransportFromConfig(ctx.deps.config)!;
    const result = await sendOutbox({
      db: ctx.deps.db,
      transport,
      from: ctx.deps.config.SMTP_FROM,
      now: ctx.deps.now,
      batchSize: 100,
    });
    transport.close();
    assert.equal(result.failed + result.retrying, 0);
    const out = smtp.received.splice(0);
    return out.map((m) => ({ to: m.to[0], subject: subjectOf(m.raw), body: decode(m.raw) }));
  };

  before(async () => {
    smtp = await startSmtp();
    ctx = await createTestContext({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_FROM: 'mutualis@example.test',
    });
    const mutual = await newMutual(ctx);
    const provider = await newProvider(ctx, mutual.id);
    const course = await newCourse(ctx, mutual.id, provider.id, { minSeats: 1, maxSeats: 2 });
    const member = await newMember(ctx, mutual.id);
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    contact = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: member.id })).client;
    const people = [];
    for (const [name, language] of [
      ['ana', 'en'],
      ['luc', 'fr'],
      ['zoe', 'en'],
    ] as const) {
      const e = await newEmployee(ctx, member, { first_name: name });
      await ctx.deps.db
        .updateTable('employee')
        .set({ email: `${name}@example.test`, language })
        .where('id', '=', e.id)
        .execute();
      people.push(e);
    }
    const s = await newSession(ctx, course, { status: 'confirmed', seatsMax: 2 });
    await coordinator.patch(`/api/sessions/${s.id}`, {
      title: 'Forklift basics',
      place: 'Laval',
      trainerName: 'Julie Roy',
    });
    await coordinator.put(`/api/sessions/${s.id}/meeting-days`, {
      days: [{ day: '2026-11-22', startsAt: '08:30', endsAt: '16:00' }],
    });
    (ctx as unknown as { s: { id: string; people: typeof people } }).s = { id: s.id, people };
  });
  after(async () => {
    await ctx.close();
    await smtp.close();
  });

  it('given the whole path, then confirmation, waitlist, invitation, reminder, change, promotion and cancellation arrive', async () => {
    const { id, people } = (ctx as unknown as { s: { id: string; people: { id: string }[] } }).s;
    const enrolled = [];
    for (const p of people)
      enrolled.push(await (await contact.post(`/api/sessions/${id}/enrolments`, { employeeId: p.id })).json());
    let mails = await flush();
    assert.deepEqual(mails.map((m) => [m.to, m.subject]).sort(), [
      ['ana@example.test', 'Enrolment confirmed: Forklift basics'],
      ['luc@example.test', 'Inscription confirmée : Forklift basics'],
      ['zoe@example.test', 'Waitlist: Forklift basics'],
    ]);

    assert.equal((await coordinator.post(`/api/sessions/${id}/transitions`, { to: 'scheduled' })).status, 200);
    mails = await flush();
    assert.deepEqual(mails.map((m) => m.to).sort(), ['ana@example.test', 'luc@example.test']);
    const invitation = mails.find((m) => m.to === 'ana@example.test')!;
    assert.equal(invitation.subject, 'Invitation: Forklift basics');
    assert.match(invitation.body, /Sunday, November 22, 2026, 8:30\sa\.m\. – 4:00\sp\.m\./);
    assert.match(invitation.body, /Place: Laval/);

    assert.equal(await sendReminders(ctx.deps), 2);
    assert.equal(await sendReminders(ctx.deps), 0);
    mails = await flush();
    assert.deepEqual(mails.map((m) => m.subject).sort(), ['Rappel : Forklift basics', 'Reminder: Forklift basics']);

    await coordinator.patch(`/api/sessions/${id}`, { place: 'Salle 2, Laval' });
    mails = await flush();
    assert.ok(mails.every((m) => /Salle 2, Laval/.test(m.body)));
    assert.deepEqual(mails.map((m) => m.subject).sort(), ['Change: Forklift basics', 'Changement : Forklift basics']);

    await contact.post(`/api/enrolments/${enrolled[1].id}/withdraw`, {});
    mails = await flush();
    assert.deepEqual(
      mails.map((m) => [m.to, m.subject]),
      [['zoe@example.test', 'A seat freed up: Forklift basics']],
    );

    await coordinator.post(`/api/sessions/${id}/transitions`, { to: 'cancelled', reason: 'Trainer ill' });
    mails = await flush();
    assert.deepEqual(mails.map((m) => m.to).sort(), ['ana@example.test', 'zoe@example.test']);
    assert.ok(mails.every((m) => m.subject === 'Cancelled: Forklift basics' && /Reason: Trainer ill/.test(m.body)));
  });
});
