// Evidence pages in a real browser, in French and in English: the coordinator's evidence dashboard
// (every tab, a chart's table downloaded), the board's targets and the targeting alerts, a
// researcher's consenting-firms view and research export, a member contact's yearly form and
// consent, an employee's job class change, the yearly form and a participation questionnaire opened
// from their e-mails, the prospect list and why firms join. Every page is axe-scanned.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
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
const BOARD = 'ca@lanaudiere.demo';
const RESEARCHER = 'recherche@universite.demo';

type Lang = 'fr' | 'en';
function text(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [ns, rest] = key.split(':');
  let node: unknown = JSON.parse(fs.readFileSync(path.join(here, '../src/i18n/locales', lang, `${ns}.json`), 'utf8'));
  for (const part of rest.split('.')) node = (node as Record<string, unknown>)[part];
  assert.equal(typeof node, 'string', `no text for ${lang} ${key}`);
  return (node as string).replace(/\{\{(\w+)\}\}/g, (_, v) => String(vars[v] ?? ''));
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

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
const usedLinks = new Set<string>();

/** Waits for a new e-mail to `to` holding a link to `/page/<token>`; returns the link. */
async function linkFromMail(to: string, page: 'outcome-form' | 'participation-form'): Promise<string> {
  const pattern = new RegExp(`https?://[^\\s"'<>]+/${page}/[A-Za-z0-9_-]{43}\\?lang=[a-z]+`);
  for (let i = 0; i < 600; i++) {
    for (const mail of [...smtp.received].reverse()) {
      if (!mail.to.includes(to.toLowerCase())) continue;
      const link = pattern.exec(mail.body)?.[0];
      if (link && !usedLinks.has(link)) {
        usedLinks.add(link);
        return link;
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${page} e-mail reached ${to}`);
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await download.path();
  return fs.readFileSync(file as string, 'utf8').replace(/^\uFEFF/, '');
}

before(async () => {
  smtp = await startSmtp();
  browser = await launchBrowser();
  server = await startServer({
    // the seeded invoices' e-mails are sent first, 20 a pass: a pass every 200 ms (not the default
    // 15 s) drains them before the form's e-mail is awaited
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

for (const lang of ['fr', 'en'] as const) {
  const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
  describe(`evidence pages (${lang})`, () => {
    it('a coordinator reads the evidence: retention curves, estimates with their intervals, every tab, a table downloaded', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.getByRole('link', { name: t('nav:evidence'), exact: true }).click();
        await heading(page, t('evidence:title'));
        await page.getByRole('heading', { name: t('evidence:retention.curvesTitle') }).waitFor();
        await page.getByRole('img', { name: new RegExp(t('evidence:retention.curvesTitle')) }).waitFor();
        await page.getByRole('heading', { name: t('evidence:retention.effect12') }).waitFor();
        // an estimate, its interval and its method
        await page
          .getByText(new RegExp(t('evidence:ci', { low: 'X', high: 'Y' }).split('X')[0]))
          .first()
          .waitFor();
        await checkA11y(page, `evidence, retention (${lang})`);
        const csv = await downloaded(page, () =>
          page
            .getByRole('button', { name: t('common:downloadTable') })
            .first()
            .click(),
        );
        assert.ok(csv.startsWith('group,months,survival,ci95_low,ci95_high,at_risk'), csv.slice(0, 80));
        for (const tab of ['wages', 'promotion', 'productivity', 'evaluation', 'roi'] as const) {
          await page.getByRole('tab', { name: t(`evidence:tabs.${tab}`) }).click();
          await page.getByRole('tabpanel').getByRole('heading').first().waitFor();
          await checkA11y(page, `evidence, ${tab} (${lang})`);
        }
        await page.getByRole('heading', { name: t('evidence:roi.title') }).waitFor();
      } finally {
        await context.close();
      }
    });

    it('a board member sets the targets and the targeting page raises the alert', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, BOARD);
        await page.getByRole('link', { name: t('nav:targeting'), exact: true }).click();
        await heading(page, t('targeting:title'));
        const field = page.getByRole('textbox', { name: t('targeting:settings.targetMicroFirmsPct') });
        await field.fill('95');
        await page.getByRole('button', { name: t('targeting:settings.save') }).click();
        await page.getByText(t('targeting:settings.saved')).first().waitFor();
        await page
          .getByRole('alert')
          .filter({ hasText: t('targeting:alertsTitle') })
          .waitFor();
        await checkA11y(page, `targeting (${lang})`);
        // the board sees how many firms were never served, not which
        await page.getByText(t('targeting:neverServedCountOnly')).waitFor();
      } finally {
        await context.close();
      }
    });

    it('a researcher sees consenting firms only and downloads the pseudonymised export', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        // a researcher observes the mutuals that consent (decision 34) and picks one; inside it, consenting firms only
        const api = await apiSession(server.url, RESEARCHER);
        const observed = await api.get<{ items: { id: string; name: string }[] }>('/api/observatory/mutuals');
        const lanaudiere = observed.items.find((m) => m.name.includes('Lanaudière'));
        assert.ok(lanaudiere, observed.items.map((m) => m.name).join(', '));
        await login(page, RESEARCHER);
        await page.getByRole('link', { name: t('nav:evidence'), exact: true }).click();
        await heading(page, t('evidence:title'));
        await page.goto(`${server.url}/evidence?mutual=${lanaudiere.id}`);
        await heading(page, t('evidence:title'));
        await page.getByText(t('evidence:privacy.consenting', { firms: 'X' }).split('X')[1].trim()).waitFor();
        await checkA11y(page, `evidence for a researcher (${lang})`);
        const csv = await downloaded(page, () => page.getByRole('button', { name: t('evidence:export.data') }).click());
        assert.ok(csv.startsWith('person,firm,trained,index_year'), csv.slice(0, 80));
        assert.ok(!csv.includes('@') && !/inc\./.test(csv), 'no e-mail, no firm name');
        const dictionary = await downloaded(page, () =>
          page.getByRole('button', { name: t('evidence:export.dictionary') }).click(),
        );
        assert.match(dictionary, /wage_growth/);
      } finally {
        await context.close();
      }
    });

    it('a member contact fills in its yearly form and decides on research use', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, MEMBER_CONTACT);
        await page.getByRole('link', { name: t('nav:myOutcomes'), exact: true }).click();
        await heading(page, t('outcomes:myTitle'));
        const accidents = page.getByRole('textbox', { name: t('outcomes:field.workAccidents') });
        await accidents.fill(lang === 'fr' ? '2' : '3');
        await page.getByRole('button', { name: t('outcomes:save') }).click();
        await page
          .getByText(t('outcomes:saved', { year: new Date().getFullYear() - 1 }))
          .first()
          .waitFor();
        await page.getByRole('button', { name: t('outcomes:consent.withdraw') }).click();
        await page.getByText(t('outcomes:consent.withdrawn')).first().waitFor();
        await page.getByRole('button', { name: t('outcomes:consent.grant') }).click();
        await page.getByText(t('outcomes:consent.granted')).first().waitFor();
        await checkA11y(page, `my yearly outcomes (${lang})`);
        const api = await apiSession(server.url, MEMBER_CONTACT);
        const view = await api.get<{
          outcome: { workAccidents: number };
          consent: { granted: boolean; history: unknown[] };
        }>(`/api/outcomes/members/${api.me.memberId}/years/${new Date().getFullYear() - 1}`);
        assert.equal(view.outcome.workAccidents, lang === 'fr' ? 2 : 3);
        assert.equal(view.consent.granted, true);
      } finally {
        await context.close();
      }
    });

    it('a member contact records an employee’s job class change on the employee page', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        const api = await apiSession(server.url, MEMBER_CONTACT);
        const employees = await api.get<{ items: { id: string }[] }>(
          `/api/members/${api.me.memberId}/employees?pageSize=2`,
        );
        const employee = employees.items[lang === 'fr' ? 0 : 1];
        await login(page, MEMBER_CONTACT);
        await page.goto(`${server.url}/employees/${employee.id}`);
        const card = page.getByRole('region', { name: t('employees:jobChanges.title') });
        await card.waitFor();
        await card.getByLabel(t('employees:jobChanges.effectiveOn')).fill('2026-03-02');
        await card
          .getByRole('textbox', { name: t('employees:fields.jobTitle') })
          .fill(lang === 'fr' ? 'Chef d’équipe en soudage' : 'Welding team lead');
        await card.getByRole('textbox', { name: t('employees:fields.noc') }).fill('72106');
        await card.getByRole('button', { name: t('employees:jobChanges.add') }).click();
        await page.getByText(t('employees:jobChanges.added')).first().waitFor();
        await card
          .getByRole('cell', { name: lang === 'fr' ? 'Chef d’équipe en soudage' : 'Welding team lead' })
          .waitFor();
        await checkA11y(page, `employee page with job class changes (${lang})`);
        const changes = await api.get<{
          items: { jobTitle: string; nocCode: string; teer: number; effectiveOn: string }[];
        }>(`/api/outcomes/employees/${employee.id}/job-changes`);
        const recorded = changes.items.find((c) => c.effectiveOn === '2026-03-02');
        assert.deepEqual([recorded?.nocCode, recorded?.teer], ['72106', 2]);
      } finally {
        await context.close();
      }
    });

    it('the coordinator sends the yearly form; the firm fills it in from its e-mail; then answers a participation questionnaire', async () => {
      const coordinator = await apiSession(server.url, COORDINATOR);
      const contact = await apiSession(server.url, MEMBER_CONTACT);
      const year = new Date().getFullYear();
      await coordinator.post('/api/outcomes/requests', { year, memberIds: [contact.me.memberId] });
      const link = await linkFromMail(MEMBER_CONTACT, 'outcome-form');
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
        await heading(page, t('outcomes:public.title'));
        await page.getByRole('textbox', { name: t('outcomes:field.headcount') }).fill('31');
        await page.getByRole('textbox', { name: t('outcomes:field.hoursWorked') }).fill('60000');
        await page.getByRole('textbox', { name: t('outcomes:field.productivityValue') }).fill('64');
        await page.getByRole('textbox', { name: t('outcomes:public.name') }).fill('Line Hétu');
        await checkA11y(page, `public yearly form (${lang})`);
        await page.getByRole('button', { name: t('outcomes:public.send') }).click();
        await page.getByText(t('outcomes:public.thanks')).waitFor();
        const saved = await coordinator.get<{ outcome: { headcount: number; source: string } }>(
          `/api/outcomes/members/${contact.me.memberId}/years/${year}`,
        );
        assert.deepEqual([saved.outcome.headcount, saved.outcome.source], [31, 'form']);

        await coordinator.post('/api/participation/questionnaires', {
          kind: 'renewal',
          memberIds: [contact.me.memberId],
        });
        const questionnaire = await linkFromMail(MEMBER_CONTACT, 'participation-form');
        await page.goto(questionnaire.replace(/^https?:\/\/[^/]+/, ''));
        await heading(page, t('participation:form.title'));
        // the heading shows before the questions arrive: wait for them, then answer every scale
        await page.getByRole('radiogroup').first().waitFor();
        for (const group of await page.getByRole('radiogroup').all()) await group.getByRole('radio').nth(3).check();
        await page.getByRole('checkbox').first().check();
        await checkA11y(page, `participation questionnaire (${lang})`);
        await page.getByRole('button', { name: t('participation:form.send') }).click();
        await page.getByText(t('participation:form.thanks')).waitFor();
      } finally {
        await context.close();
      }
    });

    it('a coordinator adds a prospect, records why it declines, and reads why firms join or leave', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.getByRole('link', { name: t('nav:prospects'), exact: true }).click();
        await heading(page, t('participation:prospectsTitle'));
        await checkA11y(page, `prospects (${lang})`);
        await page.getByRole('button', { name: t('participation:prospect.add') }).click();
        const dialog = page.getByRole('dialog');
        const name = `Prospect ${lang} ${Date.now().toString(36)}`;
        await dialog.getByRole('textbox', { name: t('participation:prospect.legalName') }).fill(name);
        const pick = async (label: string, option: RegExp) => {
          await dialog
            .getByRole('textbox', { name: label })
            .or(dialog.getByRole('combobox', { name: label }))
            .first()
            .click();
          await page.getByRole('option', { name: option }).first().click();
        };
        await pick(t('participation:prospect.sector'), /^332/);
        await pick(t('participation:prospect.region'), /^14/);
        await checkA11y(page, `new prospect (${lang})`);
        await dialog.getByRole('button', { name: t('participation:prospect.save') }).click();
        const row = page.getByRole('row').filter({ hasText: name });
        await row.waitFor();
        // the firm declines: its reasons are required
        await row
          .getByRole('textbox', { name: t('participation:prospect.moveFor', { firm: name }) })
          .or(row.getByRole('combobox', { name: t('participation:prospect.moveFor', { firm: name }) }))
          .first()
          .click();
        await page.getByRole('option', { name: t('participation:stage.declined') }).click();
        const decline = page.getByRole('dialog', { name: t('participation:prospect.declineTitle') });
        await decline
          .getByRole('textbox', { name: t('participation:prospect.whyNot') })
          .or(decline.getByRole('combobox', { name: t('participation:prospect.whyNot') }))
          .first()
          .click({ force: true });
        await page
          .getByRole('option', {
            name:
              lang === 'fr'
                ? 'La crainte de perdre des employés formés'
                : 'Fear of losing trained employees to competitors',
          })
          .click();
        await page.keyboard.press('Escape');
        await checkA11y(page, `prospect declines (${lang})`);
        await decline.getByRole('button', { name: t('participation:prospect.decline') }).click();
        await row.getByText(t('participation:stage.declined')).waitFor();
        await page.getByRole('link', { name: t('nav:participation'), exact: true }).click();
        await heading(page, t('participation:title'));
        await page.getByRole('heading', { name: t('participation:membership.title') }).waitFor();
        await checkA11y(page, `why firms join (${lang})`);
      } finally {
        await context.close();
      }
    });
  });
}
