// Pooling through the browser, in French and English: the coordinator runs the engine on open
// needs (live progress, then the plan), accepts it; the member contact sees its savings and
// downloads its statement. Every page is scanned with axe. Needs and a course are set up through
// the API so that the test owns them.
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
const MEMBER_FIRM = 'Acier Hétu inc.';

type Lang = 'fr' | 'en';
function text(lang: Lang, key: string): string {
  const [ns, rest] = key.split(':');
  let node: unknown = JSON.parse(fs.readFileSync(path.join(here, '../src/i18n/locales', lang, `${ns}.json`), 'utf8'));
  for (const part of rest.split('.')) node = (node as Record<string, unknown>)[part];
  assert.equal(typeof node, 'string', `no text for ${lang} ${key}`);
  return node as string;
}

/** A month the run form offers by default (the next one), as YYYY-MM. */
function nextMonth(): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

let server: RunningServer;
let browser: Browser;
const unique = Date.now().toString(36);

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A topic, an approved course and two firms' open needs on it (one of them the demo contact's firm). */
async function setUp(lang: Lang) {
  const coord = await apiSession(server.url, COORDINATOR);
  const contact = await apiSession(server.url, MEMBER_CONTACT);
  const members = await coord.get<{ items: { id: string; legalName: string }[] }>('/api/members?pageSize=50');
  const other = members.items.find((m) => m.id !== contact.me.memberId);
  assert.ok(other, 'the demo mutual has a second firm');
  const providers = await coord.get<{ items: { id: string }[] }>('/api/providers');
  assert.ok(providers.items.length > 0, 'the demo mutual has a provider');
  const topic = await coord.post<{ id: string }>('/api/topics', {
    code: `pooling-test-${lang}-${unique}`,
    nameFr: `Sujet ${lang} ${unique}`,
    nameEn: `Topic ${lang} ${unique}`,
  });
  const period = nextMonth();
  const course = `Cours ${lang} ${unique}`;
  await coord.post('/api/courses', {
    providerId: providers.items[0].id,
    topicId: topic.id,
    titleFr: course,
    titleEn: course,
    durationHours: 7,
    language: 'fr',
    mode: 'virtual',
    periods: [period],
    fixedCostCents: 150_000,
    seatCostCents: 5_000,
    minSeats: 4,
    maxSeats: 12,
  });
  for (const memberId of [contact.me.memberId, other.id]) {
    await coord.post('/api/needs', {
      memberId,
      topicId: topic.id,
      seats: 3,
      languages: ['fr'],
      modes: ['virtual'],
      periods: [period],
    });
  }
  return { course, otherFirm: other.legalName };
}

/** Money as the page writes it in either language: "39 000 $", "1 041,43 $", "$39,000". */
const MONEY = /\d[\d\s\u00a0\u202f.,]*\$|\$\s?\d/;
const digits = (s: string) => s.replace(/[^\d]/g, '');

interface Figures {
  realCostCents: number;
  seatsServed: number;
  seatsRequested: number;
  savingVsAloneCents: number;
  technical: { objective: number };
}

/**
 * The plan in real money: real cost, seats served and the saving as the API computes them; no text
 * block names the penalty or the objective next to an amount of money; the objective and the method,
 * translated, only in the technical details.
 */
async function assertPlanInRealMoney(page: Page, lang: Lang, figures: Figures) {
  const t = (key: string) => text(lang, key);
  await assertNoPenaltyAsMoney(page);
  const card = (labelKey: string) =>
    page.locator('.mantine-Card-root').filter({ has: page.getByText(t(labelKey), { exact: true }) });
  assert.equal(
    digits((await card('pooling:figures.realCost').locator('p').nth(1).textContent()) ?? ''),
    String(Math.round(figures.realCostCents / 100)),
    'the real cost of the sessions',
  );
  assert.equal(
    digits((await card('pooling:figures.savingVsAlone').locator('p').nth(1).textContent()) ?? ''),
    String(Math.round(figures.savingVsAloneCents / 100)),
    'the saving on buying separately',
  );
  assert.equal(
    digits((await card('pooling:figures.seatsServed').locator('p').nth(1).textContent()) ?? ''),
    `${figures.seatsServed}${figures.seatsRequested}`,
    'seats served of requested',
  );
  await card('pooling:figures.seatsUnserved').waitFor();

  await page.getByRole('button', { name: t('pooling:technical.title') }).click();
  const method = page.getByText(t('pooling:technical.method').replace('{{method}}', ''), { exact: false });
  await method.waitFor();
  assert.doesNotMatch(
    (await method.textContent()) ?? '',
    /by component|milp,|(?<!greedy )heuristic\b/,
    'the method line is in words, translated (raw step codes are not)',
  );
  assert.ok(
    ((await page.locator('main').textContent()) ?? '').includes(
      new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA').format(Math.round(figures.technical.objective)),
    ),
    'the objective, as a score, in the technical details',
  );
  await assertNoPenaltyAsMoney(page);
}

/** No text block of the page names the penalty or the objective next to an amount of money. */
async function assertNoPenaltyAsMoney(page: Page) {
  const offending = await page.locator('main').evaluate((root, source) => {
    const money = new RegExp(source);
    return [...root.querySelectorAll('*')]
      .map((e) => e.textContent ?? '')
      .filter((s) => s.length <= 300 && /p[ée]nalit|penalty|objecti(f|ve)/i.test(s) && money.test(s));
  }, MONEY.source);
  assert.deepEqual(offending, [], 'no penalty nor objective shown as money');
}

async function statusIs(page: Page, label: string) {
  await page.getByText(label, { exact: true }).first().waitFor({ timeout: 60_000 });
}

for (const lang of ['fr', 'en'] as const) {
  describe(`pooling (${lang})`, () => {
    it('the coordinator runs, reviews and accepts a plan; the member contact sees its savings and its statement', async () => {
      const t = (key: string) => text(lang, key);
      const { course, otherFirm } = await setUp(lang);

      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.getByRole('link', { name: t('nav:pooling'), exact: true }).click();
        await page.getByRole('heading', { level: 1, name: t('pooling:title') }).waitFor();
        await checkA11y(page, `pooling runs (${lang})`);
        await page.getByLabel(t('pooling:newRun.label')).fill(`Test ${lang} ${unique}`);
        await page.getByRole('button', { name: t('pooling:newRun.start') }).click();
        await page.getByRole('heading', { level: 1, name: `Test ${lang} ${unique}` }).waitFor();
        await statusIs(page, t('pooling:status.succeeded'));
        const sessions = page.getByRole('table').filter({ hasText: course });
        await sessions.waitFor();
        await assert.doesNotReject(sessions.getByText(MEMBER_FIRM, { exact: false }).first().waitFor());
        await assert.doesNotReject(sessions.getByText(otherFirm, { exact: false }).first().waitFor());
        const runId = new URL(page.url()).pathname.split('/').pop() as string;
        const run = await (await apiSession(server.url, COORDINATOR)).get<{ figures: Figures }>(
          `/api/pooling/runs/${runId}`,
        );
        await assertPlanInRealMoney(page, lang, run.figures);
        await checkA11y(page, `pooling plan (${lang})`);

        await page.getByRole('button', { name: t('pooling:accept.action') }).click();
        await page
          .getByRole('dialog')
          .getByRole('button', { name: t('pooling:accept.action') })
          .click();
        await statusIs(page, t('pooling:status.accepted'));
      } finally {
        await context.close();
      }

      const member = await newPage(browser, server.url, lang);
      try {
        await login(member.page, MEMBER_CONTACT);
        await member.page.getByRole('link', { name: t('nav:mySavings'), exact: true }).click();
        await member.page.getByRole('heading', { level: 1, name: t('pooling:savings.title') }).waitFor();
        await member.page.getByText(course).first().waitFor();
        assert.equal(await member.page.getByText(otherFirm).count(), 0, 'no other firm name');
        await checkA11y(member.page, `my savings (${lang})`);
        const download = member.page.waitForEvent('download');
        await member.page.getByRole('button', { name: t('pooling:savings.pdfFr') }).click();
        assert.match((await download).suggestedFilename(), /\.pdf$/);
      } finally {
        await member.context.close();
      }
    });
  });
}
