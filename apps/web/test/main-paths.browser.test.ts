// The main path of each role, in French and in English, through the real server and a real browser.
// Every page visited is scanned with axe (no serious or critical violation allowed).
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
const root = path.resolve(here, '../../..');
const MEMBER_CONTACT = 'rh@acier-hetu.demo';
const MEMBER_FIRM = 'Acier Hétu inc.';

type Lang = 'fr' | 'en';
/** The UI text of a key, read from the translation files, so that the tests follow the wording. */
function text(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [ns, rest] = key.split(':');
  const file = path.join(here, '../src/i18n/locales', lang, `${ns}.json`);
  let node: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const part of rest.split('.')) node = (node as Record<string, unknown>)[part];
  assert.equal(typeof node, 'string', `no text for ${lang} ${key}`);
  return (node as string).replace(/\{\{(\w+)\}\}/g, (_, v) => String(vars[v] ?? ''));
}

async function heading(page: Page, name: string) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label).first().click();
  await page.getByRole('option', { name: option }).first().click();
}

let server: RunningServer;
let browser: Browser;
const unique = Date.now().toString().slice(-6);

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const lang of ['fr', 'en'] as const) {
  describe(`coordinator (${lang})`, () => {
    it('sees the dashboard, finds, creates and edits a member, adds and imports employees, exports', async () => {
      const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await page.goto('/');
        await heading(page, t('auth:login.title'));
        await checkA11y(page, 'login');
        await login(page, COORDINATOR);

        // dashboard with its charts
        await heading(page, t('dashboard:title'));
        await page.getByRole('heading', { name: t('dashboard:charts.bySize') }).waitFor();
        await page.locator('[data-chart]').first().waitFor(); // components/charts.tsx
        assert.equal(await page.locator('html').getAttribute('lang'), lang);
        await checkA11y(page, 'dashboard');
        // UPDATE_SCREENSHOT=1 refreshes the README's screenshot; tests leave tracked files alone otherwise.
        if (lang === 'fr' && process.env.UPDATE_SCREENSHOT) {
          await page.mouse.move(0, 0);
          await page.screenshot({ path: path.join(root, 'docs/screenshot.png'), fullPage: false });
        }

        // find a member
        await page.getByRole('link', { name: t('nav:members'), exact: true }).click();
        await heading(page, t('members:list.title'));
        await page.getByRole('searchbox', { name: t('members:list.search') }).fill('Hétu');
        await page.getByRole('link', { name: MEMBER_FIRM }).waitFor();
        await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
        await checkA11y(page, 'members');

        // export what is shown
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: t('common:export.csv') }).click(),
        ]);
        const csv = fs.readFileSync((await download.path())!, 'utf8');
        assert.match(csv, /Hétu/);

        // create a member: the API's field error shows on the NEQ field, then the fixed form saves
        await page.getByRole('link', { name: t('members:list.create') }).click();
        await heading(page, t('members:form.createTitle'));
        const name = `Usinage Test ${lang} ${unique}`;
        await page.getByLabel(t('members:fields.legalName')).fill(name);
        await page.getByLabel(t('members:fields.neq')).fill('12345');
        await choose(page, t('members:fields.scian'), '332 ');
        await choose(page, t('members:fields.region'), '14 ');
        await page.getByLabel(t('members:fields.headcount')).fill('12');
        await page.getByLabel(t('members:fields.annualPayroll')).fill('650000');
        await page.getByRole('button', { name: t('common:actions.save') }).click();
        const neqError = page.locator('[id$="-error"]').filter({ hasText: /10/ });
        await neqError.first().waitFor();
        await checkA11y(page, 'member form with errors');
        await page.getByLabel(t('members:fields.neq')).fill(`${lang === 'fr' ? '11' : '12'}${unique}00`);
        await page.getByRole('button', { name: t('common:actions.save') }).click();
        await heading(page, name);
        await checkA11y(page, 'member detail');

        // edit it
        await page.getByRole('link', { name: t('common:actions.edit') }).click();
        await heading(page, t('members:form.editTitle'));
        await page.getByLabel(t('members:fields.headcount')).fill('120');
        await page.getByRole('button', { name: t('common:actions.save') }).click();
        await heading(page, name);
        await page.getByText(text(lang, 'members:fields.sizeClass')).first().waitFor();
        await page.getByText(lang === 'fr' ? 'Moyenne (100 à 499)' : 'Medium (100 to 499)').waitFor();
        const memberUrl = new URL(page.url()).pathname;

        // add an employee
        await page.getByRole('tab', { name: t('members:detail.employees') }).click();
        await page.getByRole('link', { name: t('employees:list.create') }).click();
        await heading(page, t('employees:form.createTitle'));
        await page.getByLabel(t('employees:fields.firstName')).fill('Léa');
        await page.getByLabel(t('employees:fields.lastName')).fill(`Fortin${unique}`);
        await page.getByLabel(t('employees:fields.jobTitle')).fill(lang === 'fr' ? 'Soudeuse' : 'Welder');
        await page.getByLabel(t('employees:fields.noc')).fill('72106');
        await page
          .getByText(lang === 'fr' ? 'FEER 2' : 'TEER 2')
          .first()
          .waitFor();
        await choose(
          page,
          t('employees:fields.education'),
          lang === 'fr' ? "Diplôme d'études professionnelles (DEP)" : 'Vocational diploma (DEP)',
        );
        await page.getByLabel(t('employees:fields.hireDate')).fill('2022-05-02');
        await page.getByLabel(t('employees:fields.hourlyWage')).fill('26.50');
        await page.getByRole('button', { name: t('common:actions.save') }).click();
        await heading(page, `Léa Fortin${unique}`);
        await page.getByRole('heading', { name: t('employees:wages.title') }).waitFor();
        await checkA11y(page, 'employee');

        // import: a file with one bad row is refused row by row, the fixed file is committed
        await page.goto(`${memberUrl}/employees/import`);
        await heading(page, t('employees:import.title'));
        await checkA11y(page, 'import');
        const header = "Prénom,Nom,Titre du poste,Code CNP,Scolarité,Date d'embauche,Salaire horaire";
        const good = [
          `Marc,Import${lang}${unique}a,Machiniste,94100,secondary,2021-03-15,24.50`,
          `Nadia,Import${lang}${unique}b,Soudeuse,72106,vocational,2020-01-06,27.00`,
        ];
        const bad = `Paul,Import${lang}${unique}c,Peintre,ABCDE,secondary,2019-09-01,22.00`;
        const input = page.locator('input[type=file]');
        await input.setInputFiles({
          name: 'employes.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from([header, ...good, bad].join('\n')),
        });
        await page
          .getByText(t('employees:import.rowError', { row: 4, field: '', message: '' }).split(',')[0])
          .first()
          .waitFor();
        assert.equal(
          await page.getByRole('button', { name: t('employees:import.commit', { count: 2 }) }).isDisabled(),
          true,
        );
        await checkA11y(page, 'import preview with errors');
        await input.setInputFiles({
          name: 'employes.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from([header, ...good].join('\n')),
        });
        await page.getByRole('button', { name: t('employees:import.commit', { count: 2 }) }).click();
        await page.getByText(t('employees:import.done', { created: 2, updated: 0 })).waitFor();
        await page.getByRole('link', { name: t('employees:import.seeEmployees') }).click();
        await page.getByRole('link', { name: `Import${lang}${unique}a, Marc` }).waitFor();

        // employees across the mutual
        await page.getByRole('link', { name: t('nav:employees'), exact: true }).click();
        await heading(page, t('employees:list.title'));
        await page.getByRole('searchbox', { name: t('employees:list.search') }).fill(`Import${lang}${unique}`);
        await page.getByRole('link', { name: `Import${lang}${unique}b, Nadia` }).waitFor();
        await checkA11y(page, 'employees');

        for (const [nav, title] of [
          ['nav:users', 'users:title'],
          ['nav:outbox', 'outbox:title'],
          ['nav:audit', 'audit:title'],
        ]) {
          await page.getByRole('link', { name: t(nav), exact: true }).click();
          await heading(page, t(title));
          await checkA11y(page, title);
        }
      } finally {
        await context.close();
      }
    });
  });

  describe(`member contact (${lang})`, () => {
    it('sees only its firm and its employees, and adds an employee', async () => {
      const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, MEMBER_CONTACT);
        await heading(page, MEMBER_FIRM);
        await checkA11y(page, 'my firm');
        const nav = page.getByRole('navigation', { name: t('common:nav.label') });
        assert.equal(await nav.getByRole('link', { name: t('nav:members'), exact: true }).count(), 0);
        assert.equal(await nav.getByRole('link', { name: t('nav:dashboard'), exact: true }).count(), 0);

        await nav.getByRole('link', { name: t('nav:myEmployees'), exact: true }).click();
        await heading(page, t('memberHome:myEmployees.title'));
        await page.locator('tbody tr').first().waitFor();
        await checkA11y(page, 'my employees');
        // the API answers the same scope: every employee listed belongs to this firm
        const api = await apiSession(server.url, MEMBER_CONTACT);
        const mine = await api.get<{ items: Array<{ memberName: string }>; total: number }>(
          `/api/members/${api.me.memberId}/employees?pageSize=200`,
        );
        assert.ok(mine.total > 0);
        assert.ok(mine.items.every((e) => e.memberName === MEMBER_FIRM));
        await assert.rejects(api.get('/api/members'), /403|404/);

        await page.getByRole('link', { name: t('employees:list.create') }).click();
        await heading(page, t('employees:form.createTitle'));
        await page.getByLabel(t('employees:fields.firstName')).fill('Samuel');
        await page.getByLabel(t('employees:fields.lastName')).fill(`Contact${lang}${unique}`);
        await page.getByLabel(t('employees:fields.jobTitle')).fill(lang === 'fr' ? 'Journalier' : 'Labourer');
        await page.getByLabel(t('employees:fields.noc')).fill('95100');
        await choose(page, t('employees:fields.education'), lang === 'fr' ? 'Aucun diplôme' : 'No diploma');
        await page.getByLabel(t('employees:fields.hireDate')).fill('2023-08-14');
        await page.getByRole('button', { name: t('common:actions.save') }).click();
        await heading(page, `Samuel Contact${lang}${unique}`);
        await checkA11y(page, 'employee of my firm');
        await page.getByRole('button', { name: t('common:actions.back') }).click();
        await page.getByRole('searchbox', { name: t('employees:list.search') }).fill(`Contact${lang}${unique}`);
        await page.getByRole('link', { name: `Contact${lang}${unique}, Samuel` }).waitFor();
      } finally {
        await context.close();
      }
    });
  });
}

describe('language', () => {
  it('switches from French to English in the header and remembers it after a reload', async () => {
    const { context, page } = await newPage(browser, server.url, 'fr');
    try {
      await login(page, COORDINATOR);
      await heading(page, text('fr', 'dashboard:title'));
      await page.getByText('EN', { exact: true }).click();
      await heading(page, text('en', 'dashboard:title'));
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      await page.reload();
      await heading(page, text('en', 'dashboard:title'));
      await page.getByRole('link', { name: text('en', 'nav:members') }).waitFor();
      const api = await apiSession(server.url, COORDINATOR);
      const me = await api.get<{ locale: string }>('/api/auth/me');
      assert.equal(me.locale, 'en', 'the account remembers the language too');
      await page.getByText('FR', { exact: true }).click();
      await heading(page, text('fr', 'dashboard:title'));
    } finally {
      await context.close();
    }
  });
});
