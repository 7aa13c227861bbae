// A mutual's funder linked to the platform's funder organisation, through the browser in French
// and English, each page scanned with axe and photographed (test-results/): the coordinator sees
// the link on the funders' table of /funding (the demo links its CPMT funder to the platform's
// CPMT); the CPMT's account reads the claims it received on its observatory page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
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
const FUNDER = 'bailleur@cpmt.demo';
const CPMT = 'Commission des partenaires du marché du travail';
const shots = path.join(here, '../../../test-results');

type Lang = 'fr' | 'en';
function text(lang: Lang, key: string): string {
  const [ns, rest] = key.split(':');
  let node: unknown = JSON.parse(fs.readFileSync(path.join(here, '../src/i18n/locales', lang, `${ns}.json`), 'utf8'));
  for (const part of rest.split('.')) node = (node as Record<string, unknown>)[part];
  assert.equal(typeof node, 'string', `no text for ${lang} ${key}`);
  return node as string;
}

let server: RunningServer;
let browser: Browser;

before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  browser = await launchBrowser();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const lang of ['fr', 'en'] as const) {
  describe(`funders linked to the platform (${lang})`, () => {
    const t = (key: string) => text(lang, key);

    it('the coordinator sees which platform organisation each funder is, and may pick one for a new funder', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.goto('/funding');
        await page.getByRole('heading', { level: 1, name: t('funding:title') }).waitFor();
        await page
          .getByRole('table', { name: t('funding:funders.title') })
          .getByRole('row')
          .first()
          .waitFor();
        const link = page.getByRole('combobox', {
          name: `${t('funding:funders.platformFunder')} — ${CPMT}`,
          exact: true,
        });
        await link.waitFor();
        assert.equal(await link.inputValue(), CPMT);
        await page.getByRole('combobox', { name: t('funding:funders.platformFunder'), exact: true }).waitFor();
        await checkA11y(page, `funding (${lang})`);
        await page.screenshot({ path: path.join(shots, `funding-link-${lang}.png`), fullPage: true });
      } finally {
        await context.close();
      }
    });

    it('the funder organisation reads the claims it received on its observatory page', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, FUNDER);
        await page.goto('/observatory');
        const table = page.getByRole('table', { name: t('observatory:receivedClaims.title') });
        await table.waitFor();
        assert.ok((await table.getByRole('row').count()) >= 2, 'a header and at least one claim');
        await checkA11y(page, `observatory, claims received (${lang})`);
        await page.screenshot({ path: path.join(shots, `received-claims-${lang}.png`), fullPage: true });
      } finally {
        await context.close();
      }
    });
  });
}
