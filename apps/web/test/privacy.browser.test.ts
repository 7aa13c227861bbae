// Personal information (Law 25) through the real server and a real browser, in French and English:
// a coordinator opens the read report from the menu, opens an employee's file from the employee's
// page, downloads its PDF, anonymises the person and reads what was kept and why; the report then
// shows the person's reads. Every page visited is scanned with axe.
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
function text(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [ns, rest] = key.split(':');
  let node: unknown = JSON.parse(fs.readFileSync(path.join(here, '../src/i18n/locales', lang, `${ns}.json`), 'utf8'));
  for (const part of rest.split('.')) node = (node as Record<string, unknown>)[part];
  assert.equal(typeof node, 'string', `no text for ${lang} ${key}`);
  return (node as string).replace(/\{\{(\w+)\}\}/g, (_, v) => String(vars[v] ?? ''));
}

async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Scans the page once its transitions (modals fading in) are over. */
async function scan(page: Page, label: string) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await checkA11y(page, label);
}

const PLATFORM_OFFICER = 'Bureau de la plateforme';

let server: RunningServer;
let browser: Browser;
let employees: { id: string; firstName: string; lastName: string }[];

before(async () => {
  [server, browser] = await Promise.all([
    startServer({
      env: { PRIVACY_OFFICER_NAME: PLATFORM_OFFICER, PRIVACY_OFFICER_EMAIL: 'vie.privee@plateforme.example' },
    }),
    launchBrowser(),
  ]);
  const api = await apiSession(server.url, COORDINATOR);
  employees = (
    await api.get<{ items: { id: string; firstName: string; lastName: string }[] }>('/api/employees?pageSize=2')
  ).items;
  assert.equal(employees.length, 2);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

(['fr', 'en'] as const).forEach((lang, index) => {
  const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);

  describe(`personal information (${lang})`, () => {
    it('a coordinator reads the report, opens a person’s file, downloads its PDF and anonymises the person', async () => {
      const employee = employees[index];
      const name = `${employee.firstName} ${employee.lastName}`;
      const { context, page } = await newPage(browser, server.url, lang);
      page.setDefaultTimeout(30_000);
      try {
        await login(page, COORDINATOR);
        const nav = page.getByRole('navigation', { name: t('common:nav.label') });
        await nav.getByRole('link', { name: t('nav:privacy'), exact: true }).click();
        await heading(page, t('privacy:reads.title'));
        await scan(page, `read report (${lang})`);

        await page.goto(`/employees/${employee.id}`);
        await heading(page, name);
        await page.getByRole('button', { name: t('privacy:file.open') }).click();
        await heading(page, t('privacy:file.title', { name }));
        await page.getByRole('heading', { level: 2, name: t('privacy:file.identity') }).waitFor();
        await scan(page, `person file (${lang})`);

        // a consent the person gave, recorded with how it was given; it shows in the file at once
        await page.getByRole('button', { name: t('privacy:consents.record') }).click();
        const consentDialog = page.getByRole('dialog');
        await consentDialog.getByRole('heading', { name: t('privacy:consents.record') }).waitFor();
        await scan(page, `consent dialog (${lang})`);
        await consentDialog.getByRole('button', { name: t('privacy:consents.save'), exact: true }).click();
        await consentDialog.waitFor({ state: 'detached' });
        await page
          .getByRole('region', { name: t('privacy:consents.title') })
          .getByRole('cell', { name: t('privacy:consents.kinds.evaluation_emails') })
          .waitFor();

        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: t('privacy:file.pdf') }).click(),
        ]);
        assert.match(download.suggestedFilename(), /^person-file-.*\.pdf$/);

        await page.getByRole('button', { name: t('privacy:erase.action') }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('heading', { name: t('privacy:erase.title') }).waitFor();
        await scan(page, `erasure dialog (${lang})`);
        await dialog.getByLabel(new RegExp(`^${t('privacy:erase.reason')}`)).fill('Demande reçue le 2026-12-01');
        await dialog.getByRole('button', { name: t('privacy:erase.confirm') }).click();
        const done = page.getByRole('status').filter({ hasText: t('privacy:erase.done') });
        await done.waitFor();
        assert.match((await done.textContent()) ?? '', lang === 'fr' ? /art\. 14/ : /s\.14/);
        await heading(page, t('privacy:file.title', { name: '— —' }));
        await scan(page, `anonymised file (${lang})`);

        await page.goto(`/privacy?f.employeeId=${employee.id}`);
        await heading(page, t('privacy:reads.title'));
        await page.getByRole('cell', { name: 'privacy.file' }).first().waitFor();
        await scan(page, `read report of one person (${lang})`);

        // the register of confidentiality incidents, from the report's header
        await page.getByRole('button', { name: t('privacy:incidents.title') }).click();
        await heading(page, t('privacy:incidents.title'));
        await page.getByRole('button', { name: t('privacy:incidents.add') }).click();
        const form = page.getByRole('dialog');
        const field = (key: string) =>
          form.getByLabel(
            new RegExp(`^${t(`privacy:incidents.fields.${key}`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`),
          );
        await field('occurredOn').fill('2026-11-01');
        await field('discoveredOn').fill('2026-11-02');
        const description = `Liste envoyée au mauvais destinataire (${lang})`;
        await field('description').fill(description);
        await field('informationInvolved').fill('Noms et postes');
        await field('personsConcerned').fill('12');
        await field('riskAssessment').fill('Sensibilité faible');
        await form.getByLabel(t('privacy:incidents.fields.seriousInjuryRisk')).check();
        await scan(page, `incident form (${lang})`);
        await form.getByRole('button', { name: t('privacy:incidents.save') }).click();
        await form.waitFor({ state: 'detached' });
        const row = page.getByRole('row').filter({ hasText: description });
        await row.getByText(t('privacy:incidents.notices.commission')).waitFor();
        await scan(page, `incident register (${lang})`);
      } finally {
        await context.close();
      }
    });
  });
});

(['fr', 'en'] as const).forEach((lang) => {
  const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);

  describe(`privacy officer and retention (${lang})`, () => {
    it('every page shows the privacy officer in its footer (the platform’s before login, on a phone); the coordinator names the mutual’s and changes a retention period', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      page.setDefaultTimeout(30_000);
      try {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto('/login');
        const footer = page.getByTestId('privacy-footer');
        await footer.getByText(PLATFORM_OFFICER, { exact: false }).waitFor();
        assert.ok((await footer.textContent())?.includes(t('common:privacyOfficer.label')));
        assert.equal(
          await footer.getByRole('link', { name: 'vie.privee@plateforme.example' }).getAttribute('href'),
          'mailto:vie.privee@plateforme.example',
        );
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `the login page is ${width} px wide at 390 px`);
        const box = await footer.boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= 390, 'the footer fits the phone');
        await scan(page, `login page with its footer, 390 px (${lang})`);

        await page.setViewportSize({ width: 1366, height: 900 });
        await login(page, COORDINATOR);
        await page.goto('/privacy');
        await heading(page, t('privacy:reads.title'));
        await page.getByRole('button', { name: t('privacy:settings.title') }).click();
        await heading(page, t('privacy:settings.title'));
        // the platform's officer until the mutual names its own (the other language's pass may have named one)
        await page.getByTestId('privacy-footer').getByText(t('common:privacyOfficer.label')).waitFor();
        await scan(page, `privacy settings (${lang})`);

        const officer = page.getByRole('region', { name: t('privacy:settings.officer.heading') });
        const name = `Nadia Roy (${lang})`;
        await officer.getByLabel(new RegExp(`^${t('privacy:settings.officer.name')}`)).fill(name);
        await officer.getByLabel(new RegExp(`^${t('privacy:settings.officer.title')}`)).fill('Directrice générale');
        await officer.getByLabel(new RegExp(`^${t('privacy:settings.officer.email')}`)).fill('nadia@mutuelle.example');
        await officer.getByRole('button', { name: t('privacy:settings.officer.save') }).click();
        await page.getByTestId('privacy-footer').getByText(`${name} (Directrice générale)`).waitFor();

        const months = page.getByLabel(
          t('privacy:settings.retention.monthsOf', { kind: t('privacy:settings.kinds.read_log') }),
        );
        // below the read log's bounds, the field brings the period back to its minimum (the API refuses it too)
        await months.fill('6');
        await months.blur();
        assert.equal(await months.inputValue(), '12');
        await months.fill('36');
        await page.getByRole('button', { name: t('privacy:settings.retention.save') }).click();
        await page.getByText(t('privacy:settings.retention.saved')).waitFor();
        assert.equal(
          (
            await apiSession(server.url, COORDINATOR).then((api) =>
              api.get<{ periods: { kind: string; months: number }[] }>('/api/privacy/retention'),
            )
          ).periods.find((p) => p.kind === 'read_log')?.months,
          36,
        );
        await page.getByText(t('privacy:settings.kept.title')).waitFor();
        await scan(page, `privacy settings saved (${lang})`);
      } finally {
        await context.close();
      }
    });
  });
});
