import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { anonymous, createTestContext, loginAs, newMember, newMutual, newUser, type TestContext } from './harness.ts';

// Issue #9, point 3: validation errors carry a stable code and the field; their message and the
// problem's detail are in the caller's language (the account's, else Accept-Language, French by default).
describe('server messages in the caller’s language', () => {
  let ctx: TestContext;
  let mutualId: string;
  let memberId: string;
  before(async () => {
    ctx = await createTestContext();
    mutualId = (await newMutual(ctx)).id;
    memberId = (await newMember(ctx, mutualId)).id;
  });
  after(() => ctx.close());

  type Problem = { code: string; detail: string; errors: { field: string; code: string; message: string }[] };
  const problemOf = async (res: Response) => {
    assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
    return (await res.json()) as Problem;
  };
  const fieldOf = (p: Problem, field: string) => {
    const found = p.errors.find((e) => e.field === field);
    assert.ok(found, `no error on ${field} in ${JSON.stringify(p.errors)}`);
    return found;
  };
  const coordinator = async (locale: 'fr' | 'en') =>
    (await loginAs(ctx, 'coordinator', { mutualId }, { locale })).client;
  const need = () => ({
    memberId,
    topicId: '00000000-0000-4000-8000-000000000000',
    seats: 2,
    modes: ['in_person'],
    periods: ['2027-01'],
  });
  const employee = {
    firstName: 'Léa',
    lastName: 'Roy',
    jobTitle: 'Soudeuse',
    nocCode: '1234',
    educationLevel: 'secondary',
    hireDate: '2020-01-06',
  };

  describe('given an account whose language is French', () => {
    it('when a new password is too short, then the field says so in French with the code password_too_short', async () => {
      const { client } = await loginAs(ctx, 'coordinator', { mutualId }, { locale: 'fr' });
      const p = await problemOf(
        await client.post('/api/auth/me/password', {
          currentPassword: 'correct horse battery staple',
          newPassword: 'court',
        }),
      );
      const e = fieldOf(p, 'newPassword');
      assert.equal(e.code, 'password_too_short');
      assert.equal(e.message, 'Au moins 12 caractères');
      assert.match(p.detail, /newPassword : Au moins 12 caractères/);
    });
    it('when a list must not be empty, then zod’s French text with its issue code', async () => {
      const p = await problemOf(await (await coordinator('fr')).post('/api/needs', { ...need(), languages: [] }));
      const e = fieldOf(p, 'languages');
      assert.equal(e.code, 'too_small');
      assert.match(e.message, /^Trop petit/);
      assert.doesNotMatch(e.message, /Too small|expected/);
    });
    it('when a NOC code is wrong, then the field says so in French with the code noc_code', async () => {
      const p = await problemOf(await (await coordinator('fr')).post(`/api/members/${memberId}/employees`, employee));
      const e = fieldOf(p, 'nocCode');
      assert.equal(e.code, 'noc_code');
      assert.equal(e.message, 'Un code CNP 2021 de 5 chiffres (2e chiffre de 0 à 5)');
    });
    it('when a field is missing, then "Obligatoire" with the code required', async () => {
      const { nocCode: _, ...withoutNoc } = employee;
      const p = await problemOf(await (await coordinator('fr')).post(`/api/members/${memberId}/employees`, withoutNoc));
      assert.deepEqual(fieldOf(p, 'nocCode'), { field: 'nocCode', code: 'required', message: 'Obligatoire' });
    });
    it('when a use case refuses a field, then its message and the detail are French, with a code', async () => {
      const client = await coordinator('fr');
      const p = await problemOf(
        await client.post(`/api/members/${memberId}/employees`, { ...employee, nocCode: '72100', birthYear: 2099 }),
      );
      assert.equal(p.code, 'validation_failed');
      assert.equal(fieldOf(p, 'birthYear').code, 'at_most');
      assert.match(fieldOf(p, 'birthYear').message, /^Au plus \d{4}$/);
      assert.match(p.detail, /^birthYear : Au plus \d{4}$/);
    });
    it('when the request is refused without a field (a conflict), then the detail is French', async () => {
      const client = await coordinator('fr');
      const body = { ...employee, nocCode: '72100' };
      const created = await client.post(`/api/members/${memberId}/employees`, body);
      assert.equal(created.status, 201);
      const { id } = (await created.json()) as { id: string };
      assert.equal(
        (await client.post(`/api/employees/${id}/end`, { endDate: '2024-01-05', endReason: 'resignation' })).status,
        200,
      );
      const p = await problemOf(
        await client.post(`/api/employees/${id}/end`, { endDate: '2024-02-05', endReason: 'resignation' }),
      );
      assert.equal(p.code, 'conflict');
      assert.equal(p.detail, 'Cet employé a déjà quitté le 5 janvier 2024');
      assert.equal(fieldOf(p, 'endDate').code, 'employee_already_left');
    });
  });

  describe('given an account whose language is English', () => {
    it('when the same mistakes are made, then the messages are English, with the same codes', async () => {
      const { client } = await loginAs(ctx, 'coordinator', { mutualId }, { locale: 'en' });
      const short = await problemOf(
        await client.post('/api/auth/me/password', { currentPassword: 'x', newPassword: 'short' }),
      );
      assert.deepEqual(fieldOf(short, 'newPassword'), {
        field: 'newPassword',
        code: 'password_too_short',
        message: 'At least 12 characters',
      });
      const empty = await problemOf(await client.post('/api/needs', { ...need(), languages: [] }));
      assert.equal(fieldOf(empty, 'languages').code, 'too_small');
      assert.match(fieldOf(empty, 'languages').message, /^Too small/);
      const noc = await problemOf(await client.post(`/api/members/${memberId}/employees`, employee));
      assert.deepEqual(fieldOf(noc, 'nocCode'), {
        field: 'nocCode',
        code: 'noc_code',
        message: 'A NOC 2021 code of 5 digits (2nd digit 0–5)',
      });
      const service = await problemOf(
        await client.post('/api/needs', {
          ...need(),
          memberId: '00000000-0000-4000-8000-000000000001',
          languages: ['fr'],
        }),
      );
      assert.deepEqual(fieldOf(service, 'memberId'), {
        field: 'memberId',
        code: 'no_such_member',
        message: 'No such member in this mutual',
      });
    });
    it('when the browser asks for French, then the account’s English still wins', async () => {
      const { client } = await loginAs(ctx, 'coordinator', { mutualId }, { locale: 'en' });
      const p = await problemOf(
        await client.request(
          'POST',
          '/api/auth/me/password',
          { currentPassword: 'x', newPassword: 'short' },
          { 'accept-language': 'fr-CA,fr;q=0.9' },
        ),
      );
      assert.equal(fieldOf(p, 'newPassword').message, 'At least 12 characters');
    });
  });

  describe('given the areas converted last (finance, funding, outcomes, participation, reports)', () => {
    const claim = { programmeId: '00000000-0000-4000-8000-000000000002', periodFrom: '2026-02-01' };
    it('when the books are closed mid-month or a claim ends before it starts, then codes with French texts', async () => {
      const client = await coordinator('fr');
      const close = await problemOf(await client.post('/api/finance/close', { through: '2026-01-15' }));
      assert.deepEqual(fieldOf(close, 'through'), {
        field: 'through',
        code: 'not_month_end',
        message: 'Le dernier jour d’un mois',
      });
      const backwards = await problemOf(await client.post('/api/funding/claims', { ...claim, periodTo: '2026-01-31' }));
      assert.deepEqual(fieldOf(backwards, 'periodTo'), {
        field: 'periodTo',
        code: 'ends_before_starts',
        message: 'Doit être le jour du début ou après',
      });
      const unknown = await problemOf(await client.post('/api/funding/claims', { ...claim, periodTo: '2026-02-28' }));
      assert.deepEqual(fieldOf(unknown, 'programmeId'), {
        field: 'programmeId',
        code: 'no_such_programme',
        message: 'Ce programme de financement n’existe pas dans la mutuelle',
      });
    });
    it('when the account is English, then the same codes with English texts', async () => {
      const client = await coordinator('en');
      const close = await problemOf(await client.post('/api/finance/close', { through: '2026-01-15' }));
      assert.equal(fieldOf(close, 'through').message, 'The last day of a month');
      const backwards = await problemOf(await client.post('/api/funding/claims', { ...claim, periodTo: '2026-01-31' }));
      assert.equal(fieldOf(backwards, 'periodTo').message, 'Must be on or after the start date');
    });
    it('when a public form’s link is unknown, then "not found" in the language asked for', async () => {
      const token = 'x'.repeat(43);
      const ask = async (url: string, lang: string) =>
        problemOf(await anonymous(ctx).request('GET', url, undefined, { 'accept-language': lang }));
      const outcomeFr = await ask(`/api/outcome-forms/${token}`, 'fr');
      assert.deepEqual([outcomeFr.code, outcomeFr.detail], ['not_found', 'Formulaire introuvable']);
      assert.equal((await ask(`/api/outcome-forms/${token}`, 'en')).detail, 'Form not found');
      assert.equal((await ask(`/api/participation-forms/${token}`, 'fr')).detail, 'Questionnaire introuvable');
      assert.equal((await ask(`/api/participation-forms/${token}`, 'en')).detail, 'Questionnaire not found');
    });
  });

  describe('given nobody logged in', () => {
    it('when Accept-Language prefers English, then English; when it prefers French or says nothing, then French', async () => {
      const reset = { token: 'x'.repeat(20), password: 'short' };
      const ask = async (headers: Record<string, string>) =>
        problemOf(await anonymous(ctx).request('POST', '/api/auth/password-reset/confirm', reset, headers));
      assert.equal(
        fieldOf(await ask({ 'accept-language': 'en-US,en;q=0.9,fr;q=0.5' }), 'password').message,
        'At least 12 characters',
      );
      assert.equal(
        fieldOf(await ask({ 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5' }), 'password').message,
        'Au moins 12 caractères',
      );
      assert.equal(
        fieldOf(await ask({ 'accept-language': 'de-DE,en;q=0.3,fr;q=0.8' }), 'password').message,
        'Au moins 12 caractères',
      );
      assert.equal(fieldOf(await ask({}), 'password').message, 'Au moins 12 caractères');
    });
    it('when the login fails, then the detail is in the language asked for', async () => {
      await newUser(ctx, 'coordinator', { mutualId }, { email: 'lea@example.test' });
      const wrong = { email: 'lea@example.test', password: 'not the password at all' };
      const fr = await problemOf(
        await anonymous(ctx).request('POST', '/api/auth/login', wrong, { 'accept-language': 'fr' }),
      );
      const en = await problemOf(
        await anonymous(ctx).request('POST', '/api/auth/login', wrong, { 'accept-language': 'en' }),
      );
      assert.deepEqual([fr.code, fr.detail], ['invalid_credentials', 'Courriel ou mot de passe incorrect']);
      assert.deepEqual([en.code, en.detail], ['invalid_credentials', 'Wrong e-mail or password']);
    });
  });
});
