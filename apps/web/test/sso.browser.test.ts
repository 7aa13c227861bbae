// Single sign-on in a real browser, in French and English: the coordinator sets the mutual's OpenID
// Connect provider on the users page; the login page reached by /login?mutual=<id> offers "Sign in
// with …" and says why a single sign-on was refused. Every page visited is scanned with axe. (The
// flow with a real provider is tested through the API: apps/server/test/oidc-login.test.ts.)
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
type Lang = 'fr' | 'en';

function text(lang: Lang, key: string, vars: Record<string, string> = {}): string {
  const [ns, rest] = key.split(':');
  let node: unknown = JSON.parse(fs.readFileSync(path.join(here, '../src/i18n/locales', lang, `${ns}.json`), 'utf8'));
  for (const part of rest.split('.')) node = (node as Record<string, unknown>)[part];
  assert.equal(typeof node, 'string', `no text for ${lang} ${key}`);
  return (node as string).replace(/\{\{(\w+)\}\}/g, (_, v) => vars[v] ?? '');
}

const exactly = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`);

async function scan(page: Page, label: string) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await checkA11y(page, label);
}

let server: RunningServer;
let browser: Browser;

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('single sign-on pages', () => {
  it('the coordinator sets the provider on the users page; the secret is never shown again', async () => {
    const t = (key: string) => text('fr', key);
    const { context, page } = await newPage(browser, server.url, 'fr');
    page.setDefaultTimeout(30_000);
    try {
      await login(page, COORDINATOR);
      await page.goto('/users');
      await page.getByRole('heading', { level: 2, name: t('auth:sso.title') }).waitFor();
      await page.getByText(t('auth:sso.secretNotSet')).waitFor();
      await scan(page, 'users with the single sign-on form');
      await page.getByLabel(exactly(t('auth:sso.providerName'))).fill('Microsoft');
      await page.getByLabel(exactly(t('auth:sso.issuer'))).fill('http://idp.example.test');
      await page.getByLabel(exactly(t('auth:sso.clientId'))).fill('mutualis-lanaudiere');
      await page.getByLabel(exactly(t('auth:sso.clientSecret'))).fill('a-client-secret');
      await page.getByLabel(t('auth:sso.enabled')).check();
      await page.getByRole('button', { name: t('auth:sso.save') }).click();
      // plain http off loopback is refused, on the field
      await page
        .getByText(/https:\/\//)
        .first()
        .waitFor();
      await page.getByLabel(exactly(t('auth:sso.issuer'))).fill('https://login.example.test');
      await page.getByRole('button', { name: t('auth:sso.save') }).click();
      await page.getByText(t('auth:sso.saved')).waitFor();
      await page.getByText(t('auth:sso.secretSet')).waitFor();
      assert.equal(await page.getByLabel(exactly(t('auth:sso.clientSecret'))).inputValue(), '');
      await scan(page, 'users after saving single sign-on');
    } finally {
      await context.close();
    }
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`the login page of a mutual with single sign-on offers it and says why one was refused (${lang})`, async () => {
      const coordinator = await apiSession(server.url, COORDINATOR);
      const mutualId = coordinator.me.mutualId ?? '';
      await coordinator.put('/api/auth/sso/settings', {
        providerName: 'Microsoft',
        issuer: 'https://login.example.test',
        clientId: 'mutualis-lanaudiere',
        clientSecret: 'a-client-secret',
        enabled: true,
      });
      const { context, page } = await newPage(browser, server.url, lang);
      page.setDefaultTimeout(30_000);
      try {
        await page.goto(`/login?mutual=${mutualId}&ssoError=sso_unknown_account`);
        const button = page.getByRole('link', { name: text(lang, 'auth:login.sso', { provider: 'Microsoft' }) });
        await button.waitFor();
        assert.match((await button.getAttribute('href')) ?? '', /^\/api\/auth\/oidc\/[^/]+\/start$/);
        await page.getByText(text(lang, 'auth:login.ssoErrors.sso_unknown_account')).waitFor();
        await scan(page, `login with single sign-on (${lang})`);
        // without ?mutual= the login page offers no single sign-on
        await page.goto('/login');
        await page.locator('input[type=password]').waitFor();
        assert.equal(
          await page.getByRole('link', { name: text(lang, 'auth:login.sso', { provider: 'Microsoft' }) }).count(),
          0,
        );
      } finally {
        await context.close();
      }
    });
  }
});
