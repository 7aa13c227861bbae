import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { smtpTransportFromConfig } from '../src/mail/transport.ts';
import { enqueueEmails } from '../src/outbox/enqueue-email.ts';
import { createOutboxSender, startOutboxSender } from '../src/outbox/outbox-sender.ts';
import { sendOutbox } from '../src/outbox/send-outbox.ts';
import { anonymous, createTestContext, loginAs, newMutual, type TestContext } from './harness.ts';
import { outboxFor, tokenFromMail } from './mail-helpers.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on 127.0.0.1, port chosen by the system; `reject` makes it refuse every recipient. */
async function startSmtp(options: { reject?: boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (options.reject) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Undoes quoted-printable soft line breaks and escapes, enough to read links and headers. */
const decodeQuotedPrintable = (raw: string) =>
  raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)));

describe('outbox sender against a real SMTP server', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let ctx: TestContext;
  before(async () => {
    smtp = await startSmtp();
    ctx = await createTestContext({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_FROM: 'mutualis@example.test',
      PUBLIC_URL: 'https://app.example.test',
    });
  });
  after(async () => {
    await ctx.close();
    await smtp.close();
  });

  it('given an invitation in the outbox, when the sender runs one pass, then the message arrives with recipient, subject and link, and is marked sent', async () => {
    const mutual = await newMutual(ctx);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const invited = await client.post('/api/users', {
      email: 'ana@example.test',
      displayName: 'Ana',
      role: 'board_viewer',
      locale: 'en',
    });
    assert.equal(invited.status, 201);
    const token = await tokenFromMail(ctx, 'ana@example.test', 'invitation');

    const transport = smtpTransportFromConfig(ctx.deps.config);
    assert.ok(transport);
    const result = await sendOutbox({ db: ctx.deps.db, transport, from: ctx.deps.config.SMTP_FROM, now: ctx.deps.now });
    transport.close();
    assert.deepEqual(result, { claimed: 1, sent: 1, retrying: 0, failed: 0 });

    assert.equal(smtp.received.length, 1);
    const [mail] = smtp.received;
    assert.deepEqual(mail.to, ['ana@example.test']);
    assert.equal(mail.from, 'mutualis@example.test');
    const decoded = decodeQuotedPrintable(mail.raw);
    assert.match(decoded, /^Subject: Your Mutualis invitation for Mutual /m);
    assert.ok(decoded.includes(`https://app.example.test/invitation?token=${token}`), 'the link with its token');

    const [row] = await outboxFor(ctx, 'ana@example.test');
    assert.equal(row.status, 'sent');
    assert.equal(row.attempts, 1);
    assert.equal(row.sent_at, '2026-11-20T15:00:00.000Z');

    const again = await sendOutbox({
      db: ctx.deps.db,
      transport: smtpTransportFromConfig(ctx.deps.config)!,
      from: 'x@example.test',
      now: ctx.deps.now,
    });
    assert.deepEqual(again, { claimed: 0, sent: 0, retrying: 0, failed: 0 }, 'a sent message is not sent twice');
  });

  it('given a burst of 45 due e-mails, when the sender runs one pass, then batch after batch all 45 leave in that pass; with no time to drain, one batch of 20', async () => {
    const mutual = await newMutual(ctx);
    const burst = (prefix: string) =>
      Array.from({ length: 45 }, (_, i) => ({
        mutualId: mutual.id,
        kind: 'invitation' as const,
        to: `${prefix}${i}@example.test`,
        locale: 'fr' as const,
        email: { subject: `Invitation ${i}`, text: `Bonjour ${i}`, html: `<p>Bonjour ${i}</p>` },
      }));
    const before = smtp.received.length;
    await enqueueEmails(ctx.deps.db, burst('burst'), ctx.deps.now());
    const lines: string[] = [];
    const sender = createOutboxSender(ctx.deps, {
      transport: smtpTransportFromConfig(ctx.deps.config),
      log: (line) => lines.push(line),
      batchSize: 20,
    });
    await sender.runOnce();
    assert.equal(smtp.received.length - before, 45, 'the whole burst in one pass');
    assert.deepEqual(lines, ['outbox: 45 sent, 0 to retry, 0 failed']);

    await enqueueEmails(ctx.deps.db, burst('slow'), ctx.deps.now());
    const oneBatch = createOutboxSender(ctx.deps, {
      transport: smtpTransportFromConfig(ctx.deps.config),
      log: () => {},
      batchSize: 20,
      drainMs: 0,
    });
    await oneBatch.runOnce();
    assert.equal(smtp.received.length - before, 65, 'one batch when the pass has no time left');
    await oneBatch.runOnce();
    await oneBatch.runOnce();
    assert.equal(smtp.received.length - before, 90, 'the rest on the next passes, none twice');
    sender.close();
    oneBatch.close();
  });
});

describe('outbox sender when the SMTP server refuses', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let ctx: TestContext;
  before(async () => {
    smtp = await startSmtp({ reject: true });
    ctx = await createTestContext({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) });
  });
  after(async () => {
    await ctx.close();
    await smtp.close();
  });

  it('given failures, then attempts increment with exponential backoff, the message ends failed, and a coordinator can retry it', async () => {
    const mutual = await newMutual(ctx);
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    await client.post('/api/users', { email: 'bob@example.test', displayName: 'Bob', role: 'board_viewer' });
    const transport = smtpTransportFromConfig(ctx.deps.config)!;
    const pass = () =>
      sendOutbox({
        db: ctx.deps.db,
        transport,
        from: 'm@example.test',
        now: ctx.deps.now,
        maxAttempts: 3,
        baseDelayMs: 60_000,
      });
    const row = async () => (await outboxFor(ctx, 'bob@example.test'))[0];

    assert.deepEqual(await pass(), { claimed: 1, sent: 0, retrying: 1, failed: 0 });
    let r = await row();
    assert.equal(r.status, 'pending');
    assert.equal(r.attempts, 1);
    assert.match(r.last_error ?? '', /Mailbox unavailable/);
    assert.equal(r.next_attempt_at, '2026-11-20T15:01:00.000Z', 'first retry after 1 minute');

    assert.deepEqual(await pass(), { claimed: 0, sent: 0, retrying: 0, failed: 0 }, 'not due yet');

    ctx.setNow('2026-11-20T15:01:00Z');
    await pass();
    r = await row();
    assert.equal(r.attempts, 2);
    assert.equal(r.next_attempt_at, '2026-11-20T15:03:00.000Z', 'then after 2 minutes');

    ctx.setNow('2026-11-20T15:03:00Z');
    assert.deepEqual(await pass(), { claimed: 1, sent: 0, retrying: 0, failed: 1 });
    r = await row();
    assert.equal(r.status, 'failed');
    assert.equal(r.attempts, 3);
    transport.close();

    const failed = await (await client.get('/api/outbox?status=failed')).json();
    assert.deepEqual(
      failed.items.map((m: { toAddress: string }) => m.toAddress),
      ['bob@example.test'],
    );
    assert.equal(failed.items[0].attempts, 3);
    assert.equal('textBody' in failed.items[0], false, 'bodies (which hold links) are not shown');

    const retried = await client.post(`/api/outbox/${r.id}/retry`);
    assert.equal(retried.status, 200);
    const body = await retried.json();
    assert.equal(body.status, 'pending');
    assert.equal(body.attempts, 0);
    assert.equal((await client.post(`/api/outbox/${r.id}/retry`)).status, 409, 'only a failed message can be retried');
  });

  it("given another mutual's message, then the coordinator neither lists nor retries it", async () => {
    const mine = await newMutual(ctx);
    const other = await newMutual(ctx);
    const message = await ctx.deps.db
      .insertInto('outbox')
      .values({
        mutual_id: other.id,
        kind: 'invitation',
        to_address: 'other@example.test',
        subject: 'S',
        text_body: 'T',
        status: 'failed',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mine.id });
    const page = await (await client.get('/api/outbox')).json();
    assert.ok(!page.items.some((m: { id: number }) => m.id === message.id));
    assert.equal((await client.post(`/api/outbox/${message.id}/retry`)).status, 404);
    assert.equal((await client.get('/api/outbox?status=lost')).status, 400);
  });
});

describe('outbox sender without SMTP', () => {
  it('given no SMTP_HOST in development, then it says so, prints each message once with its links (invitation, password reset) and its privacy officer at its foot, and leaves it pending', async () => {
    const ctx = await createTestContext({
      NODE_ENV: 'development',
      PUBLIC_URL: 'http://localhost:8080',
      PRIVACY_OFFICER_NAME: 'Lise Officier',
      PRIVACY_OFFICER_EMAIL: 'vie-privee@example.test',
    });
    try {
      const mutual = await newMutual(ctx);
      const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
      await client.post('/api/users', { email: 'dev@example.test', displayName: 'Dev', role: 'board_viewer' });
      const coordinator = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
      assert.equal(
        (await anonymous(ctx).post('/api/auth/password-reset', { email: coordinator.user.email })).status,
        202,
      );
      const lines: string[] = [];
      const jobs = startOutboxSender(ctx.deps, { log: (line) => lines.push(line), intervalMs: 3_600_000 });
      await jobs.runOnce();
      await jobs.runOnce();
      await jobs.stop();
      assert.ok(lines[0].includes('SMTP_HOST is not set'));
      const invitation = lines.filter((l) => l.includes('to dev@example.test'));
      assert.equal(invitation.length, 1);
      // what the README promises: the links can be followed from the log
      assert.match(invitation[0], /http:\/\/localhost:8080\/invitation\?token=[\w-]+/);
      assert.ok(
        invitation[0].endsWith('Protection des renseignements personnels : Lise Officier, vie-privee@example.test'),
        'printed as it would leave, with the officer at its foot',
      );
      assert.match(
        lines.find((l) => l.includes(`to ${coordinator.user.email}`)) ?? '',
        /http:\/\/localhost:8080\/reset-password\?token=[\w-]+/,
      );
      assert.equal((await outboxFor(ctx, 'dev@example.test'))[0].status, 'pending');
    } finally {
      await ctx.close();
    }
  });

  it('given no SMTP_HOST in production, then it prints no message (they carry login links)', async () => {
    const ctx = await createTestContext({
      NODE_ENV: 'production',
      SESSION_SECRET: 'a-production-secret-of-at-least-32-characters',
    });
    try {
      const mutual = await newMutual(ctx);
      const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
      await client.post('/api/users', { email: 'prod@example.test', displayName: 'Prod', role: 'board_viewer' });
      const lines: string[] = [];
      const jobs = startOutboxSender(ctx.deps, { log: (line) => lines.push(line), intervalMs: 3_600_000 });
      await jobs.runOnce();
      await jobs.stop();
      assert.deepEqual(
        lines.filter((l) => l.includes('prod@example.test')),
        [],
      );
    } finally {
      await ctx.close();
    }
  });
});
