// The privacy officer (Law 25): named by the coordinator for its mutual, the platform's default from the
// configuration elsewhere; published to anyone (the footer of every page, the login page included) and
// at the foot of e-mails of no mutual.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.ts';
import type { OutgoingMail } from '../src/mail/transport.ts';
import { sendOutbox } from '../src/outbox/send-outbox.ts';
import { platformOfficer } from '../src/privacy/index.ts';
import {
  anonymous,
  type Client,
  createTestContext,
  loginAs,
  newMember,
  newMutual,
  type TestContext,
} from './harness.ts';

const PLATFORM = {
  PRIVACY_OFFICER_NAME: 'Bureau de la plateforme',
  PRIVACY_OFFICER_EMAIL: 'vie.privee@plateforme.example',
};

describe('privacy officer', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let contact: Client;
  let otherCoordinator: Client;

  before(async () => {
    ctx = await createTestContext(PLATFORM);
    const mutual = await newMutual(ctx);
    const other = await newMutual(ctx);
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id }, { locale: 'en' })).client;
    otherCoordinator = (await loginAs(ctx, 'coordinator', { mutualId: other.id })).client;
    contact = (
      await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: (await newMember(ctx, mutual.id)).id })
    ).client;
  });
  after(() => ctx.close());

  it('given no officer named, then anyone (logged in or not) is shown the platform default', async () => {
    const expected = {
      officer: { name: PLATFORM.PRIVACY_OFFICER_NAME, title: '', email: PLATFORM.PRIVACY_OFFICER_EMAIL, phone: null },
      source: 'platform',
    };
    assert.deepEqual(await (await anonymous(ctx).get('/api/privacy/officer')).json(), expected);
    assert.deepEqual(await (await contact.get('/api/privacy/officer')).json(), expected);
  });

  it('given a wrong e-mail or phone, then 400 naming the field in the caller’s language, and nothing is saved', async () => {
    const res = await coordinator.put('/api/privacy/officer', { name: 'Nadia Roy', email: 'not-an-address' });
    assert.equal(res.status, 400);
    assert.match(JSON.stringify(await res.json()), /email/);
    const phone = await coordinator.put('/api/privacy/officer', {
      name: 'Nadia Roy',
      email: 'n@x.example',
      phone: 'abc',
    });
    assert.equal(phone.status, 400);
    assert.match(JSON.stringify(await phone.json()), /phone/);
    assert.equal((await (await coordinator.get('/api/privacy/officer')).json()).source, 'platform');
  });

  it('given the coordinator names the officer, then the mutual’s people see it, another mutual still the default, and a member contact may not change it', async () => {
    const officer = {
      name: 'Nadia Roy',
      title: 'Directrice générale',
      email: 'nadia@mutuelle.example',
      phone: '514 555-0199',
    };
    const res = await coordinator.put('/api/privacy/officer', officer);
    assert.equal(res.status, 200, await res.clone().text());
    assert.deepEqual(await res.json(), { officer, source: 'mutual' });
    assert.deepEqual(await (await contact.get('/api/privacy/officer')).json(), { officer, source: 'mutual' });
    assert.equal((await (await otherCoordinator.get('/api/privacy/officer')).json()).source, 'platform');
    assert.equal(
      (
        await anonymous(ctx)
          .get('/api/privacy/officer')
          .then((r) => r.json())
      ).source,
      'platform',
    );
    assert.equal((await contact.put('/api/privacy/officer', officer)).status, 403);
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'privacy_officer.set')
      .execute();
    assert.equal(audit.length, 1);
  });

  it('given an e-mail of no mutual (a platform account), then it leaves with the platform’s officer at its foot', async () => {
    await ctx.deps.db
      .insertInto('outbox')
      .values({
        mutual_id: null,
        kind: 'password_reset',
        to_address: 'admin@example.test',
        locale: 'fr',
        subject: 'Réinitialisez',
        text_body: 'Bonjour',
        html_body: '<html><body><p>Bonjour</p></body></html>',
        next_attempt_at: ctx.deps.now().toISOString(),
      })
      .execute();
    const sent: OutgoingMail[] = [];
    await sendOutbox({
      db: ctx.deps.db,
      transport: { send: async (m) => void sent.push(m), close() {} },
      from: 'app@example.test',
      now: ctx.deps.now,
      platformOfficer: platformOfficer(ctx.deps.config),
    });
    const mail = sent.find((m) => m.to === 'admin@example.test');
    assert.ok(mail);
    assert.match(
      mail.text,
      /Protection des renseignements personnels : Bureau de la plateforme, vie\.privee@plateforme\.example$/,
    );
    assert.match(
      mail.html ?? '',
      /Bureau de la plateforme, <a href="mailto:vie\.privee@plateforme\.example">.*<\/p>\n<\/body>/,
    );
  });

  it('given a platform officer with a name but no e-mail, then the configuration is refused naming both variables', () => {
    assert.throws(
      () => loadConfig({ NODE_ENV: 'test', PRIVACY_OFFICER_NAME: 'Bureau' }),
      (e: unknown) => e instanceof ConfigError && /PRIVACY_OFFICER_EMAIL/.test(e.message),
    );
    assert.equal(platformOfficer(loadConfig({ NODE_ENV: 'test' })), null);
  });
});
