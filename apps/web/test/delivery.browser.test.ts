// Delivery in a real browser, in French and in English: a coordinator opens sessions and sees the
// lifecycle, a member contact enrols an employee, a trainer records attendance. Every page is axe-scanned.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { apiSession, checkA11y, COORDINATOR, launchBrowser, login, newPage, type RunningServer, startServer } from './browser-harness.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const MEMBER_CONTACT = 'rh@acier-hetu.demo';

type Lang = 'fr' | 'en';
function text(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [ns, rest] = key.split(':');
  let node: unknown = JSON.parse(fs.readFileSync(path.join(here, '../src/i18n/locales', lang, `${ns}.json`), 'utf8'));
  for (const part of rest.split('.')) node = (node as Record<string, unknown>)[part];
  assert.equal(typeof node, 'string', `no text for ${lang} ${key}`);
  return (node as string).replace(/\{\{(\w+)\}\}/g, (_, v) => String(vars[v] ?? ''));
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

let server: RunningServer;
let browser: Browser;
let sessions: { id: string; title: string; status: string }[];

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
  const coordinator = await apiSession(server.url, COORDINATOR);
  sessions = await coordinator.get('/api/sessions');
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const lang of ['fr', 'en'] as const) {
  const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
  describe(`delivery (${lang})`, () => {
    it('a coordinator lists sessions in every state and opens one with its lifecycle actions', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.getByRole('link', { name: t('nav:sessions') }).click();
        await heading(page, t('delivery:sessions.title'));
        for (const state of ['proposed', 'confirmed', 'scheduled', 'in_delivery', 'delivered', 'evaluated', 'cancelled']) {
          await page.getByText(t(`delivery:state.${state}`), { exact: true }).first().waitFor();
        }
        await checkA11y(page, 'sessions');
        const scheduled = sessions.find((s) => s.status === 'scheduled')!;
        await page.getByRole('link', { name: scheduled.title }).first().click();
        await heading(page, scheduled.title);
        await page.getByRole('button', { name: t('delivery:lifecycle.to.in_delivery') }).waitFor();
        await page.getByRole('heading', { name: t('delivery:enrolments.title') }).waitFor();
        await page.getByText(t('delivery:enrolmentStatus.waitlisted')).first().waitFor();
        await checkA11y(page, 'session');
      } finally {
        await context.close();
      }
    });

    it('a member contact enrols one of its employees in an open session', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, MEMBER_CONTACT);
        await page.getByRole('link', { name: t('nav:sessions') }).click();
        await heading(page, t('delivery:sessions.title'));
        await checkA11y(page, 'member sessions');
        const open = sessions.find((s) => s.status === 'confirmed')!;
        await page.getByRole('link', { name: open.title }).first().click();
        await heading(page, open.title);
        await checkA11y(page, 'member session');
        await page.getByRole('combobox', { name: t('delivery:enrolments.employee') }).click();
        const options = page.getByRole('option');
        await options.first().waitFor();
        const count = await options.count();
        await options.nth(lang === 'fr' ? count - 1 : count - 2).click();
        await page.getByRole('button', { name: t('delivery:enrolments.enrol'), exact: true }).click();
        await page.getByText(t('delivery:enrolments.done')).waitFor();
      } finally {
        await context.close();
      }
    });

    it('a trainer opens its session in delivery and records attendance', async () => {
      const inDelivery = sessions.find((s) => s.status === 'in_delivery')!;
      const coordinator = await apiSession(server.url, COORDINATOR);
      const detail = await coordinator.get<{ providerId: string }>(`/api/sessions/${inDelivery.id}`);
      const trainerEmail = await trainerOf(detail.providerId);
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, trainerEmail);
        await page.getByRole('link', { name: t('nav:sessions') }).click();
        await heading(page, t('delivery:sessions.title'));
        await page.getByRole('link', { name: inDelivery.title }).first().click();
        await page.getByRole('heading', { name: t('delivery:roster.title') }).waitFor();
        await checkA11y(page, 'trainer roster');
        await page.getByRole('checkbox').last().check();
        await page.getByRole('button', { name: t('delivery:roster.saveAttendance') }).click();
        await page.getByText(t('delivery:saved')).first().waitFor();
      } finally {
        await context.close();
      }
    });
  });
}

/** The demo trainer account of a provider (formateur@<provider slug>.demo). */
async function trainerOf(providerId: string): Promise<string> {
  const coordinator = await apiSession(server.url, COORDINATOR);
  const users = await coordinator.get<{ items: { email: string; role: string; providerId: string | null }[] }>('/api/users?role=trainer&pageSize=100');
  const found = users.items.find((u) => u.providerId === providerId);
  assert.ok(found, 'a trainer account for the provider');
  return found.email;
}
