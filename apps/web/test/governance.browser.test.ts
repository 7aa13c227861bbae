// Governance, the ecosystem, the observatory and the emulation planner, in French and in English,
// through the real server and a real browser: the board chair checks the board's composition and
// records a meeting (attendance, quorum, a decision); a coordinator adds a partner and a support
// received and reads the network; a funder compares the mutuals it funds and runs an emulation
// scenario for a region. Every page visited is scanned with axe.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import {
  COORDINATOR,
  checkA11y,
  launchBrowser,
  login,
  newPage,
  type RunningServer,
  startServer,
} from './browser-harness.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHAIR = 'ca@lanaudiere.demo';
const FUNDER = 'bailleur@cpmt.demo';

type Lang = 'fr' | 'en';
function text(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [ns, rest] = key.split(':');
  let node: unknown = JSON.parse(fs.readFileSync(path.join(here, '../src/i18n/locales', lang, `${ns}.json`), 'utf8'));
  for (const part of rest.split('.')) node = (node as Record<string, unknown>)[part];
  assert.equal(typeof node, 'string', `no text for ${lang} ${key}`);
  return (node as string).replace(/\{\{(\w+)\}\}/g, (_, v) => String(vars[v] ?? ''));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A form field by its exact label (Mantine adds " *" to required ones). */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${escapeRe(label)}\\s*\\*?$`)).first();

async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, label: string, option: string | RegExp) {
  await field(page, label).click();
  await page.getByRole('option', { name: option }).first().click();
  await page.waitForFunction(
    () => ![...document.querySelectorAll('[role=listbox]')].some((e) => (e as HTMLElement).offsetParent !== null),
  );
}

let server: RunningServer;
let browser: Browser;

before(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const lang of ['fr', 'en'] as const) {
  const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);

  describe(`governance (${lang})`, () => {
    it('the board chair checks the board’s composition and records a meeting with attendance and a decision', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, CHAIR);
        const nav = page.getByRole('navigation', { name: t('common:nav.label') });
        await nav.getByRole('link', { name: t('nav:board'), exact: true }).click();
        await heading(page, t('governance:board.title'));
        // the composition is checked against s.3 and said in words
        await page.getByText(t('governance:board.compliant')).waitFor();
        await checkA11y(page, `board (${lang})`);

        const agenda = lang === 'fr' ? 'Budget 2027 et plan de formation' : '2027 budget and training plan';
        await page.getByRole('button', { name: t('governance:meetings.new') }).click();
        const dialog = page.getByRole('dialog');
        await field(dialog as unknown as Page, t('governance:fields.agenda')).fill(agenda);
        await dialog.getByRole('button', { name: t('governance:meetings.create') }).click();
        await page.waitForURL(/\/board\/meetings\//);
        await page.getByRole('heading', { name: t('governance:meetings.attendance') }).waitFor();

        // tick the first four members sitting that day, then save: quorum follows
        const boxes = page.getByRole('checkbox');
        const sitting = await boxes.count();
        assert.ok(sitting >= 5, `${sitting} members sitting`);
        for (let i = 0; i < 4; i++) await boxes.nth(i).check();
        await page.getByRole('button', { name: t('governance:meetings.saveAttendance') }).click();
        await page.getByText(t('governance:meetings.presentOf', { present: 4, sitting })).waitFor();
        await page
          .getByText(4 > sitting / 2 ? t('governance:meetings.hasQuorum') : t('governance:meetings.noQuorum'))
          .waitFor();

        const decision = lang === 'fr' ? 'Adopter le budget 2027' : 'Adopt the 2027 budget';
        await field(page, t('governance:fields.decision')).fill(decision);
        await page.getByRole('button', { name: t('governance:meetings.addDecision') }).click();
        await page.getByText(decision).waitFor();
        await checkA11y(page, `meeting (${lang})`);

        // the meeting is in the board's list, and the scorecard reads the board
        await page.getByRole('link', { name: t('governance:meetings.back') }).click();
        await heading(page, t('governance:board.title'));
        await nav.getByRole('link', { name: t('nav:scorecard'), exact: true }).click();
        await heading(page, t('governance:scorecard.title'));
        await page.locator('[data-indicator="board_compliant"]').getByText(t('governance:ratings.green')).waitFor();
        await checkA11y(page, `scorecard (${lang})`);
        // the board reads the recognition file and the leaders' involvement
        await nav.getByRole('link', { name: t('nav:recognition'), exact: true }).click();
        await heading(page, t('governance:recognition.title'));
        await page.getByText(t('governance:recognitionStatus.recognised')).first().waitFor();
        await checkA11y(page, `recognition (${lang})`);
        await nav.getByRole('link', { name: t('nav:leaders'), exact: true }).click();
        await heading(page, t('governance:leaders.title'));
        await page.getByRole('table', { name: t('governance:leaders.title') }).waitFor();
        await checkA11y(page, `leaders (${lang})`);
      } finally {
        await context.close();
      }
    });

    it('a coordinator adds a partner and a support received, and the network shows it', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        const nav = page.getByRole('navigation', { name: t('common:nav.label') });
        await nav.getByRole('link', { name: t('nav:partners'), exact: true }).click();
        await heading(page, t('governance:partners.title'));
        await page
          .getByRole('img', {
            name: new RegExp(escapeRe(t('governance:network.summary', { partners: 'X', members: 'Y' }).split('X')[0])),
          })
          .first()
          .waitFor();
        await checkA11y(page, `ecosystem (${lang})`);

        const name = lang === 'fr' ? 'Centre local de développement de Joliette' : 'Joliette local development centre';
        await page.getByRole('button', { name: t('governance:partners.add') }).click();
        const dialog = page.getByRole('dialog');
        await field(dialog as unknown as Page, t('governance:fields.name')).fill(name);
        await choose(page, t('governance:fields.partnerKind'), t('governance:partnerKinds.funder'));
        await dialog.getByRole('button', { name: t('common:actions.save') }).click();
        await heading(page, name);

        const what =
          lang === 'fr'
            ? 'Aide au démarrage du projet de formation numérique'
            : 'Start-up grant for the digital training project';
        await field(page, t('governance:fields.amount')).fill('15000');
        await field(page, t('governance:fields.description')).fill(what);
        await page.getByRole('button', { name: t('governance:partners.recordSupport') }).click();
        await page.getByRole('cell', { name: what }).waitFor();
        await page
          .getByRole('cell', { name: /15[\s\u00a0\u202f,]?000/ })
          .first()
          .waitFor();
        await checkA11y(page, `partner (${lang})`);

        await page.getByRole('link', { name: t('governance:partners.back') }).click();
        await page.getByRole('tab', { name: t('governance:partners.list') }).click();
        await page.getByRole('link', { name }).waitFor();
      } finally {
        await context.close();
      }
    });

    it('a funder compares the mutuals it funds and runs an emulation scenario for a region', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, FUNDER);
        await heading(page, t('observatory:title'));
        const table = page.getByRole('table', {
          name: new RegExp(escapeRe(t('observatory:sideTitle', { count: 4, year: '' }).trim())),
        });
        await table.waitFor();
        for (const mutual of ['Lanaudière', 'Bas-Saint-Laurent', 'usinage', 'alimentaire'])
          await table.getByRole('link', { name: new RegExp(mutual) }).waitFor();
        await checkA11y(page, `observatory (${lang})`);
        await page.getByRole('tab', { name: t('observatory:tabs.trajectories') }).click();
        await page
          .getByRole('heading', {
            name: new RegExp(escapeRe(t('observatory:trajectoryTitle', { indicator: '' }).replace(/^, /, ''))),
          })
          .first()
          .waitFor();
        await page.getByRole('tab', { name: t('observatory:tabs.groups') }).click();
        await page
          .getByRole('cell', { name: t('observatory:types.regional') })
          .first()
          .waitFor();
        await checkA11y(page, `observatory groups (${lang})`);
        // one mutual's scorecard, as seen from outside
        await page.getByRole('tab', { name: t('observatory:tabs.side') }).click();
        await page.getByRole('link', { name: /Bas-Saint-Laurent/ }).click();
        await heading(page, /Bas-Saint-Laurent/);
        await page.locator('[data-indicator="board_compliant"]').getByText(t('governance:ratings.red')).waitFor();
        await checkA11y(page, `observed scorecard (${lang})`);

        const nav = page.getByRole('navigation', { name: t('common:nav.label') });
        await nav.getByRole('link', { name: t('nav:emulation'), exact: true }).click();
        await heading(page, t('emulation:title'));
        await page.getByRole('link', { name: /Gaspésie/ }).click();
        await heading(page, /Gaspésie/);
        await page.getByRole('button', { name: t('emulation:run') }).click();
        await page.getByRole('heading', { name: t('emulation:result.title') }).waitFor({ timeout: 90_000 });
        await page.locator('[data-testid="viability"]').waitFor();
        await page.getByRole('table', { name: t('emulation:assumptions') }).waitFor();
        await checkA11y(page, `emulation result (${lang})`);
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: t('emulation:brief') }).click();
        const pdf = await download;
        assert.match(pdf.suggestedFilename(), lang === 'fr' ? /^note-emulation-.*\.pdf$/ : /^emulation-brief-.*\.pdf$/);
        // saved, and compared with the others
        await page.getByRole('link', { name: t('emulation:back') }).click();
        await page
          .getByRole('checkbox', {
            name: new RegExp(escapeRe(t('emulation:compareThis', { name: 'Gaspésie' }).split('Gaspésie')[0])),
          })
          .first()
          .check();
        await page.getByRole('heading', { name: t('emulation:comparison') }).waitFor();
        await checkA11y(page, `scenarios (${lang})`);
      } finally {
        await context.close();
      }
    });
  });
}
