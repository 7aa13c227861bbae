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
import { pdfText } from './pdf-text.ts';

// Issue #9, point 5: a course has a French and an English title; session lists, the register and
// e-mails show the reader's (the session's own title, when the coordinator gave one, to everyone).
describe('session titles in the reader’s language', () => {
  let ctx: TestContext;
  let mutualId: string;
  let sessionId: string;
  let member: Awaited<ReturnType<typeof newMember>>;
  let frenchTitle: string;
  before(async () => {
    ctx = await createTestContext();
    mutualId = (await newMutual(ctx)).id;
    const provider = await newProvider(ctx, mutualId);
    const course = await newCourse(ctx, mutualId, provider.id, { minSeats: 1, maxSeats: 4 });
    frenchTitle = course.title_fr;
    member = await newMember(ctx, mutualId);
    const s = await newSession(ctx, course, { status: 'confirmed' });
    sessionId = s.id;
    await setMeetingDays(ctx, s.id, mutualId, ['2027-02-10']);
  });
  after(() => ctx.close());

  const coordinator = async (locale: 'fr' | 'en') =>
    (await loginAs(ctx, 'coordinator', { mutualId }, { locale })).client;

  it('given a coordinator reading in English, when it lists the sessions or opens one, then the English title; in French, the French one', async () => {
    const en = await coordinator('en');
    const list = (await (await en.get('/api/sessions')).json()) as {
      items: { id: string; title: string; titleFr: string; titleEn: string }[];
    };
    const listed = list.items.find((s) => s.id === sessionId);
    assert.deepEqual(
      [listed?.title, listed?.titleEn, listed?.titleFr],
      ['Forklift operation', 'Forklift operation', frenchTitle],
    );
    assert.equal(
      ((await (await en.get(`/api/sessions/${sessionId}`)).json()) as { title: string }).title,
      'Forklift operation',
    );
    const fr = await coordinator('fr');
    assert.equal(((await (await fr.get(`/api/sessions/${sessionId}`)).json()) as { title: string }).title, frenchTitle);
  });

  it('given the activity register read in English, then the entry is titled in English', async () => {
    const titleFor = async (locale: 'fr' | 'en') =>
      (
        (await (await (await coordinator(locale)).get(`/api/sessions/${sessionId}/register`)).json()) as {
          title: string;
        }
      ).title;
    assert.equal(await titleFor('en'), 'Forklift operation');
    assert.equal(await titleFor('fr'), frenchTitle);
  });

  it('given participants reading English and French, when they are enrolled, then each e-mail carries the title and dates in its reader’s language', async () => {
    const contact = (await loginAs(ctx, 'member_contact', { mutualId, memberId: member.id })).client;
    const people: [string, 'fr' | 'en'][] = [
      ['ana', 'en'],
      ['luc', 'fr'],
    ];
    for (const [name, language] of people) {
      const e = await newEmployee(ctx, member, { first_name: name });
      await ctx.deps.db
        .updateTable('employee')
        .set({ email: `${name}@titles.test`, language })
        .where('id', '=', e.id)
        .execute();
      assert.equal((await contact.post(`/api/sessions/${sessionId}/enrolments`, { employeeId: e.id })).status, 201);
    }
    const mails = await ctx.deps.db
      .selectFrom('outbox')
      .select(['to_address', 'subject', 'text_body'])
      .where('to_address', 'like', '%@titles.test')
      .execute();
    const to = (address: string) => mails.find((m) => m.to_address === address);
    assert.equal(to('ana@titles.test')?.subject, 'Enrolment confirmed: Forklift operation');
    assert.match(to('ana@titles.test')?.text_body ?? '', /Wednesday, February 10, 2027, 8:30\sa\.m\. – 4:00\sp\.m\./);
    assert.equal(to('luc@titles.test')?.subject, `Inscription confirmée : ${frenchTitle}`);
    assert.match(to('luc@titles.test')?.text_body ?? '', /mercredi 10 février 2027, 8 h 30 – 16 h 00/);
    assert.doesNotMatch(to('luc@titles.test')?.text_body ?? '', /2027-02-10/);
  });

  it('given a calendar feed made by an English reader, then its events are titled in English; by a French reader, in French', async () => {
    const summaryFor = async (locale: 'fr' | 'en') => {
      const contact = (await loginAs(ctx, 'member_contact', { mutualId, memberId: member.id }, { locale })).client;
      const { url } = (await (await contact.post('/api/calendar-feeds', { kind: 'member' })).json()) as { url: string };
      const ics = await (await ctx.app.request(new URL(url).pathname)).text();
      return ics.match(/^SUMMARY:(.*)$/m)?.[1]?.trim();
    };
    assert.equal(await summaryFor('en'), 'Forklift operation');
    assert.equal(await summaryFor('fr'), frenchTitle);
  });

  it('given the enrolments and the sign-in sheet read in English, then the session is titled in English; in French, in French', async () => {
    const titlesFor = async (locale: 'fr' | 'en') => {
      const list = (await (await (await coordinator(locale)).get(`/api/sessions/${sessionId}/enrolments`)).json()) as {
        items: { sessionTitle: string }[];
      };
      return [...new Set(list.items.map((e) => e.sessionTitle))];
    };
    assert.deepEqual(await titlesFor('en'), ['Forklift operation']);
    assert.deepEqual(await titlesFor('fr'), [frenchTitle]);
    const sheet = pdfText(
      Buffer.from(
        await (await (await coordinator('en')).get(`/api/sessions/${sessionId}/sign-in-sheet.pdf`)).arrayBuffer(),
      ),
    );
    assert.ok(sheet.includes('Forklift operation'), sheet);
    // (the dash is WinAnsi's, read back as another character)
    assert.match(sheet, /Wednesday, February 10, 2027, 8:30 a\.m\. . 4:00 p\.m\./);
  });
});
