// The learner record and the calendar of sessions in a real browser, in French and in English
// (issue #9, points 14 and 15): a coordinator sees attestations that expire ahead of time, creates
// a renewal need in one click, opens the employee's learner record (training, hours, attestations,
// evaluations); the calendar's month and week views; a member contact's calendar on a 390 px phone.
// Every page is axe-scanned.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import {
  apiSession,
  COORDINATOR,
  checkA11y,
  launchBrowser,
  login,
  newPage,
  type RunningServer,
  startServer,
} from './browser-harness.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const MEMBER_CONTACT = 'rh@soudure-bedard.demo';

type Lang = 'fr' | 'en';
function text(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [ns, rest] = key.split(':');
  let node: unknown = JSON.parse(fs.readFileSync(path.join(here, '../src/i18n/locales', lang, `${ns}.json`), 'utf8'));
  for (const part of rest.split('.')) node = (node as Record<string, unknown>)[part];
  assert.equal(typeof node, 'string', `no text for ${lang} ${key}`);
  return (node as string).replace(/\{\{(\w+)\}\}/g, (_, v) => String(vars[v] ?? ''));
}
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
async function pickOption(page: Page, label: string, option: string) {
  await page
    .getByRole('textbox', { name: label })
    .or(page.getByRole('combobox', { name: label }))
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: true }).first().click();
}
const heading = (page: Page, name: string | RegExp, level = 1) => page.getByRole('heading', { level, name }).waitFor();

type Api = Awaited<ReturnType<typeof apiSession>>;
interface Expiry {
  attestationId: string;
  employeeId: string;
  employeeName: string;
  number: string;
  status: 'valid' | 'expiring' | 'expired';
  renewal: { needId: string } | null;
}
interface ScheduleDay {
  sessionId: string;
  day: string;
  titleFr: string;
  titleEn: string;
}

let server: RunningServer;
let browser: Browser;
let coordinator: Api;

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
  coordinator = await apiSession(server.url, COORDINATOR);
  // the demo's delivered sessions' courses valid 12 months: their attestations expire within a year
  const attestations = (await coordinator.get<{ items: { sessionId: string }[] }>('/api/attestations?pageSize=500'))
    .items;
  assert.ok(attestations.length >= 2, 'the demo has attestations');
  for (const sessionId of new Set(attestations.map((a) => a.sessionId))) {
    const session = await coordinator.get<{ courseId: string }>(`/api/sessions/${sessionId}`);
    await coordinator.patch(`/api/courses/${session.courseId}`, { validityMonths: 12 });
  }
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const lang of ['fr', 'en'] as const) {
  const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
  describe(`learner record and calendar (${lang})`, () => {
    it('a coordinator lists the expiries ahead of time, creates a renewal need in one click and opens the learner record', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.getByRole('link', { name: t('nav:expiries'), exact: true }).click();
        await heading(page, t('learning:expiries.title'));
        await pickOption(page, t('learning:expiries.within'), t('learning:days_other', { n: 365 }));
        await page.waitForURL(/withinDays=365/);
        const before = (
          await coordinator.get<{ items: Expiry[] }>('/api/attestation-expiries?withinDays=365&pageSize=200')
        ).items;
        const target = before.find((x) => !x.renewal);
        assert.ok(target, 'an expiring attestation without a renewal need');
        const row = page.getByRole('row').filter({ hasText: target.employeeName });
        await row.first().waitFor();
        await checkA11y(page, `expiries (${lang})`);
        // one click: the need exists, the row says so
        const createPrefix = t('learning:renewal.createOf', { what: '' });
        await row
          .first()
          .getByRole('button', { name: new RegExp(`^${escapeRegExp(createPrefix)}`) })
          .click();
        await row
          .first()
          .getByRole('link', { name: t('learning:renewal.exists') })
          .waitFor();
        const after = (
          await coordinator.get<{ items: Expiry[] }>('/api/attestation-expiries?withinDays=365&pageSize=200')
        ).items;
        const renewed = after.find((x) => x.attestationId === target.attestationId);
        assert.ok(renewed?.renewal, 'the renewal need is linked to the attestation');
        const need = await coordinator.get<{ status: string; employeeIds: string[]; notes: string }>(
          `/api/needs/${renewed.renewal.needId}`,
        );
        assert.equal(need.status, 'open');
        assert.deepEqual(need.employeeIds, [target.employeeId]);
        // the note names the attestation, in the account's language, which is the page's (a language chosen in the browser is saved on the account)
        const notePrefix = lang === 'fr' ? 'Renouvellement de l’attestation' : 'Renewal of attestation';
        assert.match(
          need.notes,
          new RegExp(
            `^${notePrefix} ${escapeRegExp(target.number)}, ${lang === 'fr' ? 'qui expire le' : 'which expires on'} `,
          ),
        );

        // the employee's learner record: training followed, hours, attestations with their expiry, evaluations
        await row.first().getByRole('link', { name: target.employeeName }).click();
        await heading(page, t('learning:record.title'), 2);
        await heading(page, t('learning:record.attestations'), 3);
        await heading(page, t('learning:record.evaluations'), 3);
        const attestationsTable = page.getByRole('region', { name: t('learning:record.attestations') });
        // the record's badge gives the attestation's standing and date (the demo's dates follow the clock: valid, or expiring soon)
        await attestationsTable
          .getByText(new RegExp(escapeRegExp(t(`learning:expiry.${target.status}`, { date: '' }).trim())))
          .first()
          .waitFor();
        await attestationsTable
          .getByRole('link', { name: t('learning:renewal.exists') })
          .first()
          .waitFor();
        await page
          .getByRole('region', { name: t('learning:record.sessions') })
          .getByText(/ h$/)
          .first()
          .waitFor();
        await checkA11y(page, `learner record (${lang})`);
      } finally {
        await context.close();
      }
    });

    it("a member contact sees its own firm's expiries only, and its employee's learner record", async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        const contact = await apiSession(server.url, MEMBER_CONTACT);
        const mine = (await contact.get<{ items: Expiry[] }>('/api/attestation-expiries?withinDays=365&pageSize=200'))
          .items;
        const all = (
          await coordinator.get<{ items: (Expiry & { memberId: string })[] }>(
            '/api/attestation-expiries?withinDays=365&pageSize=200',
          )
        ).items;
        const others = all.filter((x) => x.memberId !== contact.me.memberId);
        assert.ok(mine.length > 0 && others.length > 0, 'the demo has expiries in this firm and in others');
        await login(page, MEMBER_CONTACT);
        await page.getByRole('link', { name: t('nav:expiries'), exact: true }).click();
        await heading(page, t('learning:expiries.title'));
        await pickOption(page, t('learning:expiries.within'), t('learning:days_other', { n: 365 }));
        await page.getByRole('row').filter({ hasText: mine[0]?.employeeName }).first().waitFor();
        assert.equal(
          await page.getByRole('columnheader', { name: t('learning:fields.firm') }).count(),
          0,
          'no firm column for a firm',
        );
        for (const x of others)
          assert.equal(
            await page.getByRole('link', { name: x.employeeName, exact: true }).count(),
            0,
            `${x.employeeName} of another firm is not shown`,
          );
        await checkA11y(page, `a firm's expiries (${lang})`);
        await page.getByRole('link', { name: mine[0]?.employeeName }).first().click();
        await heading(page, t('learning:record.title'), 2);
      } finally {
        await context.close();
      }
    });

    it('a coordinator reads the calendar of sessions by month and by week, titles in its language', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        // the demo's sessions run around its as-of date, 2026-11-01
        const items = (await coordinator.get<{ items: ScheduleDay[] }>('/api/schedule?from=2026-11-01&to=2026-11-30'))
          .items;
        assert.ok(items.length > 0, 'the demo has training days in November 2026');
        const day = items[0] as ScheduleDay;
        const title = lang === 'fr' ? day.titleFr : day.titleEn;
        await login(page, COORDINATOR);
        await page.getByRole('link', { name: t('nav:schedule'), exact: true }).click();
        await heading(page, t('delivery:schedule.pageTitle'));
        await page.goto(`/schedule?view=month&date=${day.day}`);
        const locale = lang === 'fr' ? 'fr-CA' : 'en-CA';
        const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${day.day}T00:00:00Z`),
        );
        await heading(page, new RegExp(`^${escapeRegExp(month)}$`, 'i'), 2);
        await page.getByRole('table').getByRole('link', { name: title }).first().waitFor();
        await checkA11y(page, `calendar, month (${lang})`);
        await page.getByText(t('delivery:schedule.views.week'), { exact: true }).click();
        await page.waitForURL(/view=week/);
        await heading(
          page,
          new RegExp(escapeRegExp(t('delivery:schedule.weekOf', { from: '', to: '' }).split(' ')[0] as string)),
          2,
        );
        await page.goto(`/schedule?view=week&date=${day.day}`);
        await page.getByRole('link', { name: title }).first().click();
        await page.waitForURL(new RegExp(`/sessions/${day.sessionId}$`));
      } finally {
        await context.close();
      }
    });

    it("a member contact's calendar fits a 390 px phone: the month as a list of days, only what it may see", async () => {
      const context = await browser.newContext({
        baseURL: server.url,
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        bypassCSP: true,
      });
      await context.addInitScript((l) => {
        if (!localStorage.getItem('mutualis.locale')) localStorage.setItem('mutualis.locale', l);
      }, lang);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      try {
        const contact = await apiSession(server.url, MEMBER_CONTACT);
        // a month of the demo in which the contact sees training days, preferably fewer than the mutual's (its firm may take part in every one)
        let month = '';
        let mine: ScheduleDay[] = [];
        let all: ScheduleDay[] = [];
        for (let i = -12; i <= 12; i++) {
          const d = new Date(Date.UTC(2026, 10 + i, 1));
          const from = d.toISOString().slice(0, 10);
          const to = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
          const m = (await contact.get<{ items: ScheduleDay[] }>(`/api/schedule?from=${from}&to=${to}`)).items;
          const a = (await coordinator.get<{ items: ScheduleDay[] }>(`/api/schedule?from=${from}&to=${to}`)).items;
          if (m.length > 0 && (!month || (mine.length === all.length && m.length < a.length))) {
            [month, mine, all] = [from, m, a];
          }
        }
        assert.ok(
          mine.length > 0 && mine.length <= all.length,
          `the contact sees ${mine.length} of the mutual's ${all.length} training days`,
        );
        await login(page, MEMBER_CONTACT);
        await page.goto(`/schedule?view=month&date=${month}`);
        await heading(page, t('delivery:schedule.pageTitle'));
        await page.waitForLoadState('networkidle');
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `the calendar is ${width} px wide on a 390 px phone`);
        assert.equal(await page.getByRole('table').count(), 0, 'no month grid on a phone');
        const links = await page.locator('main a[href^="/sessions/"]').count();
        assert.equal(links, mine.length, 'one entry per training day the contact may see');
        await checkA11y(page, `calendar at 390 px (${lang})`);
      } finally {
        await context.close();
      }
    });
  });
}
