import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newCourse, newSession, setMeetingDays } from './delivery-builders.ts';
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
import { pdfText } from './pdf-text.ts';

// Issue #9, point 13: the trainer's roster and sign-in sheet (PDF) of an upcoming confirmed session,
// for its trainer and the coordinators, in the caller's language.

describe('the roster and sign-in sheet (issue #9, point 13)', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let trainer: Client;
  let otherTrainer: Client;
  let contact: Client;
  let session: { id: string };
  let proposed: { id: string };

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx, { name: 'Mutuelle de la Côte-Nord' });
    const provider = await newProvider(ctx, mutual.id);
    const course = await newCourse(ctx, mutual.id, provider.id);
    const alpha = await newMember(ctx, mutual.id, { legal_name: 'Alpha Usinage inc.' });
    const beta = await newMember(ctx, mutual.id, { legal_name: 'Bêta Portes ltée' });
    const trainerUser = await loginAs(
      ctx,
      'trainer',
      { mutualId: mutual.id, providerId: provider.id },
      { locale: 'en' },
    );
    trainer = trainerUser.client;
    otherTrainer = (await loginAs(ctx, 'trainer', { mutualId: mutual.id, providerId: provider.id })).client;
    session = await newSession(ctx, course, { status: 'scheduled' });
    await ctx.deps.db
      .updateTable('training_session')
      .set({ trainer_user_id: trainerUser.user.id, place: '12 rue du Port, Sept-Îles' })
      .where('id', '=', session.id)
      .execute();
    await setMeetingDays(ctx, session.id, mutual.id, ['2026-12-07', '2026-12-08', '2026-12-14']);
    for (const [member, first, last] of [
      [alpha, 'Hélène', 'Côté'],
      [beta, 'Jérôme', 'Gagnon'],
    ] as const) {
      const e = await newEmployee(ctx, member, { first_name: first, last_name: last });
      await ctx.deps.db
        .insertInto('enrolment')
        .values({
          mutual_id: mutual.id,
          session_id: session.id,
          member_id: member.id,
          employee_id: e.id,
          status: 'confirmed',
        })
        .execute();
    }
    proposed = await newSession(ctx, course, { status: 'proposed' });
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    contact = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: alpha.id })).client;
  });
  after(() => ctx.close());

  const sheet = async (client: Client, query = '') => {
    const res = await client.get(`/api/sessions/${session.id}/sign-in-sheet.pdf${query}`);
    return { res, text: res.status === 200 ? pdfText(Buffer.from(await res.arrayBuffer())) : '' };
  };

  it("given the session's trainer (English account), then a PDF in English names every participant, their firm and a column per meeting day with its hours", async () => {
    const { res, text } = await sheet(trainer);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    for (const s of [
      'Participant roster and sign-in sheet',
      'Hélène Côté',
      'Jérôme Gagnon',
      'Alpha Usinage inc.',
      'Bêta Portes ltée',
      'Total: 21 h',
      "Trainer's signature",
    ]) {
      assert.ok(text.includes(s), `the sheet shows "${s}"`);
    }
    // one signature column per meeting day, with its date
    for (const day of ['Mon, Dec 7', 'Tue, Dec 8', 'Mon, Dec 14']) assert.ok(text.includes(day), `a column for ${day}`);
  });

  it('given a coordinator (French account) or lang=fr, then the sheet is in French', async () => {
    for (const [client, query] of [
      [coordinator, ''],
      [trainer, '?lang=fr'],
    ] as const) {
      const { res, text } = await sheet(client, query);
      assert.equal(res.status, 200);
      for (const s of [
        'Liste des participants et feuille de présence',
        'Hélène Côté',
        'Entreprise',
        'lun. 7 déc.',
        'Total : 21 h',
      ])
        assert.ok(text.includes(s), `the sheet shows "${s}"`);
    }
  });

  it('given a member contact, another trainer of the provider, or a proposed session, then refused', async () => {
    assert.equal((await sheet(contact)).res.status, 403);
    assert.equal((await sheet(otherTrainer)).res.status, 404);
    assert.equal((await coordinator.get(`/api/sessions/${proposed.id}/sign-in-sheet.pdf`)).status, 409);
    assert.equal((await coordinator.get(`/api/sessions/${session.id}/sign-in-sheet.pdf?lang=de`)).status, 400);
  });
});
