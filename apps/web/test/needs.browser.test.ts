// Needs and catalogue, in French and in English, through the real server and a real browser: a
// member contact declares, withdraws and imports needs and sees anonymous demand; a coordinator
// runs a diagnostic that the member validates, reads the demand board, sends a request for quote
// from a ready cell; a trainer answers it (another through the API); the coordinator compares the
// answers and accepts one. Every page visited is scanned with axe.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatPeriod } from '@mutualis/domain/format/index';
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
const MEMBER = 'rh@soudure-bedard.demo';
const FIRM = 'Soudure Bédard inc.';
const TRAINER = 'formateur@institut-technique-des-moulins.demo';
const PROVIDER = 'Institut technique des Moulins';
const OTHER_TRAINER = 'formateur@formaction-joliette.demo';
const OTHER_PROVIDER = 'Formaction Joliette';

type Lang = 'fr' | 'en';
function text(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [ns, rest] = key.split(':');
  let node: unknown = JSON.parse(fs.readFileSync(path.join(here, '../src/i18n/locales', lang, `${ns}.json`), 'utf8'));
  for (const part of rest.split('.')) node = (node as Record<string, unknown>)[part];
  assert.equal(typeof node, 'string', `no text for ${lang} ${key}`);
  return (node as string).replace(/\{\{(\w+)\}\}/g, (_, v) => String(vars[v] ?? ''));
}

const TOPICS = {
  fr: {
    safety: 'Santé et sécurité du travail',
    forklift: 'Conduite sécuritaire de chariot élévateur',
    digital: 'Compétences numériques',
    cyber: 'Cybersécurité au travail',
  },
  en: {
    safety: 'Occupational health and safety',
    forklift: 'Forklift operation safety',
    digital: 'Digital skills',
    cyber: 'Cybersecurity awareness',
  },
};

/** A form field by its exact label (Mantine adds " *" to required ones). */
const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`)).first();

async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Opens a Mantine Select or MultiSelect by its label, types to filter when asked, picks the option. */
async function choose(page: Page, label: string, option: string | RegExp, typed?: string) {
  const input = field(page, label);
  // force: a MultiSelect's pill box lies over its (empty) text field
  await input.click({ force: true });
  if (typed) await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
  // Close the list by clicking a title (Escape would also close a dialog around the field).
  const dialogs = page.getByRole('dialog');
  await ((await dialogs.count()) > 0
    ? dialogs.getByRole('heading').first()
    : page.getByRole('heading', { level: 1 })
  ).click();
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
  const topic = TOPICS[lang];

  describe(`needs and catalogue (${lang})`, () => {
    it('a member contact declares, withdraws and imports needs and sees how many other firms want the same topic', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, MEMBER);
        const nav = page.getByRole('navigation', { name: t('common:nav.label') });
        await nav.getByRole('link', { name: t('nav:myNeeds'), exact: true }).click();
        await heading(page, t('needs:mine.title'));
        await checkA11y(page, 'my needs');

        // declare a need: the dialog shows anonymous demand for the topic chosen
        await page.getByRole('button', { name: t('needs:mine.declare') }).click();
        await page.getByRole('dialog').waitFor();
        await choose(page, t('needs:fields.topic'), `${topic.safety} › ${topic.forklift}`, topic.forklift.slice(0, 12));
        const hint = page
          .getByRole('dialog')
          .getByText(lang === 'fr' ? /autres? entreprises? veu/ : /other firms? wants?/);
        await hint.waitFor();
        assert.doesNotMatch((await hint.textContent()) ?? '', /inc\.|ltée/, 'no firm is named');
        await choose(page, t('needs:fields.topic'), `${topic.digital} › ${topic.cyber}`, topic.cyber.slice(0, 8));
        await field(page, t('needs:fields.seats')).fill('4');
        await choose(page, t('needs:fields.periods'), formatPeriod('2027-03', lang));
        await checkA11y(page, 'declare a need');
        await page
          .getByRole('dialog')
          .getByRole('button', { name: t('common:actions.save') })
          .click();
        await page.getByRole('dialog').waitFor({ state: 'detached' });
        const withdraw = page.getByRole('button', {
          name: t('needs:mine.withdrawOne', { topic: `${topic.digital} › ${topic.cyber}` }),
        });
        await withdraw.first().waitFor();

        // the API agrees: the need is this firm's, open
        const api = await apiSession(server.url, MEMBER);
        const mine = await api.get<{
          items: Array<{ memberName: string; status: string; seats: number; topicCode: string }>;
        }>('/api/needs?pageSize=500');
        assert.ok(
          mine.items.every((n) => n.memberName === FIRM),
          'only its own needs',
        );
        assert.ok(
          mine.items.some((n) => n.topicCode === 'digital.cybersecurity' && n.status === 'open' && n.seats === 4),
        );

        // withdraw it
        const before = await withdraw.count();
        await withdraw.first().click();
        await page.waitForFunction(
          ([name, n]) => document.querySelectorAll(`button[aria-label="${name}"]`).length === n,
          [t('needs:mine.withdrawOne', { topic: `${topic.digital} › ${topic.cyber}` }), before - 1] as const,
        );

        // import: one wrong row and nothing is imported, the rows are named; the fixed file goes in
        const header = 'topic,seats,languages,modes,periods';
        const good = ['production.lean,2,fr,in_person,2027-04', 'digital.spreadsheets,3,fr;en,virtual,2027-02;2027-03'];
        const input = page.locator('input[type=file]');
        await input.setInputFiles({
          name: 'besoins.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from([header, ...good, 'no-such-topic,2,fr,in_person,2027-04'].join('\n')),
        });
        await page
          .getByRole('alert')
          .filter({ hasText: t('needs:import.failed') })
          .waitFor();
        await page
          .getByText(t('needs:import.rowError', { row: 4, field: '', message: '' }).split(/[,:]/)[0])
          .first()
          .waitFor();
        await checkA11y(page, 'import with row errors');
        await input.setInputFiles({
          name: 'besoins.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from([header, ...good].join('\n')),
        });
        await page.getByText(t('needs:import.done_other', { count: 2 })).waitFor();
      } finally {
        await context.close();
      }
    });

    it('a coordinator runs a diagnostic the member validates, reads the board, asks for quotes, and accepts the answer a trainer gave', async () => {
      const coordinator = await newPage(browser, server.url, lang);
      const page = coordinator.page;
      try {
        await login(page, COORDINATOR);
        const nav = page.getByRole('navigation', { name: t('common:nav.label') });

        // diagnostic: schedule, start, propose a line, complete
        await nav.getByRole('link', { name: t('nav:diagnostics'), exact: true }).click();
        await heading(page, t('needs:diagnostics.title'));
        await page.locator('tbody tr').first().waitFor();
        await checkA11y(page, 'diagnostics');
        await page.getByRole('button', { name: t('needs:diagnostics.create') }).click();
        await choose(page, t('needs:fields.member'), FIRM, 'Soudure B');
        await page.getByLabel(t('needs:diagnostics.scheduledOn')).fill('2026-12-15');
        await page
          .getByRole('dialog')
          .getByRole('button', { name: t('needs:diagnostics.schedule') })
          .click();
        await heading(page, t('needs:diagnostic.title', { member: FIRM }));
        const diagnosticId = new URL(page.url()).pathname.split('/').pop() as string;
        await page.getByRole('button', { name: t('needs:diagnostic.start') }).click();
        await page.getByText(t('needs:diagnosticStatus.in_progress')).first().waitFor();
        await page
          .getByLabel(t('needs:diagnostic.challenges'))
          .fill(lang === 'fr' ? 'Relève des soudeurs' : 'Welder succession');
        await page.getByRole('button', { name: t('common:actions.save'), exact: true }).click();
        await page.getByText(t('needs:diagnostic.saved')).waitFor();
        await page.getByRole('button', { name: t('needs:diagnostic.addLine') }).click();
        await choose(
          page,
          t('needs:diagnostic.lineTopic', { n: 1 }),
          `${topic.safety} › ${topic.forklift}`,
          topic.forklift.slice(0, 12),
        );
        await page.getByLabel(t('needs:diagnostic.lineSeats', { n: 1 })).fill('3');
        await choose(page, t('needs:diagnostic.linePeriods', { n: 1 }), formatPeriod('2027-03', lang));
        await page.getByRole('button', { name: t('needs:diagnostic.saveLines') }).click();
        await page
          .getByRole('table', { name: t('needs:diagnostic.lines') })
          .getByRole('row')
          .nth(1)
          .waitFor();
        await checkA11y(page, 'diagnostic in progress');
        await page.getByRole('button', { name: t('needs:diagnostic.complete') }).click();
        await page.getByText(t('needs:diagnosticStatus.completed')).first().waitFor();

        // the member contact validates the proposed line
        const member = await newPage(browser, server.url, lang);
        try {
          await login(member.page, MEMBER);
          await member.page.goto(`/my-diagnostics/${diagnosticId}`);
          await heading(member.page, t('needs:diagnostic.title', { member: FIRM }));
          await checkA11y(member.page, 'diagnostic to validate');
          await member.page.getByRole('button', { name: t('needs:diagnostic.validate') }).click();
          await member.page.getByText(t('needs:diagnosticStatus.validated')).first().waitFor();
        } finally {
          await member.context.close();
        }

        // the board: heat map, ready cells, unmet reasons
        await nav.getByRole('link', { name: t('nav:demand'), exact: true }).click();
        await heading(page, t('demand:title'));
        await page.getByRole('table', { name: t('demand:heatmap.title') }).waitFor();
        await page
          .getByRole('table', { name: t('demand:cells.caption') })
          .getByText(t('demand:status.ready'))
          .first()
          .waitFor();
        await page.getByText(t('demand:status.no_course_on_topic')).first().waitFor();
        await checkA11y(page, 'demand board');
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: t('demand:export') }).click(),
        ]);
        assert.match(download.suggestedFilename(), /\.xlsx$/);

        // a request for quote from the forklift cell of March 2027, to two providers
        await page
          .getByRole('link', {
            name: t('demand:cells.requestQuoteFor', {
              topic: `${topic.safety} › ${topic.forklift}`,
              period: formatPeriod('2027-03', lang),
            }),
          })
          .first()
          .click();
        await heading(page, t('quotes:create.title'));
        await choose(page, t('quotes:fields.providers'), PROVIDER);
        await choose(page, t('quotes:fields.providers'), OTHER_PROVIDER);
        await checkA11y(page, 'new request for quote');
        await page.getByRole('button', { name: t('quotes:create.send') }).click();
        await page.waitForURL(/\/quotes\/[0-9a-f-]{36}$/);
        const quoteId = new URL(page.url()).pathname.split('/').pop() as string;
        await page.getByRole('heading', { name: t('quotes:compare.title') }).waitFor();

        // the trainer answers in its portal; the other through the API
        const trainer = await newPage(browser, server.url, lang);
        try {
          await login(trainer.page, TRAINER);
          await trainer.page
            .getByRole('link', {
              name: t('catalogue:myProvider.quoteLine', {
                title: `${topic.safety} › ${topic.forklift}`,
                seats: '',
              }).split(' (')[0],
            })
            .first()
            .waitFor();
          await trainer.page.goto(`/quotes/${quoteId}`);
          await trainer.page.getByRole('heading', { name: t('quotes:answer.title') }).waitFor();
          await trainer.page.getByLabel(t('quotes:fields.fixedCost')).fill('1500');
          await trainer.page.getByLabel(t('quotes:fields.seatCost')).fill('90');
          await trainer.page.getByLabel(t('quotes:fields.minSeats')).fill('6');
          await trainer.page.getByLabel(t('quotes:fields.maxSeats')).fill('12');
          await checkA11y(trainer.page, 'answer a request for quote');
          await trainer.page.getByRole('button', { name: t('quotes:answer.send') }).click();
          await trainer.page.getByText(t('quotes:providerStatus.answered')).first().waitFor();
        } finally {
          await trainer.context.close();
        }
        const other = await apiSession(server.url, OTHER_TRAINER);
        await other.post(`/api/quotes/${quoteId}/answer`, {
          fixedCostCents: 250_000,
          seatCostCents: 12_000,
          minSeats: 5,
          maxSeats: 10,
          periods: ['2027-03'],
        });

        // side by side, then accept the first provider's answer
        await page.reload();
        const compare = page.getByRole('table', { name: t('quotes:compare.title') });
        await compare.getByRole('columnheader', { name: PROVIDER }).waitFor();
        await compare.getByRole('columnheader', { name: OTHER_PROVIDER }).waitFor();
        await checkA11y(page, 'answers side by side');
        await page.getByRole('button', { name: t('quotes:compare.acceptOne', { provider: PROVIDER }) }).click();
        await page
          .getByRole('dialog')
          .getByRole('button', { name: t('quotes:compare.confirm') })
          .click();
        await page.getByRole('link', { name: t('quotes:compare.seeCourse') }).waitFor();
        const api = await apiSession(server.url, COORDINATOR);
        const quote = await api.get<{
          status: string;
          courseId: string | null;
          providers: Array<{ providerName: string; status: string }>;
        }>(`/api/quotes/${quoteId}`);
        assert.equal(quote.status, 'accepted');
        assert.ok(quote.courseId);
        assert.deepEqual(quote.providers.map((p) => [p.providerName, p.status]).sort(), [
          [OTHER_PROVIDER, 'not_selected'],
          [PROVIDER, 'accepted'],
        ]);

        // the catalogue pages
        await nav.getByRole('link', { name: t('nav:catalogue'), exact: true }).click();
        await heading(page, t('catalogue:courses.title'));
        await page.locator('tbody tr').first().waitFor();
        await checkA11y(page, 'courses');
        for (const [tab, title] of [
          ['catalogue:tabs.providers', 'catalogue:providers.title'],
          ['catalogue:tabs.topics', 'catalogue:topics.title'],
        ]) {
          await page.getByRole('tab', { name: t(tab) }).click();
          await heading(page, t(title));
          await checkA11y(page, title);
        }
        await nav.getByRole('link', { name: t('nav:needs'), exact: true }).click();
        await heading(page, t('needs:list.title'));
        await page.locator('tbody tr').first().waitFor();
        await checkA11y(page, 'needs');
      } finally {
        await coordinator.context.close();
      }
    });

    it("a trainer's change to its course waits until a coordinator approves it", async () => {
      const course = lang === 'fr' ? 'Soudage MIG et TIG : perfectionnement' : 'MIG and TIG welding: advanced';
      const trainer = await newPage(browser, server.url, lang);
      try {
        await login(trainer.page, 'formateur@soudure-pro-formation.demo');
        await heading(trainer.page, 'Soudure Pro Formation');
        await checkA11y(trainer.page, 'my provider');
        await trainer.page.getByRole('link', { name: course }).click();
        await heading(trainer.page, course);
        await trainer.page.getByLabel(t('catalogue:course.seatCost')).fill(lang === 'fr' ? '410' : '420');
        await trainer.page.getByRole('button', { name: t('catalogue:course.submit') }).click();
        await trainer.page.getByText(t('catalogue:course.submitted')).waitFor();
        await checkA11y(trainer.page, 'course with a pending change');
      } finally {
        await trainer.context.close();
      }
      const coordinator = await newPage(browser, server.url, lang);
      try {
        const page = coordinator.page;
        await login(page, COORDINATOR);
        await page.goto('/courses');
        await heading(page, t('catalogue:courses.title'));
        await page.getByLabel(t('catalogue:courses.pendingOnly')).check();
        await page.getByRole('link', { name: course }).click();
        await heading(page, course);
        await page
          .getByText(lang === 'fr' ? /→ « 410,00\s\$ »/ : /→ “\$420\.00”/)
          .first()
          .waitFor();
        await page.getByRole('button', { name: t('catalogue:revision.approve') }).click();
        await page.getByText(t('catalogue:revision.approved')).waitFor();
        const api = await apiSession(server.url, COORDINATOR);
        const courses = await api.get<{
          items: Array<{ titleFr: string; seatCostCents: number; pendingRevision: unknown }>;
        }>('/api/courses');
        const welding = courses.items.find((c) => c.titleFr === 'Soudage MIG et TIG : perfectionnement');
        assert.equal(welding?.seatCostCents, lang === 'fr' ? 41_000 : 42_000);
        assert.equal(welding?.pendingRevision, null);
      } finally {
        await coordinator.context.close();
      }
    });
  });
}
