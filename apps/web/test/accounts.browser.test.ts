// Accounts and firms through the real server and a real browser, in French and English:
// invitations and password resets read from e-mails caught by a real SMTP server, the account's
// language, the account page (name, language, password), the member contact's firm page
// (figures, contact details, contact people), the members' sector filter, the import template,
// and the platform administrator's path. Every page visited is scanned with axe.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { EMPLOYEE_IMPORT_COLUMNS } from '@mutualis/domain/employees/index';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import {
  ADMIN,
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
const SHOTS = process.env.SCREENSHOT_DIR;

type Lang = 'fr' | 'en';
const other = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

/** The UI text of a key, read from the translation files, so that the tests follow the wording. */
function text(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [ns, rest] = key.split(':');
  let node: unknown = JSON.parse(fs.readFileSync(path.join(here, '../src/i18n/locales', lang, `${ns}.json`), 'utf8'));
  for (const part of rest.split('.')) node = (node as Record<string, unknown>)[part];
  assert.equal(typeof node, 'string', `no text for ${lang} ${key}`);
  return (node as string).replace(/\{\{(\w+)\}\}/g, (_, v) => String(vars[v] ?? ''));
}
const texts = (lang: Lang) => (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);

/** A label as written, with or without the asterisk of a required field. */
const exactly = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`);

async function heading(page: Page, name: string) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** A fresh context; waits are generous because the suites run side by side on small machines. */
async function openPage(locale: Lang | null) {
  const opened = await newPage(browser, server.url, locale);
  opened.page.setDefaultTimeout(30_000);
  return opened;
}

/** Scans the page once its transitions (modals fading in, buttons pressed) are over. */
async function scan(page: Page, label: string) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await checkA11y(page, label);
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** A real SMTP server on 127.0.0.1 that keeps every message it receives. */
async function startSmtp() {
  const received: Array<{ to: string[]; body: string }> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        // undo quoted-printable soft breaks and escapes: enough to read the links
        const body = Buffer.concat(chunks)
          .toString('utf8')
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let server: RunningServer;
let browser: Browser;
const unique = Date.now().toString(36).slice(-5);

/** Waits for an e-mail to `to` holding a link to `page` (invitation, reset-password) that was not used yet; returns the link (with its `lang`). */
const usedLinks = new Set<string>();
async function linkFromMail(to: string, page: 'invitation' | 'reset-password'): Promise<string> {
  const pattern = new RegExp(`https?://[^\\s"'<>]+/${page}\\?token=[A-Za-z0-9_%.-]+(&(amp;)?lang=[a-z]+)?`);
  for (let i = 0; i < 300; i++) {
    for (const mail of [...smtp.received].reverse()) {
      if (!mail.to.includes(to.toLowerCase())) continue;
      const link = pattern.exec(mail.body)?.[0].replace('&amp;', '&');
      if (link && !usedLinks.has(link)) {
        usedLinks.add(link);
        assert.ok(link.startsWith(`${server.url}/${page}?token=`), `the link points at the app: ${link}`);
        return link;
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${page} e-mail reached ${to}`);
}

async function apiLogin(email: string, password: string) {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return {
    status: res.status,
    body: res.status === 200 ? ((await res.json()) as { locale: string; displayName: string }) : null,
  };
}

/** Opens the account menu of the header and picks an entry. */
async function accountMenu(
  page: Page,
  lang: Lang,
  displayName: string,
  entry: 'common:account.mine' | 'common:account.logout',
) {
  await page.getByRole('button', { name: text(lang, 'common:account.menu', { name: displayName }) }).click();
  await page.getByRole('menuitem', { name: text(lang, entry) }).click();
  // The menu unmounts after its closing transition (a JS timer, not CSS): an axe scan that caught it
  // half-closed reported its items as presentational children (aria-required-children).
  await page.getByRole('menu').waitFor({ state: 'detached' });
}

before(async () => {
  smtp = await startSmtp();
  browser = await launchBrowser();
  server = await startServer({
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_FROM: 'mutualis@example.test',
      OUTBOX_POLL_MS: '200',
    },
  });
});
after(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

// The suites use different accounts and records: they run side by side to keep the file short
// (the tests inside a suite share an account: one after the other).
describe('accounts and firms', { concurrency: 2 }, () => {
  describe('invitation of a member contact', () => {
    it('coordinator invites on /users; the invited opens the e-mailed link, chooses a password, lands on its firm in the language of its account, which follows it at login until it switches', async () => {
      const t = texts('fr');
      const email = `paie-${unique}@acier-hetu.example`;
      const password = 'une-phrase-de-passe-longue';
      {
        const { context, page } = await openPage('fr');
        try {
          await login(page, COORDINATOR);
          await page.getByRole('link', { name: t('nav:users'), exact: true }).click();
          await heading(page, t('users:title'));
          await scan(page, 'users');
          await page.getByRole('button', { name: t('users:invite') }).click();
          const dialog = page.getByRole('dialog');
          await dialog.getByLabel(exactly(t('users:fields.email'))).fill(email);
          await dialog.getByLabel(exactly(t('users:fields.displayName'))).fill('Zoé Paie');
          await dialog.getByRole('combobox', { name: exactly(t('users:fields.member')) }).click();
          await dialog.getByRole('option', { name: 'Acier Hétu inc.' }).click();
          await dialog.getByRole('combobox', { name: exactly(t('users:fields.locale')) }).click();
          await dialog.getByRole('option', { name: 'English' }).click();
          await scan(page, 'invitation form');
          await dialog.getByRole('button', { name: t('users:sendInvitation') }).click();
          await page.getByText(t('users:invited')).waitFor();
          await page.getByRole('searchbox', { name: t('users:search') }).fill(email);
          await page.getByRole('cell', { name: email }).waitFor();
          await page.getByText(t('users:status.invited')).first().waitFor();
        } finally {
          await context.close();
        }
      }

      const link = await linkFromMail(email, 'invitation');
      {
        // a browser that never chose a language: the page speaks the account's language, which the link names
        const en = texts('en');
        assert.equal(new URL(link).searchParams.get('lang'), 'en');
        const { context, page } = await openPage(null);
        try {
          await page.goto(link);
          await heading(page, en('auth:invitation.title'));
          assert.equal(await page.locator('html').getAttribute('lang'), 'en');
          await scan(page, 'invitation');
          await shot(page, 'invitation');
          await page.getByLabel(exactly(en('auth:fields.newPassword'))).fill(password);
          await page.getByLabel(exactly(en('auth:fields.confirmPassword'))).fill(`${password}x`);
          await page.getByRole('button', { name: en('auth:invitation.submit') }).click();
          await page.getByText(en('auth:fields.mismatch')).waitFor();
          await page.getByLabel(exactly(en('auth:fields.confirmPassword'))).fill(password);
          await page.getByRole('button', { name: en('auth:invitation.submit') }).click();
          // logged in, on its firm, in English: the account's language (the invitation said 'en')
          await page.waitForURL('**/my-firm');
          await heading(page, 'Acier Hétu inc.');
          await page
            .getByRole('navigation', { name: text('en', 'common:nav.label') })
            .getByRole('link', { name: text('en', 'nav:myEmployees') })
            .waitFor();
          assert.equal(await page.locator('html').getAttribute('lang'), 'en');
          await page.reload();
          await page.getByRole('link', { name: text('en', 'nav:myEmployees') }).waitFor();

          // the link works once
          await page.goto(link);
          await page.getByLabel(exactly(en('auth:fields.newPassword'))).fill(password);
          await page.getByLabel(exactly(en('auth:fields.confirmPassword'))).fill(password);
          await page.getByRole('button', { name: en('auth:invitation.submit') }).click();
          await page
            .getByRole('alert')
            .filter({ hasText: en('errors:token_invalid') })
            .waitFor();
        } finally {
          await context.close();
        }
      }
      {
        // another browser without a choice: the login answer's language applies
        const { context, page } = await openPage(null);
        try {
          await page.goto('/login');
          await heading(page, t('auth:login.title'));
          await login(page, email, password);
          await heading(page, 'Acier Hétu inc.');
          await page.getByRole('link', { name: text('en', 'nav:myEmployees') }).waitFor();
          // an explicit switch wins, is remembered here and saved on the account
          await page.getByText('FR', { exact: true }).click();
          await page.getByRole('link', { name: text('fr', 'nav:myEmployees') }).waitFor();
          await page.reload();
          await page.getByRole('link', { name: text('fr', 'nav:myEmployees') }).waitFor();
          for (let i = 0; i < 50 && (await apiLogin(email, password)).body?.locale !== 'fr'; i++)
            await new Promise((r) => setTimeout(r, 100));
          assert.equal((await apiLogin(email, password)).body?.locale, 'fr');
        } finally {
          await context.close();
        }
      }
    });
  });

  for (const lang of ['fr', 'en'] as const) {
    describe(`accounts (${lang})`, { concurrency: 1 }, () => {
      const t = texts(lang);
      const email = `ca-${lang}-${unique}@example.test`;
      const firstPassword = `premier-mot-de-passe-${lang}`;
      const secondPassword = `second-mot-de-passe-${lang}`;
      const thirdPassword = `troisieme-mot-de-passe-${lang}`;

      before(async () => {
        // a board viewer invited and activated through the API: the account whose password changes
        const coordinator = await apiSession(server.url, COORDINATOR);
        await coordinator.post('/api/users', {
          email,
          displayName: `Viewer ${lang}`,
          role: 'board_viewer',
          locale: lang,
        });
        const token = new URL(await linkFromMail(email, 'invitation')).searchParams.get('token');
        const res = await fetch(`${server.url}/api/auth/invitations/accept`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token, password: firstPassword }),
        });
        assert.equal(res.status, 200);
      });

      it('changes its display name, language and password on the account page; later writes still pass (new CSRF token); logs in with the new password', async () => {
        const { context, page } = await openPage(lang);
        try {
          await login(page, email, firstPassword);
          await heading(page, t('dashboard:title'));
          await accountMenu(page, lang, `Viewer ${lang}`, 'common:account.mine');
          await heading(page, t('account:title'));
          await scan(page, 'account');
          await shot(page, `account-${lang}`);

          const name = `Renamed ${lang} ${unique}`;
          await page.getByLabel(exactly(t('auth:fields.displayName'))).fill(name);
          await page.getByRole('combobox', { name: exactly(t('account:language')) }).click();
          await page.getByRole('option', { name: lang === 'fr' ? 'English' : 'Français' }).click();
          await page.getByRole('button', { name: t('common:actions.save') }).click();
          const u = texts(other(lang));
          await page.getByRole('button', { name: u('common:account.menu', { name }) }).waitFor();
          await heading(page, u('account:title'));
          assert.equal(await page.locator('html').getAttribute('lang'), other(lang));

          // wrong current password: the field says so
          await page.getByLabel(exactly(u('account:currentPassword'))).fill('not-my-password');
          await page.getByLabel(exactly(u('auth:fields.newPassword'))).fill(secondPassword);
          await page.getByLabel(exactly(u('auth:fields.confirmPassword'))).fill(secondPassword);
          await page.getByRole('button', { name: u('account:changePassword') }).click();
          await page.locator('[id$="-error"]').first().waitFor();
          await scan(page, 'account with errors');
          await page.getByLabel(exactly(u('account:currentPassword'))).fill(firstPassword);
          await page.getByRole('button', { name: u('account:changePassword') }).click();
          await page.getByText(u('account:passwordChanged')).waitFor();

          // the session was renewed: a write right after must carry the new CSRF token
          await page.getByLabel(exactly(u('auth:fields.displayName'))).fill(`${name}!`);
          await page.getByRole('button', { name: u('common:actions.save') }).click();
          await page.getByRole('button', { name: u('common:account.menu', { name: `${name}!` }) }).waitFor();
          const saved = await apiLogin(email, secondPassword);
          assert.equal(saved.status, 200, 'the new password works');
          assert.equal(saved.body?.displayName, `${name}!`, 'the write after the password change was accepted');
          assert.equal(saved.body?.locale, other(lang));
          assert.equal((await apiLogin(email, firstPassword)).status, 401, 'the old password no longer works');

          await accountMenu(page, other(lang), `${name}!`, 'common:account.logout');
          await heading(page, u('auth:login.title'));
          await login(page, email, secondPassword);
          await heading(page, u('dashboard:title'));
        } catch (error) {
          await shot(page, `failed-account-${lang}`);
          throw error;
        } finally {
          await context.close();
        }
      });

      it('asks for a reset link, opens the e-mailed /reset-password link, sets a new password and logs in with it', async () => {
        const { context, page } = await openPage(lang);
        try {
          await page.goto('/login');
          await page.getByRole('link', { name: t('auth:login.forgot') }).click();
          await heading(page, t('auth:reset.title'));
          await scan(page, 'password reset request');
          await page.getByLabel(exactly(t('auth:fields.email'))).fill(email);
          await page.getByRole('button', { name: t('auth:reset.submit') }).click();
          await page.getByText(t('auth:reset.sent')).waitFor();

          const link = await linkFromMail(email, 'reset-password');
          await page.goto(link);
          await heading(page, t('auth:resetConfirm.title'));
          await scan(page, 'password reset confirm');
          await shot(page, `reset-${lang}`);
          await page.getByLabel(exactly(t('auth:fields.newPassword'))).fill(thirdPassword);
          await page.getByLabel(exactly(t('auth:fields.confirmPassword'))).fill(thirdPassword);
          await page.getByRole('button', { name: t('auth:resetConfirm.submit') }).click();
          await page.getByText(t('auth:resetConfirm.done')).waitFor();
          await page.getByRole('link', { name: t('auth:backToLogin') }).click();
          await login(page, email, thirdPassword);
          await heading(page, t('dashboard:title'));
          assert.equal((await apiLogin(email, secondPassword)).status, 401);
        } finally {
          await context.close();
        }
      });
    });

    describe(`member contact's firm (${lang})`, () => {
      const t = texts(lang);
      const account =
        lang === 'fr'
          ? { email: 'rh@soudure-bedard.demo', firm: 'Soudure Bédard inc.' }
          : { email: 'rh@acier-hetu.demo', firm: 'Acier Hétu inc.' };

      it('sees its figures, edits its contact details and manages its contact people', async () => {
        const { context, page } = await openPage(lang);
        try {
          await login(page, account.email);
          await heading(page, account.firm);
          const api = await apiSession(server.url, account.email);
          const summary = await api.get<{
            headcount: number;
            currentEmployees: number;
            endedEmployees: number;
            employeesByTeer: Array<{ key: string; count: number }>;
          }>('/api/my-firm/summary');
          const figures = page.getByRole('region', { name: t('memberHome:myFirm.figures') });
          await figures.getByText(t('memberHome:myFirm.currentEmployees'), { exact: true }).waitFor();
          for (const [label, value] of [
            ['memberHome:myFirm.headcount', summary.headcount],
            ['memberHome:myFirm.currentEmployees', summary.currentEmployees],
            ['memberHome:myFirm.endedEmployees', summary.endedEmployees],
          ] as const) {
            const box = figures.locator('div', { has: page.getByText(t(label), { exact: true }) }).last();
            assert.equal((await box.textContent())?.replace(/\D/g, ''), String(value), label);
          }
          const teerRows = figures.getByRole('table', { name: t('memberHome:myFirm.byTeer') }).locator('tbody tr');
          assert.equal(await teerRows.count(), summary.employeesByTeer.length);
          assert.equal(
            summary.employeesByTeer.reduce((s, r) => s + r.count, 0),
            summary.currentEmployees,
          );
          await scan(page, 'my firm');
          await shot(page, `my-firm-${lang}`);

          // contact details: a bad postal code is refused on its field, then saved
          await page.getByRole('button', { name: t('memberHome:myFirm.editDetails') }).click();
          const dialog = page.getByRole('dialog');
          await dialog
            .getByLabel(exactly(t('members:fields.address')))
            .fill(`${lang === 'fr' ? '12' : '34'} rue des Forges`);
          await dialog.getByLabel(exactly(t('members:fields.city'))).fill('Joliette');
          await dialog.getByLabel(exactly(t('members:fields.postalCode'))).fill('12345');
          await dialog.getByLabel(exactly(t('members:fields.phone'))).fill('450 555-0199');
          await dialog.getByLabel(exactly(t('members:fields.website'))).fill('https://example.test');
          await dialog.getByRole('button', { name: t('common:actions.save') }).click();
          await dialog
            .locator('[id$="-error"]')
            .filter({ hasText: /H2X 1Y4/ })
            .waitFor();
          await scan(page, 'contact details with errors');
          await dialog.getByLabel(exactly(t('members:fields.postalCode'))).fill('J6E 3Z9');
          await dialog.getByRole('button', { name: t('common:actions.save') }).click();
          await page.getByText(t('memberHome:myFirm.detailsSaved')).waitFor();
          await page.getByText(`${lang === 'fr' ? '12' : '34'} rue des Forges, Joliette, J6E 3Z9`).waitFor();
          const member = await api.get<{ postalCode: string; phone: string }>(`/api/members/${api.me.memberId}`);
          assert.equal(member.postalCode, 'J6E 3Z9');
          assert.equal(member.phone, '450 555-0199');

          // contact people: add, edit, remove
          await page.getByRole('tab', { name: t('memberHome:myFirm.contacts') }).click();
          const person = `Rémi Tremblay ${lang}${unique}`;
          const add = page.getByRole('region', { name: t('members:contacts.add') });
          await add.getByLabel(exactly(t('members:contacts.name'))).fill(person);
          await add
            .getByLabel(exactly(t('members:contacts.roleTitle')))
            .fill(lang === 'fr' ? 'Contremaître' : 'Foreman');
          await add.getByLabel(exactly(t('members:contacts.email'))).fill('pas-un-courriel');
          await add.getByRole('button', { name: t('members:contacts.addSubmit') }).click();
          await add.locator('[id$="-error"]').first().waitFor();
          await add.getByLabel(exactly(t('members:contacts.email'))).fill(`remi.${lang}@example.test`);
          await add.getByRole('button', { name: t('members:contacts.addSubmit') }).click();
          await page.getByRole('cell', { name: new RegExp(`^${person}`) }).waitFor();
          await scan(page, 'my firm contacts');
          await shot(page, `my-firm-contacts-${lang}`);

          await page.getByRole('button', { name: t('members:contacts.editNamed', { name: person }) }).click();
          await page
            .getByRole('dialog')
            .getByLabel(exactly(t('members:contacts.phone')))
            .fill('450 555-0111');
          await scan(page, 'contact edit');
          await page
            .getByRole('dialog')
            .getByRole('button', { name: t('common:actions.save') })
            .click();
          await page.getByRole('cell', { name: '450 555-0111' }).waitFor();

          await page.getByRole('button', { name: t('members:contacts.removeNamed', { name: person }) }).click();
          await page
            .getByRole('dialog')
            .getByRole('button', { name: t('members:contacts.remove') })
            .click();
          await page.getByText(t('members:contacts.removed', { name: person })).waitFor();
          await page.getByRole('cell', { name: new RegExp(`^${person}`) }).waitFor({ state: 'detached' });
          const contacts = await api.get<{ items: Array<{ name: string }> }>(
            `/api/members/${api.me.memberId}/contacts`,
          );
          assert.ok(!contacts.items.some((c) => c.name === person));
        } finally {
          await context.close();
        }
      });
    });

    describe(`coordinator's members (${lang})`, () => {
      const t = texts(lang);

      it('filters members by SCIAN sector, edits and removes a contact on a member page, downloads the import template', async () => {
        const { context, page } = await openPage(lang);
        try {
          await login(page, COORDINATOR);
          await page.getByRole('link', { name: t('nav:members'), exact: true }).click();
          await heading(page, t('members:list.title'));
          await page.getByRole('combobox', { name: exactly(t('members:fields.scian')) }).click();
          await page
            .getByRole('option', { name: lang === 'fr' ? '31-33 – Fabrication' : '31-33 – Manufacturing' })
            .click();
          await page.waitForURL(/sector=31-33/);
          const api = await apiSession(server.url, COORDINATOR);
          const manufacturing = await api.get<{ total: number; items: Array<{ scianCode: string }> }>(
            '/api/members?sector=31-33&pageSize=200',
          );
          const all = await api.get<{ total: number }>('/api/members?pageSize=1');
          assert.ok(
            manufacturing.total > 0 && manufacturing.total < all.total,
            'the demo has firms in and out of manufacturing',
          );
          await page.waitForFunction(() => {
            const codes = [...document.querySelectorAll('tbody tr td:nth-child(4)')].map((td) => td.textContent ?? '');
            return codes.length > 0 && codes.every((c) => /^3[123]/.test(c.trim()));
          });
          const codes = await page.locator('tbody tr td:nth-child(4)').allInnerTexts();
          assert.equal(codes.length, Math.min(manufacturing.total, 25));
          assert.ok(
            codes.length > 0 && codes.every((c) => /^3[123]/.test(c.trim())),
            `only manufacturing: ${codes.join(', ')}`,
          );
          await scan(page, 'members filtered by sector');

          // a member's contacts: edit and remove
          const hetu = (await api.get<{ items: Array<{ id: string }> }>('/api/members?search=Hétu')).items[0];
          const person = `Contact ${lang} ${unique}`;
          await api.post(`/api/members/${hetu.id}/contacts`, { name: person, roleTitle: 'RH' });
          await page.goto(`/members/${hetu.id}?tab=contacts`);
          await page.getByRole('cell', { name: new RegExp(`^${person}`) }).waitFor();
          await scan(page, 'member contacts');
          await page.getByRole('button', { name: t('members:contacts.editNamed', { name: person }) }).click();
          await page
            .getByRole('dialog')
            .getByLabel(exactly(t('members:contacts.roleTitle')))
            .fill(lang === 'fr' ? 'Directrice' : 'Director');
          await page
            .getByRole('dialog')
            .getByRole('button', { name: t('common:actions.save') })
            .click();
          await page.getByRole('cell', { name: lang === 'fr' ? 'Directrice' : 'Director', exact: true }).waitFor();
          await page.getByRole('button', { name: t('members:contacts.removeNamed', { name: person }) }).click();
          await scan(page, 'remove contact');
          await page
            .getByRole('dialog')
            .getByRole('button', { name: t('members:contacts.remove') })
            .click();
          await page.getByRole('cell', { name: new RegExp(`^${person}`) }).waitFor({ state: 'detached' });

          // the import template: an XLSX whose first row holds the import's column names in this language
          await page.goto(`/members/${hetu.id}/employees/import`);
          await heading(page, t('employees:import.title'));
          const [download] = await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('button', { name: t('employees:import.template') }).click(),
          ]);
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.readFile((await download.path()) as string);
          const headerRow = workbook.worksheets[0].getRow(1).values as unknown[];
          assert.deepEqual(
            headerRow.slice(1),
            EMPLOYEE_IMPORT_COLUMNS.map((c) => c[lang]),
          );
          assert.equal(workbook.worksheets[0].rowCount, 2, 'one example row');
        } finally {
          await context.close();
        }
      });
    });

    describe(`platform administrator (${lang})`, () => {
      const t = texts(lang);

      it('sees the mutuals, creates one and invites its first coordinator, who activates the account', async () => {
        const { context, page } = await openPage(lang);
        const mutualName = `Mutuelle ${lang} ${unique}`;
        const email = `coord-${lang}-${unique}@example.test`;
        try {
          await login(page, ADMIN);
          await heading(page, t('mutuals:title'));
          await page.getByRole('cell', { name: 'Mutuelle de formation Lanaudière', exact: true }).waitFor();
          await scan(page, 'mutuals');
          await page.getByRole('button', { name: t('mutuals:create') }).click();
          const dialog = page.getByRole('dialog');
          await dialog.getByLabel(exactly(t('mutuals:fields.name'))).fill(mutualName);
          await dialog.getByLabel(exactly(t('mutuals:fields.slug'))).fill('Pas Un Slug');
          await dialog.getByRole('button', { name: t('common:actions.save') }).click();
          await dialog.locator('[id$="-error"]').first().waitFor();
          await scan(page, 'mutual form with errors');
          await dialog.getByLabel(exactly(t('mutuals:fields.slug'))).fill(`mutuelle-${lang}-${unique}`);
          await dialog.getByRole('button', { name: t('common:actions.save') }).click();
          await page.getByRole('cell', { name: mutualName, exact: true }).waitFor();
          await shot(page, `mutuals-${lang}`);

          await page.getByRole('link', { name: t('nav:users'), exact: true }).click();
          await heading(page, t('users:title'));
          await scan(page, 'users (admin)');
          await page.getByRole('button', { name: t('users:invite') }).click();
          await dialog.getByLabel(exactly(t('users:fields.email'))).fill(email);
          await dialog.getByLabel(exactly(t('users:fields.displayName'))).fill(`Coordination ${lang}`);
          await dialog.getByRole('combobox', { name: exactly(t('users:fields.role')) }).click();
          await dialog.getByRole('option', { name: t('common:role.coordinator') }).click();
          await dialog.getByRole('combobox', { name: exactly(t('users:fields.mutual')) }).click();
          await dialog.getByRole('option', { name: mutualName }).click();
          await dialog.getByRole('button', { name: t('users:sendInvitation') }).click();
          await page.getByText(t('users:invited')).waitFor();

          await page.getByRole('link', { name: t('nav:outbox'), exact: true }).click();
          await heading(page, t('outbox:title'));
          await page.getByRole('cell', { name: email }).first().waitFor();
          await scan(page, 'outbox (admin)');
        } finally {
          await context.close();
        }

        const link = await linkFromMail(email, 'invitation');
        const invited = await openPage(lang);
        try {
          await invited.page.goto(link);
          await invited.page.getByLabel(exactly(t('auth:fields.newPassword'))).fill('coordination-nouvelle');
          await invited.page.getByLabel(exactly(t('auth:fields.confirmPassword'))).fill('coordination-nouvelle');
          await invited.page.getByRole('button', { name: t('auth:invitation.submit') }).click();
          await heading(invited.page, t('dashboard:title'));
          const me = await (await apiSession(server.url, email, 'coordination-nouvelle')).get<{
            role: string;
            mutualName?: string;
            mutualId: string;
          }>('/api/auth/me');
          assert.equal(me.role, 'coordinator');
          const members = await (await apiSession(server.url, email, 'coordination-nouvelle')).get<{ total: number }>(
            '/api/members',
          );
          assert.equal(members.total, 0, 'a new mutual starts without members');
        } finally {
          await invited.context.close();
        }
      });
    });
  }
});
