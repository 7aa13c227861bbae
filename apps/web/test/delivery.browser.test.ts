// Delivery in a real browser, in French and in English: a coordinator opens sessions and sees the
// lifecycle, a member contact enrols an employee, a trainer records attendance. Every page is axe-scanned.
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

/**
 * Opens a session from the list by its own link: past sessions of the same course share its title,
 * and the title shows in the reader's language.
 */
async function openSession(page: Page, lang: Lang, s: (typeof sessions)[number]): Promise<string> {
  const title = lang === 'fr' ? s.titleFr : s.titleEn;
  await page
    .getByRole('link', { name: title, exact: true })
    .and(page.locator(`a[href="/sessions/${s.id}"]`))
    .first()
    .click();
  return title;
}

let server: RunningServer;
let browser: Browser;
let sessions: { id: string; titleFr: string; titleEn: string; status: string }[];

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
  const coordinator = await apiSession(server.url, COORDINATOR);
  sessions = (await coordinator.get<{ items: typeof sessions }>('/api/sessions?pageSize=500')).items;
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
        await page.getByRole('link', { name: t('nav:sessions'), exact: true }).click();
        await heading(page, t('delivery:sessions.title'));
        for (const state of [
          'proposed',
          'confirmed',
          'scheduled',
          'in_delivery',
          'delivered',
          'evaluated',
          'cancelled',
        ]) {
          await page
            .getByText(t(`delivery:state.${state}`), { exact: true })
            .first()
            .waitFor();
        }
        await checkA11y(page, 'sessions');
        const scheduled = sessions.find((s) => s.status === 'scheduled')!;
        await heading(page, await openSession(page, lang, scheduled));
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
        await page.getByRole('link', { name: t('nav:sessions'), exact: true }).click();
        await heading(page, t('delivery:sessions.title'));
        await checkA11y(page, 'member sessions');
        const open = sessions.find((s) => s.status === 'confirmed')!;
        await heading(page, await openSession(page, lang, open));
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
        await page.getByRole('link', { name: t('nav:sessions'), exact: true }).click();
        await heading(page, t('delivery:sessions.title'));
        await openSession(page, lang, inDelivery);
        await page.getByRole('heading', { name: t('delivery:roster.title') }).waitFor();
        await checkA11y(page, 'trainer roster');
        await page.getByRole('checkbox').last().check();
        await page.getByRole('button', { name: t('delivery:roster.saveAttendance') }).click();
        await page.getByText(t('delivery:saved')).first().waitFor();
      } finally {
        await context.close();
      }
    });

    it('a questionnaire link opens the public page in the language it names, even when the link is no longer valid', async () => {
      const { context, page } = await newPage(browser, server.url, null); // no language chosen in this browser
      try {
        await page.goto(`/questionnaire/${'x'.repeat(43)}?lang=${lang}`);
        await page.getByRole('heading', { level: 1, name: t('delivery:questionnaire.title') }).waitFor();
        await page.getByText(t('delivery:questionnaire.notFound')).waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      } finally {
        await context.close();
      }
    });

    it("a trainer's ticked but unsaved attendance survives a refetch of the roster", async () => {
      const inDelivery = sessions.find((s) => s.status === 'in_delivery')!;
      const coordinator = await apiSession(server.url, COORDINATOR);
      const detail = await coordinator.get<{ providerId: string }>(`/api/sessions/${inDelivery.id}`);
      const trainerEmail = await trainerOf(detail.providerId);
      type RosterDto = {
        meetingDays: { id: string; day: string }[];
        participants: {
          enrolmentId: string;
          name: string;
          status: string;
          attendance: { meetingDayId: string; present: boolean }[];
        }[];
      };
      type Cell = { enrolmentId: string; name: string; meetingDayId: string; day: string };
      const rosterOf = () => coordinator.get<RosterDto>(`/api/sessions/${inDelivery.id}/roster`);
      const presentIn = (r: RosterDto, c: Cell) =>
        r.participants
          .find((p) => p.enrolmentId === c.enrolmentId)
          ?.attendance.find((a) => a.meetingDayId === c.meetingDayId)?.present ?? false;
      const roster = await rosterOf();
      const absent = roster.participants
        .filter((p) => p.status === 'confirmed')
        .flatMap((p) =>
          roster.meetingDays.map((d) => ({ enrolmentId: p.enrolmentId, name: p.name, meetingDayId: d.id, day: d.day })),
        )
        .filter((c) => !presentIn(roster, c));
      assert.ok(absent.length >= 2, 'cells not ticked yet in the demo session in delivery');
      const [typed, elsewhere] = absent;
      const { context, page } = await newPage(browser, server.url, lang);
      const box = (c: Cell) =>
        page.getByRole('checkbox', { name: t('delivery:roster.presentOn', { name: c.name, day: c.day }), exact: true });
      try {
        await login(page, trainerEmail);
        await page.goto(`/sessions/${inDelivery.id}`);
        await page.getByRole('heading', { name: t('delivery:roster.title') }).waitFor();
        await box(typed).check();
        // Meanwhile the coordinator ticks another cell on the server, and saving the results refetches the roster.
        await coordinator.put(`/api/sessions/${inDelivery.id}/attendance`, {
          entries: [{ enrolmentId: elsewhere.enrolmentId, meetingDayId: elsewhere.meetingDayId, present: true }],
        });
        await page.getByRole('button', { name: t('delivery:roster.saveResults') }).click();
        await page.getByText(t('delivery:saved')).first().waitFor();
        // the coordinator's tick shows: the refetch has landed
        await page
          .getByRole('checkbox', {
            name: t('delivery:roster.presentOn', { name: elsewhere.name, day: elsewhere.day }),
            exact: true,
            checked: true,
          })
          .waitFor();
        assert.equal(await box(typed).isChecked(), true, 'the unsaved tick survived the refetch');
        await page.getByRole('button', { name: t('delivery:roster.saveAttendance') }).click();
        for (let i = 0; i < 50 && !presentIn(await rosterOf(), typed); i++) await page.waitForTimeout(100);
        const saved = await rosterOf();
        assert.equal(presentIn(saved, typed), true, 'the tick is saved');
        assert.equal(presentIn(saved, elsewhere), true, "the coordinator's tick is kept");
      } finally {
        await context.close();
        await coordinator.put(`/api/sessions/${inDelivery.id}/attendance`, {
          entries: [typed, elsewhere].map((c) => ({
            enrolmentId: c.enrolmentId,
            meetingDayId: c.meetingDayId,
            present: false,
          })),
        });
      }
    });
  });
}

/** The demo trainer account of a provider (formateur@<provider slug>.demo). */
async function trainerOf(providerId: string): Promise<string> {
  const coordinator = await apiSession(server.url, COORDINATOR);
  const users = await coordinator.get<{ items: { email: string; role: string; providerId: string | null }[] }>(
    '/api/users?role=trainer&pageSize=100',
  );
  const found = users.items.find((u) => u.providerId === providerId);
  assert.ok(found, 'a trainer account for the provider');
  return found.email;
}
