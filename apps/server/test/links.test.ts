// Every link an e-mail or a document carries opens a real page of the web app (or a real API operation),
// and one its reader may open. The e-mails are the real ones: each kind that carries a link is caused here
// through the API (invitation, password reset, request for quote, go/no-go alert, seat request,
// questionnaires of levels 1–3, attestation expiry reminder), and so are the documents (attestation PDF, questionnaire sheets of the
// participants without an e-mail, calendar feed URL).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { matchWebPage, mayOpenPage, WEB_PAGE_NAMES, WEB_PAGES, webPath, webPaths } from '@mutualis/contracts/web-paths';
import type { Role } from '@mutualis/domain/accounts/roles';
import { runDeliveryPass } from '../src/delivery/delivery-jobs.ts';
import { sendExpiryReminders } from '../src/learning/index.ts';
import type { OutgoingMail } from '../src/mail/transport.ts';
import { sendOutbox } from '../src/outbox/send-outbox.ts';
import { newCourse, newSession, sessionInDelivery } from './delivery-builders.ts';
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
import { needBody, newTopic } from './needs-fixtures.ts';

const PUBLIC_URL = 'https://formation.example.org';
const here = path.dirname(fileURLToPath(import.meta.url));
const serverSrc = path.join(here, '../src');

/** The e-mail kinds that carry a link to the app; each must be caused by the scenario below. */
const KINDS_WITH_LINKS = [
  'invitation',
  'password_reset',
  'quote_request',
  'go_no_go_alert',
  'seat_request',
  'questionnaire_1',
  'questionnaire_2',
  'level3_questionnaire_3',
  'attestation_expiry',
  'invoice',
];

const urlsIn = (text: string) =>
  [...text.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0].replace(/&amp;/g, '&').replace(/[.,;]+$/, ''));

describe('web paths', () => {
  it('given the page table, then every shorthand path opens the page it names, and a literal segment wins over a parameter', () => {
    assert.equal(matchWebPage(webPaths.session('s-1'))?.name, 'session');
    assert.deepEqual(matchWebPage(webPaths.session('s-1'))?.params, { sessionId: 's-1' });
    assert.equal(matchWebPage(webPaths.quote('q-1'))?.name, 'quote');
    assert.equal(matchWebPage(webPaths.invitation('tok', 'en'))?.name, 'invitation');
    assert.equal(webPaths.invitation('a b', 'en'), '/invitation?token=a+b&lang=en');
    assert.equal(matchWebPage(webPaths.resetPassword('tok', 'fr'))?.name, 'resetPassword');
    assert.equal(matchWebPage(webPaths.questionnaire('tok', 'fr'))?.name, 'questionnaire');
    assert.equal(matchWebPage(webPaths.verifyAttestation('2026-000001-ABCDEFGH'))?.name, 'verifyAttestation');
    assert.equal(matchWebPage('/sessions/new')?.name, 'sessionNew');
    assert.equal(matchWebPage('/delivery/sessions/s-1'), null, 'the path the go/no-go e-mail used to carry');
    assert.equal(webPath('member', { memberId: 'a/b' }), '/members/a%2Fb');
    for (const name of WEB_PAGE_NAMES) {
      const params = Object.fromEntries([...WEB_PAGES[name].path.matchAll(/:(\w+)/g)].map((m) => [m[1], 'x1']));
      assert.equal(matchWebPage(webPath(name, params as never))?.name, name, `${name} does not match its own path`);
    }
  });

  it('given the server sources, then only links.ts builds an address from PUBLIC_URL (every link goes through the page table)', () => {
    const allowed = new Set(['config.ts', 'links.ts', 'main.ts', 'accounts/auth-routes.ts']);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
          const rel = path.relative(serverSrc, full).split(path.sep).join('/');
          if (!allowed.has(rel) && fs.readFileSync(full, 'utf8').includes('PUBLIC_URL')) offenders.push(rel);
        }
      }
    };
    walk(serverSrc);
    assert.deepEqual(
      offenders,
      [],
      'build links with webUrl(config, webPaths.…) or apiUrl(config, endpoint, params) from links.ts',
    );
  });
});

describe('links in e-mails and documents', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let contact: Client;
  let contactEmail: string;
  let sessionId: string;
  let attestations: { id: string; verifyUrl: string }[];
  let feedUrl: string;
  let sheetUris: string[];
  let mutualId: string;
  const pdfs = new Map<string, string>();

  before(async () => {
    ctx = await createTestContext({ PUBLIC_URL });
    const mutual = await newMutual(ctx);
    mutualId = mutual.id;
    const provider = await newProvider(ctx, mutual.id);
    const course = await newCourse(ctx, mutual.id, provider.id, { minSeats: 4 });
    const member = await newMember(ctx, mutual.id);
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id }, { locale: 'en' })).client;
    await loginAs(ctx, 'coordinator', { mutualId: mutual.id }, { locale: 'fr' });
    const c = await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: member.id }, { locale: 'en' });
    contact = c.client;
    contactEmail = c.user.email;
    const trainer = (await loginAs(ctx, 'trainer', { mutualId: mutual.id, providerId: provider.id })).client;

    // accounts: an invitation and a password reset
    assert.equal(
      (
        await coordinator.post('/api/users', {
          email: 'new-coordinator@example.test',
          displayName: 'Nouvelle',
          role: 'coordinator',
          locale: 'fr',
        })
      ).status,
      201,
    );
    assert.equal((await anonymous(ctx).post('/api/auth/password-reset', { email: contactEmail })).status, 202);

    // a request for quote to a provider with an address
    const topic = await newTopic(ctx, mutual.id);
    const quoted = await (
      await coordinator.post('/api/providers', {
        name: 'Formation Alpha',
        kind: 'accredited_trainer',
        email: 'alpha@example.test',
        regions: ['06'],
      })
    ).json();
    await coordinator.post('/api/needs', {
      memberId: member.id,
      ...needBody(topic.id, { seats: 3, regionCode: '06' }),
    });
    const quote = await coordinator.post('/api/quotes', {
      topicId: topic.id,
      title: 'Chariot élévateur',
      regionCode: '06',
      providerIds: [quoted.id],
    });
    assert.equal(quote.status, 201, await quote.clone().text());

    // a session below its minimum at its decision date: the go/no-go alert, then a seat request
    const proposed = await newSession(ctx, course, {
      goNoGoDate: '2026-11-20',
      reservations: [{ memberId: member.id, seats: 1 }],
    });
    sessionId = proposed.id;
    assert.deepEqual((await (await coordinator.post('/api/sessions/go-no-go')).json()).alerted, [proposed.id]);
    assert.equal(
      (await contact.post(`/api/sessions/${proposed.id}/seat-requests`, { seats: 2, note: 'Deux de plus' })).status,
      202,
    );

    // a delivered session: questionnaires (levels 1 and 2 to participants, 3 to the firm) and attestations
    const people = [];
    for (const [name, language] of [
      ['lea', 'fr'],
      ['sam', 'en'],
    ] as const) {
      const e = await newEmployee(ctx, member, { first_name: name });
      await ctx.deps.db
        .updateTable('employee')
        .set({ email: `${name}@example.test`, language })
        .where('id', '=', e.id)
        .execute();
      people.push({ member, employee: e });
    }
    // and one without an e-mail, whose questionnaires are printed on a sheet handed out at the last meeting day
    people.push({ member, employee: await newEmployee(ctx, member, { first_name: 'noe' }) });
    const world = await sessionInDelivery(ctx, course, people);
    const entries = world.enrolments.flatMap((enrolmentId) =>
      world.days.map((meetingDayId) => ({ enrolmentId, meetingDayId, present: true })),
    );
    assert.equal((await trainer.put(`/api/sessions/${world.session.id}/attendance`, { entries })).status, 200);
    const sheets = await trainer.post(`/api/sessions/${world.session.id}/questionnaire-sheets`);
    assert.equal(sheets.status, 200, await sheets.clone().text());
    sheetUris = [
      ...Buffer.from(await sheets.arrayBuffer())
        .toString('latin1')
        .matchAll(/\/URI \(([^)]*)\)/g),
    ].map((m) => m[1]);
    await trainer.put(`/api/sessions/${world.session.id}/results`, {
      entries: world.enrolments.map((enrolmentId) => ({ enrolmentId, outcome: 'passed' })),
    });
    assert.equal(
      (await coordinator.post(`/api/sessions/${world.session.id}/transitions`, { to: 'delivered' })).status,
      200,
    );
    attestations = (await (await coordinator.get(`/api/attestations?sessionId=${world.session.id}`)).json()).items;
    // the delivered session invoiced: each firm's contact gets its invoice by e-mail, with a link to it
    const invoiced = await coordinator.post(`/api/finance/sessions/${world.session.id}/invoice`);
    assert.ok(invoiced.status < 300, await invoiced.clone().text());
    assert.equal(attestations.length, 3);
    for (const a of attestations)
      pdfs.set(
        a.id,
        Buffer.from(await (await coordinator.get(`/api/attestations/${a.id}/pdf`)).arrayBuffer()).toString('latin1'),
      );

    // a private calendar URL
    const feed = await contact.post('/api/calendar-feeds', { kind: 'member' });
    assert.equal(feed.status, 201);
    feedUrl = (await feed.json()).url;

    // the course's attestations are valid 3 months (until 2027-02-20): a reminder is due 60 days ahead
    assert.equal((await coordinator.patch(`/api/courses/${course.id}`, { validityMonths: 3 })).status, 200);

    // last, as the logins expire: 60 days after the last day, the level-3 follow-up and the expiry reminder
    ctx.setNow('2027-01-19T15:00:00Z');
    await runDeliveryPass(ctx.deps);
    assert.ok((await sendExpiryReminders(ctx.deps)) > 0, 'an expiry reminder');
  });
  after(() => ctx.close());

  it('given every e-mail the scenario caused, then each link to the app opens an existing page that its recipient may open', async () => {
    const messages = await ctx.deps.db
      .selectFrom('outbox')
      .select(['kind', 'to_address', 'text_body', 'html_body'])
      .execute();
    const users = new Map(
      (await ctx.deps.db.selectFrom('app_user').select(['email', 'role']).execute()).map((u) => [
        u.email,
        u.role as Role,
      ]),
    );
    const kindsWithLinks = new Set<string>();
    const problems: string[] = [];
    for (const m of messages) {
      for (const url of [...urlsIn(m.text_body), ...urlsIn(m.html_body ?? '')]) {
        if (!url.startsWith(`${PUBLIC_URL}/`)) {
          problems.push(`${m.kind} to ${m.to_address}: ${url} is not under PUBLIC_URL`);
          continue;
        }
        kindsWithLinks.add(m.kind);
        const page = matchWebPage(url.slice(PUBLIC_URL.length));
        if (!page) {
          problems.push(`${m.kind} to ${m.to_address}: ${url} is no page of the web app`);
          continue;
        }
        // an account opens the page as itself; an address without an account (an employee, a provider) only public pages and the trainer portal
        const role = users.get(m.to_address) ?? (m.kind === 'quote_request' ? 'trainer' : null);
        if (!mayOpenPage(page.name, role))
          problems.push(
            `${m.kind} to ${m.to_address} (${role ?? 'no account'}): ${url} opens ${page.name}, which is not for them`,
          );
      }
    }
    assert.deepEqual(problems, []);
    assert.deepEqual([...kindsWithLinks].sort(), [...KINDS_WITH_LINKS].sort(), 'the e-mail kinds that carry a link');
  });

  it('given the go/no-go alert and the seat request, then they open the session page itself', async () => {
    for (const kind of ['go_no_go_alert', 'seat_request']) {
      const m = await ctx.deps.db
        .selectFrom('outbox')
        .select('text_body')
        .where('kind', '=', kind)
        .executeTakeFirstOrThrow();
      assert.ok(m.text_body.includes(`${PUBLIC_URL}/sessions/${sessionId}`), `${kind}: ${m.text_body}`);
    }
  });

  it('given an attestation, then its verification link (API answer and PDF) opens the public verification page', async () => {
    for (const a of attestations) {
      assert.equal(matchWebPage(a.verifyUrl.slice(PUBLIC_URL.length))?.name, 'verifyAttestation');
      assert.ok(a.verifyUrl.startsWith(`${PUBLIC_URL}/`));
      const uris = [...(pdfs.get(a.id) ?? '').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
      assert.deepEqual(uris, [a.verifyUrl], 'the PDF links to its verification page');
    }
  });

  it("given the questionnaire sheets, then each link (levels 1 and 2) opens the public questionnaire page in the participant's language", () => {
    assert.equal(sheetUris.length, 2, sheetUris.join(' '));
    for (const uri of sheetUris) {
      assert.ok(uri.startsWith(`${PUBLIC_URL}/`), uri);
      assert.equal(matchWebPage(uri.slice(PUBLIC_URL.length))?.name, 'questionnaire', uri);
      assert.match(uri, /\?lang=fr$/);
    }
  });

  it('given a calendar feed, then its URL is the feed operation of the API and answers a calendar', async () => {
    assert.ok(feedUrl.startsWith(`${PUBLIC_URL}/api/calendar/`), feedUrl);
    const res = await anonymous(ctx).get(feedUrl.slice(PUBLIC_URL.length));
    assert.equal(res.status, 200);
    assert.match(await res.text(), /^BEGIN:VCALENDAR/);
  });

  it("given every e-mail kind the scenario caused, when the outbox sends them, then each carries the mutual's privacy officer at its foot, in its text and HTML, in the recipient's language", async () => {
    const officer = {
      name: 'Nadia Roy',
      title: 'Directrice générale',
      email: 'vie.privee@mutuelle.example',
      phone: '514 555-0199',
    };
    // a new login: the scenario's have expired
    const { client } = await loginAs(ctx, 'coordinator', { mutualId });
    assert.equal((await client.put('/api/privacy/officer', officer)).status, 200);
    const sent: OutgoingMail[] = [];
    const transport = { send: async (mail: OutgoingMail) => void sent.push(mail), close() {} };
    for (let pass = 0; pass < 20; pass++) {
      const r = await sendOutbox({
        db: ctx.deps.db,
        transport,
        from: 'app@example.test',
        now: ctx.deps.now,
        batchSize: 50,
      });
      if (r.sent === 0) break;
    }
    const messages = await ctx.deps.db
      .selectFrom('outbox')
      .select(['kind', 'to_address', 'subject', 'locale'])
      .execute();
    assert.equal(sent.length, messages.length, 'every message was sent');
    const kinds = new Set<string>();
    for (const m of messages) {
      const mail = sent.find((s) => s.to === m.to_address && s.subject === m.subject);
      assert.ok(mail, `${m.kind} to ${m.to_address} was sent`);
      const label = m.locale === 'en' ? 'Privacy officer: ' : 'Protection des renseignements personnels : ';
      const line = `${label}Nadia Roy (Directrice générale), vie.privee@mutuelle.example`;
      assert.ok(mail.text.trimEnd().split('\n').at(-1)?.startsWith(line), `${m.kind} (${m.locale}) text: ${mail.text}`);
      assert.ok(mail.html?.includes('href="mailto:vie.privee@mutuelle.example"'), `${m.kind} html: ${mail.html}`);
      assert.ok(mail.html?.includes(m.locale === 'en' ? 'Privacy officer' : 'Protection des renseignements'), m.kind);
      kinds.add(m.kind);
    }
    for (const kind of KINDS_WITH_LINKS) assert.ok(kinds.has(kind), `${kind} was sent`);
    assert.ok(new Set(messages.map((m) => m.locale)).size === 2, 'messages in both languages');
  });
});
