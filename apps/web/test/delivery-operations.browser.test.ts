// Issue #9 in a real browser, in French and in English (and at 390 px): the seats of a session a plan
// just created (reserved vs confirmed, point 10), a coordinator enrolling several people for a firm,
// moving one and marking a day "all present" (point 12), and a questionnaire submitted empty showing
// a message under each question and focusing the first (point 9). Every page is axe-scanned.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatDate } from '@mutualis/domain/format/index';
import type { Browser, Page } from 'playwright-core';
import {
  COORDINATOR,
  checkA11y,
  DEMO_PASSWORD,
  launchBrowser,
  login,
  newPage,
  type RunningServer,
  startServer,
} from './browser-harness.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = process.env.SCREENSHOT_DIR;

type Lang = 'fr' | 'en';
// biome-ignore lint/suspicious/noExplicitAny: loose JSON answers
type Json = Record<string, any>;

/** A translation as the app shows it; `count` picks the plural form (French: 0 and 1 are singular). */
function text(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [ns, rest] = key.split(':');
  let node: unknown = JSON.parse(fs.readFileSync(path.join(here, '../src/i18n/locales', lang, `${ns}.json`), 'utf8'));
  const parts = rest.split('.');
  for (const [i, part] of parts.entries()) {
    const map = node as Record<string, unknown>;
    if (i === parts.length - 1 && typeof vars.count === 'number' && !(part in map)) {
      const one = lang === 'fr' ? vars.count <= 1 : vars.count === 1;
      node = map[`${part}_${one ? 'one' : 'other'}`];
    } else node = map[part];
  }
  assert.equal(typeof node, 'string', `no text for ${lang} ${key}`);
  return (node as string).replace(/\{\{(\w+)\}\}/g, (_, v) => String(vars[v] ?? ''));
}

/** The text drawn in an uncompressed pdfkit PDF (hex strings of TJ operators, WinAnsi). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  return [...raw.matchAll(/\[([^\]]*)\]\s*TJ/g)]
    .map((m) =>
      Buffer.from([...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join(''), 'hex').toString('latin1'),
    )
    .join('\n');
}

/** A logged-in API client that also returns raw answers (files). */
async function api(baseURL: string, email: string) {
  const res = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const me = (await res.json()) as { csrfToken: string };
  const raw = (method: string, url: string, body?: unknown) =>
    fetch(`${baseURL}${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': me.csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  const json = async (method: string, url: string, body?: unknown): Promise<Json> => {
    const r = await raw(method, url, body);
    const t = await r.text();
    assert.ok(r.ok, `${method} ${url}: ${r.status} ${t}`);
    return t ? JSON.parse(t) : {};
  };
  return { raw, json };
}

let server: RunningServer;
let browser: Browser;
let coordinator: Awaited<ReturnType<typeof api>>;
// a session "from a plan": 4 + 4 seats reserved by two firms, nobody named yet
let planned: Record<Lang, { id: string; title: string }>;
let inDelivery: Json;
let moveTarget: Json;
const tokens: Record<Lang, string> = { fr: '', en: '' };

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
  coordinator = await api(server.url, COORDINATOR);
  const sessions = (await coordinator.json('GET', '/api/sessions?pageSize=500')).items as Json[];
  const members = (await coordinator.json('GET', '/api/members?pageSize=200&status=active')).items as Json[];
  const course = sessions.find((s) => s.status === 'confirmed')!;
  moveTarget = course;
  assert.ok(course.seats.free >= 2, 'room to move two people into the confirmed demo session');
  const plan = async (lang: Lang) => {
    const s = (await coordinator.json('POST', '/api/sessions', {
      courseId: course.courseId,
      period: '2027-03',
      title: `Séance du plan (${lang})`,
      seatsMin: 6,
      seatsMax: 20,
    })) as { id: string; title: string };
    for (const m of members.slice(0, 2))
      await coordinator.json('PUT', `/api/sessions/${s.id}/reservations`, { memberId: m.id, seats: 4 });
    return s;
  };
  planned = { fr: await plan('fr'), en: await plan('en') };
  // questionnaire sheets of the demo session in delivery (its last day is past): one participant without e-mail made English-speaking
  inDelivery = sessions.find((s) => s.status === 'in_delivery')!;
  const enrolled = (
    (await coordinator.json('GET', `/api/sessions/${inDelivery.id}/enrolments?pageSize=500`)).items as Json[]
  ).filter((e) => e.status === 'confirmed');
  const withoutEmail = [];
  for (const e of enrolled)
    if (!(await coordinator.json('GET', `/api/employees/${e.employeeId}`)).email) withoutEmail.push(e);
  assert.ok(withoutEmail.length >= 2, 'two demo participants without an e-mail');
  await coordinator.json('PATCH', `/api/employees/${withoutEmail[1].employeeId}`, { language: 'en' });
  const sheets = await coordinator.raw('POST', `/api/sessions/${inDelivery.id}/questionnaire-sheets`);
  assert.equal(sheets.status, 200);
  for (const m of pdfText(Buffer.from(await sheets.arrayBuffer())).matchAll(
    /\/questionnaire\/([A-Za-z0-9_-]{43})\?lang=(fr|en)/g,
  )) {
    const lang = m[2] as Lang;
    if (!tokens[lang] && (await coordinator.json('GET', `/api/questionnaires/${m[1]}`)).level === 1)
      tokens[lang] = m[1];
  }
  assert.ok(tokens.fr && tokens.en, 'a level-1 link in each language');
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
const field = (page: Page, label: string) =>
  page
    .getByRole('textbox', { name: label, exact: true })
    .or(page.getByRole('combobox', { name: label, exact: true }))
    .first();
const shot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
};

for (const lang of ['fr', 'en'] as const) {
  const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
  describe(`issue #9 delivery (${lang})`, () => {
    it('a session a plan just created shows its reserved seats apart from its confirmed participants, and the minimum it counts (point 10)', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.goto('/sessions');
        await heading(page, t('delivery:sessions.title'));
        const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: planned[lang].title }) });
        await row
          .getByText(`${t('delivery:seats.reserved', { count: 8 })} · ${t('delivery:seats.confirmed', { count: 0 })}`)
          .waitFor();
        await row.getByText(t('delivery:seats.capacity', { count: 20 })).waitFor();
        await row.getByText(t('delivery:seats.minimum', { count: 8, min: 6 })).waitFor();
        assert.equal(await row.getByText(/0 \/ 20/).count(), 0, 'no "0 / 20 places"');
        await row.getByRole('link', { name: planned[lang].title }).click();
        await heading(page, planned[lang].title);
        await page.getByText(t('delivery:seats.reservedLabel')).waitFor();
        await page
          .getByText(`${t('delivery:seats.reserved', { count: 8 })} (${t('delivery:seats.unnamed', { count: 8 })})`)
          .waitFor();
        await page
          .getByText(`${t('delivery:seats.free', { count: 12 })} ${t('delivery:seats.capacity', { count: 20 })}`)
          .waitFor();
        await page
          .getByText(`${t('delivery:seats.minimum', { count: 8, min: 6 })} — ${t('delivery:seats.met')}`)
          .waitFor();
        await checkA11y(page, 'session from a plan');
        await shot(page, `seats-${lang}`);
        await page.setViewportSize({ width: 390, height: 844 });
        await page.getByText(t('delivery:seats.reservedLabel')).waitFor();
        await shot(page, `seats-${lang}-390`);
      } finally {
        await context.close();
      }
    });

    it('a coordinator enrols two employees of a firm at once, moves one to another session, and marks a day all present (point 12)', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.goto(`/sessions/${planned[lang].id}`);
        await heading(page, planned[lang].title);
        await field(page, t('delivery:enrolments.firm')).click();
        await page.getByRole('option').nth(2).click();
        const employees = field(page, t('delivery:enrolments.employees'));
        // other people in each language: the French run moved one of the first two into the target session
        for (let i = 0; i < 2; i++) {
          await employees.click();
          await page
            .getByRole('option')
            .nth(lang === 'fr' ? 0 : 2)
            .click();
        }
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: t('delivery:enrolments.enrolMany', { count: 2 }) }).click();
        await page.getByText(t('delivery:enrolments.enrolledMany', { count: 2, waiting: 0 })).waitFor();
        await checkA11y(page, 'enrolled for a firm');
        await shot(page, `enrol-many-${lang}`);
        const enrolled = (
          (await coordinator.json('GET', `/api/sessions/${planned[lang].id}/enrolments`)).items as Json[]
        ).filter((e) => e.status === 'confirmed');
        const person = enrolled[enrolled.length - 1];
        await page.getByRole('button', { name: t('delivery:move.of', { name: person.employeeName }) }).click();
        await page.getByRole('dialog').waitFor();
        await field(page, t('delivery:move.target')).click();
        await page
          .getByRole('option', {
            name: new RegExp(
              `^${(lang === 'en' ? moveTarget.titleEn : moveTarget.titleFr).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — `,
            ),
          })
          .first()
          .click();
        await checkA11y(page, 'move dialog');
        await page
          .getByRole('dialog')
          .getByRole('button', { name: t('delivery:move.confirm'), exact: true })
          .click();
        await page.getByText(t('delivery:move.done', { name: person.employeeName })).waitFor();
        const after = (await coordinator.json('GET', `/api/sessions/${planned[lang].id}/enrolments`)).items as Json[];
        assert.equal(after.find((e) => e.id === person.id)?.status, 'moved');

        // all present for the second day of the session in delivery
        const roster = await coordinator.json('GET', `/api/sessions/${inDelivery.id}/roster`);
        const day = roster.meetingDays[1] as Json;
        await page.goto(`/sessions/${inDelivery.id}`);
        await page.getByRole('heading', { name: t('delivery:roster.title') }).waitFor();
        // the day as the page writes it, by the shared formatting module ("1er novembre 2026")
        const label = formatDate(day.day, lang);
        await page.getByRole('button', { name: t('delivery:roster.allPresentOn', { day: label }) }).click();
        await page.getByText(t('delivery:roster.allPresentDone', { day: label })).waitFor();
        const people = (roster.participants as Json[]).filter((p) => p.status === 'confirmed');
        for (const p of people)
          await page
            .getByRole('checkbox', {
              name: t('delivery:roster.presentOn', { name: p.name, day: day.day }),
              exact: true,
              checked: true,
            })
            .waitFor();
        // still editable: untick one
        const box = page.getByRole('checkbox', {
          name: t('delivery:roster.presentOn', { name: people[0].name, day: day.day }),
          exact: true,
        });
        await box.uncheck();
        assert.equal(await box.isChecked(), false);
        await checkA11y(page, 'roster all present');
        await shot(page, `all-present-${lang}`);
      } finally {
        await context.close();
      }
    });

    it('a questionnaire sent empty shows a message under each unanswered question and focuses the first (point 9)', async () => {
      const { context, page } = await newPage(browser, server.url, null);
      try {
        await page.goto(`/questionnaire/${tokens[lang]}?lang=${lang}`);
        await page.getByRole('heading', { level: 1, name: t('delivery:questionnaire.title') }).waitFor();
        await page.getByRole('button', { name: t('delivery:questionnaire.send') }).click();
        await page
          .getByRole('alert')
          .filter({ hasText: t('delivery:questionnaire.missing', { count: 4 }) })
          .waitFor();
        assert.equal(
          await page.getByText(t('delivery:questionnaire.required'), { exact: true }).count(),
          4,
          'a message under each of the 4 scale questions',
        );
        const focused = await page.evaluate(() =>
          document.activeElement?.closest('[data-question]')?.getAttribute('data-question'),
        );
        assert.equal(focused, 'overall', 'the first unanswered question has the focus');
        await checkA11y(page, 'questionnaire with errors');
        await shot(page, `questionnaire-errors-${lang}`);
        // answering clears a question's message; the rest stay
        await page
          .getByRole('radio', { name: t('delivery:questionnaire.level5') })
          .first()
          .check();
        assert.equal(await page.getByText(t('delivery:questionnaire.required'), { exact: true }).count(), 3);
        for (const id of ['trainer', 'relevance', 'logistics'])
          await page.locator(`[data-question="${id}"]`).getByRole('radio', { name: '4', exact: true }).check();
        await page.getByRole('button', { name: t('delivery:questionnaire.send') }).click();
        await page.getByText(t('delivery:questionnaire.thanks')).waitFor();
      } finally {
        await context.close();
      }
    });
  });
}
