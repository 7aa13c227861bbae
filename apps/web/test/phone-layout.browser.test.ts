// The main pages of each role on a 390 × 844 phone (Chromium emulating a mobile browser, which widens
// its layout to fit content that overflows), in French and English: nothing is wider than the screen,
// and the language switch and the account menu stay on it and work (the board's scorecard, board and
// partners pages, and a funder's observatory and emulation planner among them). The pooling run page (a plan's
// wide tables) is scanned with axe at this size too.
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
  type RunningServer,
  startServer,
} from './browser-harness.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const WIDTH = 390;
const HEIGHT = 844;

type Lang = 'fr' | 'en';
function text(lang: Lang, key: string): string {
  const [ns, rest] = key.split(':');
  let node: unknown = JSON.parse(fs.readFileSync(path.join(here, '../src/i18n/locales', lang, `${ns}.json`), 'utf8'));
  for (const part of rest.split('.')) node = (node as Record<string, unknown>)[part];
  assert.equal(typeof node, 'string', `no text for ${lang} ${key}`);
  return node as string;
}

/** The next six months, as YYYY-MM. */
function nextMonths(): string[] {
  const now = new Date();
  return [1, 2, 3, 4, 5, 6].map((k) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + k, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

let server: RunningServer;
let browser: Browser;
let runId: string;

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
  // a pooling run over the demo's open needs: its plan has wide tables (sessions, unserved needs, firms)
  const coord = await apiSession(server.url, COORDINATOR);
  const run = await coord.post<{ id: string }>('/api/pooling/runs', {
    label: 'Phone',
    periods: nextMonths(),
    policy: { timeLimitSeconds: 5 },
  });
  for (let i = 0; ; i++) {
    const r = await coord.get<{ status: string; error: string | null }>(`/api/pooling/runs/${run.id}`);
    if (r.status === 'succeeded') break;
    assert.ok(['queued', 'running'].includes(r.status) && i < 240, `the run ended ${r.status}: ${r.error}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  runId = run.id;
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A logged-in phone: 390 × 844, touch, a mobile browser's viewport rules. */
async function phone(lang: Lang, email: string) {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: WIDTH, height: HEIGHT },
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
  await login(page, email);
  return { context, page };
}

const languageSwitch = (page: Page, lang: Lang) =>
  page.getByRole('radiogroup', { name: text(lang, 'common:language.label') });
const accountMenu = (page: Page, lang: Lang) =>
  page
    .locator('header')
    .getByRole('button', { name: new RegExp(text(lang, 'common:account.menu').replace('{{name}}', '.+')) });

/** On the screen: inside the 390 px width and the first screenful. */
async function assertOnScreen(what: string, locator: ReturnType<Page['locator']>) {
  await locator.waitFor();
  const box = await locator.boundingBox();
  assert.ok(box, `${what} has a box`);
  assert.ok(
    box.x >= 0 && box.x + box.width <= WIDTH && box.y >= 0 && box.y + box.height <= HEIGHT,
    `${what} is on the screen: ${JSON.stringify(box)}`,
  );
}

async function assertFitsThePhone(page: Page, lang: Lang, label: string) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= WIDTH, `${label}: the page is ${scrollWidth} px wide on a ${WIDTH} px screen`);
  assert.equal(innerWidth, WIDTH, `${label}: the browser kept its ${WIDTH} px layout`);
  await assertOnScreen(`${label}: the language switch`, languageSwitch(page, lang));
  await assertOnScreen(`${label}: the account menu`, accountMenu(page, lang));
}

/** Opens the account menu and the language switch by touch, as a person on a phone would. */
async function assertHeaderWorks(page: Page, lang: Lang, label: string) {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  await accountMenu(page, lang).tap();
  await assertOnScreen(
    `${label}: "${text(lang, 'common:account.mine')}"`,
    page.getByRole('menuitem', { name: text(lang, 'common:account.mine') }),
  );
  await page.keyboard.press('Escape');
  await page.getByRole('menuitem', { name: text(lang, 'common:account.mine') }).waitFor({ state: 'hidden' });

  await languageSwitch(page, lang).getByText(other.toUpperCase(), { exact: true }).tap();
  await page.waitForFunction((l) => document.documentElement.lang === l, other);
  await assertOnScreen(`${label}: the language switch, in ${other}`, languageSwitch(page, other));
  await languageSwitch(page, other).getByText(lang.toUpperCase(), { exact: true }).tap();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

const ROLES: { role: string; email: string; paths: () => string[] }[] = [
  {
    role: 'coordinator',
    email: COORDINATOR,
    paths: () => ['/dashboard', '/members', '/needs', '/sessions', '/pooling', `/pooling/runs/${runId}`],
  },
  {
    role: 'member contact',
    email: 'rh@soudure-bedard.demo',
    paths: () => ['/my-firm', '/my-needs', '/sessions', '/my-savings'],
  },
  { role: 'trainer', email: 'formateur@formaction-joliette.demo', paths: () => ['/my-provider', '/sessions'] },
  {
    role: 'board member',
    email: 'ca@lanaudiere.demo',
    paths: () => ['/dashboard', '/scorecard', '/board', '/partners'],
  },
  { role: 'funder', email: 'bailleur@cpmt.demo', paths: () => ['/observatory', '/emulation'] },
];

for (const lang of ['fr', 'en'] as const) {
  describe(`on a ${WIDTH} px phone (${lang})`, () => {
    for (const { role, email, paths } of ROLES) {
      it(`${role}: every main page fits the screen, and the language switch and account menu are on it and work`, async () => {
        const { context, page } = await phone(lang, email);
        try {
          for (const p of paths()) {
            await page.goto(p);
            await assertFitsThePhone(page, lang, `${role} ${p}`);
          }
          await assertHeaderWorks(page, lang, `${role} ${paths().at(-1)}`);
          await assertFitsThePhone(page, lang, `${role} ${paths().at(-1)} after switching languages`);
        } finally {
          await context.close();
        }
      });
    }

    it('the pooling run page passes the accessibility scan at phone size', async () => {
      const { context, page } = await phone(lang, COORDINATOR);
      try {
        await page.goto(`/pooling/runs/${runId}`);
        await page.getByRole('heading', { level: 1, name: 'Phone' }).waitFor();
        await checkA11y(page, `pooling run page at ${WIDTH} px (${lang})`);
      } finally {
        await context.close();
      }
    });
  });
}
