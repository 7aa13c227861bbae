// Delivery pages in a real browser, in French and in English: the mutual's delivery settings, a
// firm's reserved seats, a session created by hand, the activity register, evaluation charts,
// attestations per firm and participant, calendar links, and a participant's substitution.
// Every page is axe-scanned.
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

type Api = Awaited<ReturnType<typeof apiSession>>;
interface Detail {
  id: string;
  title: string;
  titleFr: string;
  titleEn: string;
  status: string;
  seatsMax: number;
  withdrawalDeadline: string | null;
  seatsAvailableForMe: number | null;
  reservations: { memberId: string; memberName: string; reserved: number; confirmed: number }[];
}

let server: RunningServer;
let browser: Browser;
let coordinator: Api;

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
  coordinator = await apiSession(server.url, COORDINATOR);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function pickOption(page: Page, label: string, option: string | RegExp) {
  await page
    .getByRole('textbox', { name: label })
    .or(page.getByRole('combobox', { name: label }))
    .first()
    .click();
  await page.getByRole('option', { name: option }).first().click();
}

for (const lang of ['fr', 'en'] as const) {
  const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
  describe(`delivery pages (${lang})`, () => {
    it('a coordinator edits the delivery settings of its mutual', async () => {
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.getByRole('link', { name: t('nav:deliverySettings'), exact: true }).click();
        await heading(page, t('delivery:settings.title'));
        const field = page.getByRole('textbox', { name: t('delivery:settings.withdrawalDeadlineDays') });
        await field.fill(lang === 'fr' ? '12' : '14');
        await checkA11y(page, 'delivery settings');
        await page.getByRole('button', { name: t('delivery:save') }).click();
        await page.getByText(t('delivery:saved')).first().waitFor();
        const mutual = await coordinator.get<{ withdrawalDeadlineDays: number }>(
          `/api/mutuals/${coordinator.me.mutualId}`,
        );
        assert.equal(mutual.withdrawalDeadlineDays, lang === 'fr' ? 12 : 14);
      } finally {
        await context.close();
      }
    });

    it("a coordinator changes a firm's reserved seats on a session, then creates a session by hand", async () => {
      // a session open to enrolment with room for two more reserved seats, and a firm holding none
      const sessions = (
        await coordinator.get<{ items: { id: string; status: string }[] }>('/api/sessions?pageSize=500')
      ).items;
      let target: Detail | undefined;
      for (const s of sessions.filter((x) => ['proposed', 'confirmed', 'scheduled'].includes(x.status))) {
        const d = await coordinator.get<Detail>(`/api/sessions/${s.id}`);
        const held = d.reservations.reduce((n, r) => n + Math.max(r.reserved, r.confirmed), 0);
        if (d.seatsMax - held >= 2) {
          target = d;
          break;
        }
      }
      assert.ok(target, 'a session open to enrolment with free seats in the demo');
      const members = await coordinator.get<{ items: { id: string; legalName: string }[] }>(
        '/api/members?pageSize=200',
      );
      const firm = members.items.filter((m) => !target.reservations.some((r) => r.memberId === m.id))[
        lang === 'fr' ? 0 : 1
      ];
      const reservedOf = async () =>
        (await coordinator.get<Detail>(`/api/sessions/${target.id}`)).reservations.find((r) => r.memberId === firm.id)
          ?.reserved ?? 0;
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.goto(`/sessions/${target.id}`);
        await heading(page, target.title);
        await page.getByRole('heading', { name: t('delivery:reservations.title') }).waitFor();
        await pickOption(page, t('delivery:reservations.addFirm'), firm.legalName);
        await page.getByRole('button', { name: t('delivery:reservations.add') }).click();
        await page.getByText(t('delivery:saved')).first().waitFor();
        assert.equal(await reservedOf(), 1);
        const seats = page.getByRole('textbox', { name: t('delivery:reservations.seatsOf', { firm: firm.legalName }) });
        const save = page.getByRole('button', { name: t('delivery:reservations.saveOf', { firm: firm.legalName }) });
        // Let the refetch that follows adding the firm land (it re-renders the rows) before typing.
        await checkA11y(page, 'session with reservations');
        await seats.fill('2');
        for (let i = 0; i < 10 && !(await save.isEnabled()); i++) {
          await page.waitForTimeout(300);
          await seats.fill('2');
        }
        await save.click();
        await page
          .getByRole('button', { name: t('delivery:reservations.saveOf', { firm: firm.legalName }) })
          .and(page.locator(':disabled'))
          .waitFor();
        assert.equal(await reservedOf(), 2);
        // past the capacity: refused, named, nothing changes
        // the whole session for this firm, while others hold seats (the input itself stops at the session's maximum);
        // first let the page show the saved 2 (its refetch re-renders the rows)
        for (let i = 0; i < 50 && (await seats.inputValue()) !== '2'; i++) await page.waitForTimeout(100);
        await page.waitForLoadState('networkidle');
        await seats.fill(String(target.seatsMax));
        for (let i = 0; i < 10 && !(await save.isEnabled()); i++) {
          await page.waitForTimeout(300);
          await seats.fill(String(target.seatsMax));
        }
        await save.click();
        await page.getByText(t('errors:capacity_exceeded')).waitFor();
        assert.equal(await reservedOf(), 2);

        await page.getByRole('link', { name: t('nav:sessions'), exact: true }).click();
        await page.getByRole('link', { name: t('delivery:newSession.title') }).click();
        await heading(page, t('delivery:newSession.title'));
        await checkA11y(page, 'new session');
        await pickOption(page, t('delivery:newSession.course'), /./);
        await page.getByLabel(t('delivery:fields.period')).fill('2027-09');
        await page
          .getByRole('textbox', { name: t('delivery:newSession.sessionTitle') })
          .fill(`Session ${lang} à la main`);
        await page.getByRole('button', { name: t('delivery:newSession.create') }).click();
        await heading(page, `Session ${lang} à la main`);
        await page.getByText(t('delivery:state.proposed')).first().waitFor();
        assert.match(new URL(page.url()).pathname, /^\/sessions\/[0-9a-f-]{36}$/);
      } finally {
        await context.close();
      }
    });

    it("a coordinator's typed but unsaved meeting days survive a refetch of the session", async () => {
      // a session whose days may change (proposed first: a scheduled one writes to its participants)
      const sessions = (
        await coordinator.get<{ items: { id: string; status: string; title: string }[] }>('/api/sessions?pageSize=500')
      ).items;
      const open = ['proposed', 'confirmed'].flatMap((state) => sessions.filter((x) => x.status === state));
      assert.ok(open.length >= 2, 'sessions whose days may change in the demo');
      const target = open[lang === 'fr' ? 0 : 1];
      type Days = { meetingDays: { day: string; startsAt: string; endsAt: string; hours: number }[] };
      const daysOf = async () =>
        (await coordinator.get<Days>(`/api/sessions/${target.id}`)).meetingDays.map(
          ({ day, startsAt, endsAt, hours }) => ({ day, startsAt, endsAt, hours }),
        );
      const original = await daysOf();
      const typed = '2031-03-04';
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.goto(`/sessions/${target.id}`);
        await heading(page, target.title);
        await page.getByRole('button', { name: t('delivery:days.add'), exact: true }).click();
        const dayInputs = page.getByLabel(t('delivery:days.day'), { exact: true });
        await dayInputs.nth(original.length).fill(typed);
        // Meanwhile the days change on the server (another coordinator), and saving the place refetches the session.
        await coordinator.put(`/api/sessions/${target.id}/meeting-days`, {
          days: [...original, { day: '2031-03-11', startsAt: '09:00', endsAt: '12:00' }],
        });
        await page.getByRole('button', { name: t('delivery:save'), exact: true }).click();
        await page.getByText(t('delivery:saved')).first().waitFor();
        // the session's facts list the other coordinator's day: the refetch has landed
        await page
          .getByRole('table', { name: t('delivery:days.title') })
          .getByRole('row')
          .nth(original.length)
          .waitFor();
        assert.equal(await dayInputs.count(), original.length + 1);
        assert.equal(await dayInputs.nth(original.length).inputValue(), typed);
        await page.getByRole('button', { name: t('delivery:days.save'), exact: true }).click();
        for (let i = 0; i < 50 && !(await daysOf()).some((d) => d.day === typed); i++) await page.waitForTimeout(100);
        assert.deepEqual(
          (await daysOf()).map((d) => d.day),
          [...original.map((d) => d.day), typed],
        );
      } finally {
        await context.close();
        await coordinator.put(`/api/sessions/${target.id}/meeting-days`, { days: original });
      }
    });

    it('a coordinator reads the register of a year, edits an entry, exports it, and sees evaluation charts', async () => {
      const year = new Date().getFullYear();
      const entries = (
        await coordinator.get<{ items: { sessionId: string; title: string; complete: boolean }[] }>(
          `/api/register?year=${year}&pageSize=500`,
        )
      ).items;
      assert.ok(entries.length > 0, `register entries in ${year}`);
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.getByRole('link', { name: t('nav:register'), exact: true }).click();
        await heading(page, t('delivery:register.title'));
        const complete = entries.filter((e) => e.complete).length;
        await page.getByText(t('delivery:register.completeCount', { complete, total: entries.length })).waitFor();
        await checkA11y(page, 'register');
        // an entry whose title is the year's only one (the demo runs some courses twice a year)
        const entry = entries.find((e) => entries.filter((x) => x.title === e.title).length === 1) ?? entries[0];
        await page.getByRole('button', { name: t('delivery:register.edit', { title: entry.title }) }).click();
        const dialog = page.getByRole('dialog');
        await dialog
          .getByRole('textbox', { name: t('delivery:register.fields.evaluationResult') })
          .fill(`Résultat ${lang}`);
        await checkA11y(page, 'register entry');
        await dialog.getByRole('button', { name: t('delivery:save') }).click();
        await page.getByText(t('delivery:saved')).first().waitFor();
        const stated = await coordinator.get<{ evaluationResult: string }>(`/api/sessions/${entry.sessionId}/register`);
        assert.equal(stated.evaluationResult, `Résultat ${lang}`);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: t('delivery:register.export.xlsx') }).click(),
        ]);
        assert.match(download.suggestedFilename(), new RegExp(`${year}\\.xlsx$`));
        await page.getByRole('button', { name: t('delivery:register.export.pdf') }).waitFor();

        await page.getByRole('link', { name: t('nav:evaluation'), exact: true }).click();
        await heading(page, t('delivery:evaluation.title'));
        await page.getByRole('heading', { name: t('delivery:evaluation.level1') }).waitFor();
        await page.getByRole('img', { name: new RegExp(`^${t('delivery:evaluation.outcomes')}`) }).waitFor();
        const results = await coordinator.get<{ levels: { level: number; responses: number }[] }>(
          '/api/evaluation-results',
        );
        if (results.levels[0].responses > 0)
          await page
            .getByRole('img', {
              name: new RegExp(`^${t('delivery:evaluation.level1')}: ${t('delivery:evaluation.questions.overall')}`),
            })
            .waitFor();
        await checkA11y(page, 'evaluation');
      } finally {
        await context.close();
      }
    });

    it('a coordinator lists the attestations of a firm and downloads one', async () => {
      const all = (
        await coordinator.get<{ items: { memberId: string; number: string; participantName: string }[] }>(
          '/api/attestations',
        )
      ).items;
      assert.ok(all.length > 0, 'attestations in the demo');
      const firm = await coordinator.get<{ legalName: string }>(`/api/members/${all[0].memberId}`);
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.getByRole('link', { name: t('nav:attestations'), exact: true }).click();
        await heading(page, t('delivery:attestations.title'));
        await page.getByText(t('delivery:attestations.pickFirm')).waitFor();
        await pickOption(page, t('delivery:fields.firm'), firm.legalName);
        await page.getByRole('cell', { name: all[0].number, exact: true }).waitFor();
        await checkA11y(page, 'attestations of a firm');
        const link = page.getByRole('link', {
          name: t('delivery:attestations.pdfOf', { number: all[0].number, name: all[0].participantName }),
        });
        const href = await link.getAttribute('href');
        const pdf = await page.request.get(href!);
        assert.equal(pdf.status(), 200);
        assert.equal(pdf.headers()['content-type'], 'application/pdf');
      } finally {
        await context.close();
      }
    });

    it("a coordinator creates a participant's calendar link; a trainer creates its own and sees its session's evaluation", async () => {
      const members = await coordinator.get<{ items: { id: string; legalName: string }[] }>(
        '/api/members?pageSize=200',
      );
      let firm: { id: string; legalName: string } | undefined;
      let employee: { firstName: string; lastName: string } | undefined;
      for (const m of members.items) {
        const list = await coordinator.get<{ items: { firstName: string; lastName: string }[] }>(
          `/api/members/${m.id}/employees?pageSize=5`,
        );
        if (list.items.length > 0) {
          firm = m;
          employee = list.items[0];
          break;
        }
      }
      assert.ok(firm && employee, 'a firm with employees');
      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, COORDINATOR);
        await page.getByRole('link', { name: t('nav:calendar'), exact: true }).click();
        await heading(page, t('delivery:calendar.title'));
        await pickOption(page, t('delivery:calendar.kind'), t('delivery:calendar.kinds.participant'));
        await pickOption(page, t('delivery:fields.firm'), firm.legalName);
        await pickOption(page, t('delivery:fields.participant'), `${employee.firstName} ${employee.lastName}`);
        await page.getByRole('button', { name: t('delivery:calendar.create') }).click();
        await page.getByText(t('delivery:calendar.created')).waitFor();
        await page
          .getByRole('button', {
            name: t('delivery:calendar.revokeOf', { who: `${employee.firstName} ${employee.lastName}` }),
          })
          .first()
          .waitFor();
        await checkA11y(page, 'coordinator calendar links');
      } finally {
        await context.close();
      }

      const evaluated = (
        await coordinator.get<{ items: { id: string; title: string; status: string; providerId: string | null }[] }>(
          '/api/sessions?status=evaluated&pageSize=500',
        )
      ).items.find((s) => s.providerId);
      assert.ok(evaluated, 'an evaluated session in the demo');
      const users = await coordinator.get<{ items: { email: string; providerId: string | null }[] }>(
        '/api/users?role=trainer&pageSize=100',
      );
      const trainer = users.items.find((u) => u.providerId === evaluated.providerId);
      assert.ok(trainer, 'the trainer account of its provider');
      const second = await newPage(browser, server.url, lang);
      try {
        await login(second.page, trainer.email);
        await second.page.getByRole('link', { name: t('nav:calendar'), exact: true }).click();
        await heading(second.page, t('delivery:calendar.title'));
        await second.page.getByRole('button', { name: t('delivery:calendar.create') }).click();
        const url = await second.page.getByRole('textbox', { name: t('delivery:calendar.url') }).inputValue();
        const ics = await (await fetch(url)).text();
        assert.match(ics, /BEGIN:VEVENT/);
        await checkA11y(second.page, 'trainer calendar links');
        await second.page.goto(`/sessions/${evaluated.id}`);
        await heading(second.page, evaluated.title);
        await second.page.getByRole('heading', { level: 2, name: t('delivery:evaluation.title') }).waitFor();
        await second.page.getByRole('heading', { name: t('delivery:evaluation.level1') }).waitFor();
        await checkA11y(second.page, 'trainer session evaluation');
      } finally {
        await second.context.close();
      }
    });

    it('a member contact sees its attestations, creates and revokes a calendar link, and replaces a participant', async () => {
      const contact = await apiSession(server.url, MEMBER_CONTACT);
      const mine = (
        await contact.get<{ items: { number: string; participantName: string }[] }>(
          `/api/attestations?memberId=${contact.me.memberId}&pageSize=500`,
        )
      ).items;
      // a session the firm may still fill, before its withdrawal deadline, and two of its employees not in it
      const open = (await contact.get<{ items: { id: string; status: string }[] }>('/api/sessions?pageSize=500')).items;
      const today = new Date().toISOString().slice(0, 10);
      let session: Detail | undefined;
      for (const s of open.filter((x) => ['confirmed', 'scheduled'].includes(x.status))) {
        const d = await contact.get<Detail>(`/api/sessions/${s.id}`);
        if ((d.seatsAvailableForMe ?? 0) > 0 && (!d.withdrawalDeadline || d.withdrawalDeadline > today)) {
          session = d;
          break;
        }
      }
      assert.ok(session, 'an open session the member contact may fill');
      const enrolled = new Set(
        (
          await contact.get<{ items: { employeeId: string; status: string }[] }>(
            `/api/sessions/${session.id}/enrolments?pageSize=500`,
          )
        ).items.map((e) => e.employeeId),
      );
      const employees = (
        await contact.get<{ items: { id: string; firstName: string; lastName: string; endDate: string | null }[] }>(
          `/api/members/${contact.me.memberId}/employees?pageSize=200`,
        )
      ).items.filter((e) => !enrolled.has(e.id) && !e.endDate);
      const [first, second] = employees.slice(lang === 'fr' ? 0 : 2);
      const enrolment = await contact.post<{ status: string }>(`/api/sessions/${session.id}/enrolments`, {
        employeeId: first.id,
      });
      assert.equal(enrolment.status, 'confirmed');

      const { context, page } = await newPage(browser, server.url, lang);
      try {
        await login(page, MEMBER_CONTACT);
        await page.getByRole('link', { name: t('nav:attestations'), exact: true }).click();
        await heading(page, t('delivery:attestations.title'));
        if (mine.length > 0) await page.getByRole('cell', { name: mine[0].number, exact: true }).waitFor();
        else await page.getByText(t('delivery:attestations.empty')).waitFor();
        await checkA11y(page, 'member attestations');

        await page.getByRole('link', { name: t('nav:calendar'), exact: true }).click();
        await heading(page, t('delivery:calendar.title'));
        await page.getByRole('button', { name: t('delivery:calendar.create') }).click();
        await page.getByText(t('delivery:calendar.created')).waitFor();
        const url = await page.getByRole('textbox', { name: t('delivery:calendar.url') }).inputValue();
        assert.match(url, /\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
        const ics = await fetch(url);
        assert.equal(ics.status, 200);
        assert.match(await ics.text(), /BEGIN:VCALENDAR/);
        await page.getByRole('button', { name: t('delivery:calendar.copy') }).waitFor();
        await checkA11y(page, 'calendar links');
        await page
          .getByRole('button', { name: t('delivery:calendar.revokeOf', { who: '' }).trim() })
          .first()
          .click();
        await page.getByText(t('delivery:calendar.revoked')).waitFor();
        assert.equal((await fetch(url)).status, 404);

        await page.goto(`/sessions/${session.id}`);
        // in the page's language (issue #9 point 5), not the account's, which the login just set
        await heading(page, lang === 'fr' ? session.titleFr : session.titleEn);
        const name = `${first.firstName} ${first.lastName}`;
        await page.getByRole('button', { name: t('delivery:substitute.of', { name }) }).click();
        const dialog = page.getByRole('dialog');
        await pickOption(page, t('delivery:substitute.by'), `${second.firstName} ${second.lastName}`);
        await checkA11y(page, 'substitution');
        await dialog.getByRole('button', { name: t('delivery:substitute.confirm') }).click();
        await page.getByText(t('delivery:substitute.done')).waitFor();
        const after = (
          await contact.get<{ items: { employeeId: string; status: string }[] }>(
            `/api/sessions/${session.id}/enrolments?pageSize=500`,
          )
        ).items;
        assert.equal(after.find((e) => e.employeeId === first.id)?.status, 'substituted');
        assert.equal(after.find((e) => e.employeeId === second.id)?.status, 'confirmed');
      } finally {
        await context.close();
      }
    });
  });
}
