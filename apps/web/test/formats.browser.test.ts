// Issue #9, points 3, 4 and 5 in a real browser, in French and in English: numbers, money, hours,
// dates and months in the page's language ("7,5 h", "1 200,50 $", "janvier 2027"), plurals right, no
// raw code shown (a month as 2027-01, a language as fr, a region as 14, an audit action or e-mail kind
// as its code); session titles in the reader's language; a server's field message in the page's language.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import {
  apiSession,
  COORDINATOR,
  DEMO_PASSWORD,
  launchBrowser,
  login,
  newPage,
  type RunningServer,
  startServer,
} from './browser-harness.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
type Lang = 'fr' | 'en';
function text(lang: Lang, key: string): string {
  const [ns, rest] = key.split(':');
  let node: unknown = JSON.parse(fs.readFileSync(path.join(here, '../src/i18n/locales', lang, `${ns}.json`), 'utf8'));
  for (const part of rest.split('.')) node = (node as Record<string, unknown>)[part];
  assert.equal(typeof node, 'string', `no text for ${lang} ${key}`);
  return node as string;
}

/** A label as Mantine writes it: the text, then " *" when required. */
const exactly = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`);

/** A page's text with no-break spaces as plain ones (French puts them before "h", "$", "%" and between thousands). */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const pageText = async (page: Page) => plain((await page.locator('main').textContent()) ?? '');

/** What a person must never read: a code in place of its name, a number in the wrong language, a wrong plural. */
async function assertNoRawCodes(page: Page, lang: Lang, label: string) {
  const cells = (await page.locator('main td, main dd, main .mantine-Badge-label').allInnerTexts()).map((c) =>
    plain(c).trim(),
  );
  const raw = cells.filter(
    (c) =>
      /^\d{4}-\d{2}$/.test(c) || // a month as 2027-01
      /^(fr|en)$/.test(c) || // a language as its code
      /^[a-z]+(_[a-z]+)+$/.test(c) || // go_no_go_alert, in_person
      /^[a-z_]+\.[a-z_]+$/.test(c), // register.update
  );
  assert.deepEqual(raw, [], `raw codes on ${label} (${lang})`);
  const all = await pageText(page);
  const wrongPlural =
    lang === 'fr'
      ? /(?<![\d ,])1 (places|besoins|entreprises|employés|réponses)\b/
      : /(?<![\d,.])1 (seats|needs|firms|employees|responses)\b/;
  assert.doesNotMatch(all, wrongPlural, `a wrong plural on ${label} (${lang})`);
  // a decimal in the other language's way: "7.5 h" in French, "7,5 h" in English
  assert.doesNotMatch(
    all,
    lang === 'fr' ? /\b\d+\.\d+ (h|\$|%)/ : /\b\d+,\d{1,2} (h|%)/,
    `a number in the other language on ${label} (${lang})`,
  );
}

async function pickOption(page: Page, label: string, option: string) {
  await page
    .getByRole('textbox', { name: label })
    .or(page.getByRole('combobox', { name: label }))
    .first()
    .click();
  await page.getByRole('option', { name: option }).first().click();
}

const EXPECTED = {
  fr: {
    hours: '7,5 h',
    money: '1 200,50 $',
    month: 'janvier 2027',
    day: '20 janvier 2027',
    title: 'Secourisme en milieu de travail (essai des formats)',
    shortPassword: 'Au moins 12 caractères',
    costChange: 'Coût : 1 200,50 $ → 1 300 $',
  },
  en: {
    hours: '7.5 h',
    money: '$1,200.50',
    month: 'January 2027',
    day: 'January 20, 2027',
    title: 'Workplace first aid (formats test)',
    shortPassword: 'At least 12 characters',
    costChange: 'Cost: $1,200.50 → $1,300',
  },
} as const;

let server: RunningServer;
let browser: Browser;
let sessionId: string;
let coordinatorName: string;

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
  const coordinator = await apiSession(server.url, COORDINATOR);
  const providerId = (await coordinator.get<{ items: { id: string }[] }>('/api/providers')).items[0].id;
  const topicId = (await coordinator.get<{ items: { id: string }[] }>('/api/topics')).items[0].id;
  // a course of 7.5 h at $1,200.50 a session, run in January 2027, titled in both languages
  const course = await coordinator.post<{ id: string }>('/api/courses', {
    providerId,
    topicId,
    titleFr: EXPECTED.fr.title,
    titleEn: EXPECTED.en.title,
    durationHours: 7.5,
    language: 'fr',
    mode: 'in_person',
    regions: ['14'],
    periods: ['2027-01'],
    fixedCostCents: 120_050,
    seatCostCents: 15_000,
    minSeats: 4,
    maxSeats: 12,
  });
  const session = await coordinator.post<{ id: string }>('/api/sessions', {
    courseId: course.id,
    period: '2027-01',
    regionCode: '14',
    costCents: 120_050,
  });
  sessionId = session.id;
  await coordinator.put(`/api/sessions/${sessionId}/meeting-days`, {
    days: [{ day: '2027-01-20', startsAt: '08:30', endsAt: '16:00', hours: 7.5 }],
  });
  // a change the audit log shows as before → after (point 16)
  await coordinator.patch(`/api/sessions/${sessionId}`, { costCents: 130_000 });
  coordinatorName = (await coordinator.get<{ displayName: string }>('/api/auth/me')).displayName;
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const lang of ['fr', 'en'] as const) {
  const want = EXPECTED[lang];
  const t = (key: string) => text(lang, key);
  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
  describe(`formats, codes and titles in the page's language (${lang})`, () => {
    it('the catalogue writes the price as money and the months in words; the course is titled in the language', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.goto('/courses');
        await heading(page, t('catalogue:courses.title'));
        const row = page.getByRole('row', { name: new RegExp(want.title.replace(/[()]/g, '\\$&')) });
        const cells = plain((await row.textContent()) ?? '');
        assert.ok(cells.includes(want.money), `${cells} has ${want.money}`);
        assert.ok(cells.includes(want.month), `${cells} has ${want.month}`);
        await assertNoRawCodes(page, lang, 'courses');
      } finally {
        await context.close();
      }
    });

    it('the session list and the session page title the session in the language, with its month, day and hours in words', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.goto('/sessions');
        await heading(page, t('delivery:sessions.title'));
        await page.getByRole('link', { name: want.title }).first().waitFor();
        const other = EXPECTED[lang === 'fr' ? 'en' : 'fr'].title;
        assert.equal(
          await page.getByRole('link', { name: other }).count(),
          0,
          'the other language’s title is not shown',
        );
        await assertNoRawCodes(page, lang, 'sessions');
        await page.goto(`/sessions/${sessionId}`);
        await heading(page, want.title);
        const all = await pageText(page);
        for (const expected of [want.hours, want.month, want.day])
          assert.ok(all.includes(expected), `the session page shows ${expected}`);
        assert.ok(!all.includes('2027-01'), 'no raw month');
        await assertNoRawCodes(page, lang, 'session page');
      } finally {
        await context.close();
      }
    });

    it('needs, the audit log and the outbox show names, not codes', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.goto('/needs');
        await heading(page, t('needs:list.title'));
        await page.locator('main tbody tr').first().waitFor();
        await assertNoRawCodes(page, lang, 'needs');
        await page.goto('/audit');
        await heading(page, t('audit:title'));
        await page.locator('main tbody tr').first().waitFor();
        const actionCells = await page
          .locator('main tbody tr td:nth-child(3), main tbody tr td:nth-child(4)')
          .allInnerTexts();
        assert.ok(actionCells.length > 0);
        assert.deepEqual(
          actionCells.filter((c) => /^[a-z_.]+$/.test(c.trim())),
          [],
          'audit actions and records by their names',
        );
        await page.goto('/outbox');
        await heading(page, t('outbox:title'));
        // the demo's outbox may be empty (its e-mails already sent): the kinds shown, if any, by their names
        await page.waitForLoadState('networkidle');
        await assertNoRawCodes(page, lang, 'outbox');
      } finally {
        await context.close();
      }
    });

    it("a server's refusal names the field in the page's language", async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.goto('/account');
        await heading(page, t('account:title'));
        await page.getByLabel(exactly(t('account:currentPassword'))).fill(DEMO_PASSWORD);
        await page.getByLabel(exactly(t('auth:fields.newPassword'))).fill('court');
        await page.getByLabel(exactly(t('auth:fields.confirmPassword'))).fill('court');
        await page.getByRole('button', { name: t('account:changePassword') }).click();
        const field = page.getByLabel(exactly(t('auth:fields.newPassword')));
        await page.getByText(want.shortPassword).first().waitFor();
        // the message is the field's own: the input is described by it
        const described = await field.evaluate((input) =>
          (input.getAttribute('aria-describedby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        );
        assert.ok(
          described.includes(want.shortPassword),
          `the new password field is described by "${want.shortPassword}" (${described})`,
        );
        const all = await pageText(page);
        assert.doesNotMatch(all, lang === 'fr' ? /at least|too small|expected/i : /au moins|trop petit/i);
      } finally {
        await context.close();
      }
    });
    it('the audit log and the session’s activity say who did what to which named record, the change before → after; filters are lists (point 16)', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.goto('/audit');
        await heading(page, t('audit:title'));
        await pickOption(page, t('audit:fields.actor'), coordinatorName);
        await pickOption(page, t('audit:fields.entity'), text(lang, 'audit:entities.training_session'));
        await pickOption(page, t('audit:fields.action'), text(lang, 'audit:actions.session.update'));
        const row = page.locator('main tbody tr').filter({ hasText: want.title }).first();
        await row.waitFor();
        const line = plain((await row.textContent()) ?? '');
        for (const expected of [
          coordinatorName,
          text(lang, 'audit:actions.session.update'),
          text(lang, 'audit:entities.training_session'),
          want.title,
          want.costChange,
        ]) {
          assert.ok(line.includes(expected), `the entry says "${expected}": ${line}`);
        }
        await assertNoRawCodes(page, lang, 'audit log');
        await page.goto(`/sessions/${sessionId}`);
        await heading(page, want.title);
        const feed = page.getByRole('region', { name: t('audit:feed.title') });
        await feed.getByText(text(lang, 'audit:actions.session.update'), { exact: false }).first().waitFor();
        assert.ok(plain((await feed.textContent()) ?? '').includes(want.costChange));
      } finally {
        await context.close();
      }
    });
  });
}
