import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { dataVersionsOf } from '../src/db/data-versions.ts';
import { recognitionSteps, sessionWith } from './finance-builders.ts';
import {
  type Client,
  createTestContext,
  login,
  loginAs,
  newEmployee,
  newMember,
  newMutual,
  newProvider,
  newUser,
  type TestContext,
} from './harness.ts';

// The pages kept per version of their data (decisions 82 and 83, migrations 0105 and 0106,
// kept-answers.ts): the 1 % statements, the billable sessions, the activity years, the observed
// mutuals, the register and the sessions. After every kind of write those pages
// read, made through the API or by hand in SQL as another instance or an operator would, the page
// answered is the one computed afresh (the kept pages forgotten), and it did change: a kept page is
// never an old answer for new data.

const ONE_PERCENT = '/api/reports/one-percent?year=2026&pageSize=50';
const BILLABLE = '/api/finance/sessions?state=all&pageSize=50';
const ACTIVITY = '/api/activity-years?pageSize=50';
const OBSERVED = '/api/observatory/mutuals?pageSize=50';
const REGISTER = '/api/register?year=2026&pageSize=50';
const SESSIONS = '/api/sessions?pageSize=50';

/** The tables whose writes give a mutual a new money version (0105). */
const FINANCE_TABLES = [
  'payment',
  'invoice',
  'invoice_line',
  'journal_entry',
  'journal_line',
  'ledger_account',
  'one_percent_declaration',
  'attendance',
  'session_meeting_day',
  'recognition_event',
  'course',
  'finance_settings',
  'provider',
  'provider_bill',
  'session_reservation',
];

describe('pages kept per version of their data (decisions 82 and 83)', () => {
  let ctx: TestContext;
  let coord: Client;
  let mutualId: string;
  let firm: { id: string; mutual_id: string };
  let other: { id: string; mutual_id: string };
  let providerId: string;
  let built: Awaited<ReturnType<typeof sessionWith>>;

  async function page(path: string, as = coord): Promise<unknown> {
    const res = await as.get(path);
    assert.equal(res.status, 200, await res.clone().text());
    return res.json();
  }

  /** Reads `path` (kept), runs the write, reads again: the answer equals a fresh computation and differs from before. */
  async function changes(path: string, what: string, write: () => Promise<unknown>, as = coord) {
    const before = await page(path, as);
    await write();
    const answered = await page(path, as);
    ctx.deps.keptPages.forget();
    const fresh = await page(path, as);
    assert.deepEqual(answered, fresh, `${path} after ${what}: the kept page is the fresh one`);
    assert.notDeepEqual(answered, before, `${path} after ${what}: the write changed the page`);
  }

  before(async () => {
    ctx = await createTestContext();
    mutualId = (await newMutual(ctx)).id;
    firm = await newMember(ctx, mutualId, {
      legal_name: 'Soudure S inc.',
      annual_payroll_cents: 320_000_000,
      headcount: 60,
    });
    other = await newMember(ctx, mutualId, { legal_name: 'Usinage U inc.', headcount: 12 });
    coord = (await loginAs(ctx, 'coordinator', { mutualId })).client;
    await recognitionSteps(coord, [
      { kind: 'applied', occurredOn: '2019-06-01' },
      { kind: 'recognised', occurredOn: '2020-01-01' },
    ]);
    providerId = (await newProvider(ctx, mutualId)).id;
    built = await sessionWith(ctx, {
      mutualId,
      providerId,
      fixedCents: 90_000,
      seatCents: 0,
      participants: [
        { member: firm, status: 'confirmed' },
        { member: firm, status: 'confirmed' },
        { member: other, status: 'confirmed' },
      ],
    });
  });
  after(() => ctx.close());

  it('given each table of the money version, then it has the triggers that give the mutual a new version on insert, update, delete and truncate', async () => {
    const { rows } = await sql<{ table: string; n: number }>`
      select c.relname as table, count(*)::int as n
      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
      where not t.tgisinternal and p.proname like 'data_version_on_%' and encode(t.tgargs, 'escape') = ${'finance\\000'}
      group by c.relname`.execute(ctx.deps.db);
    assert.deepEqual(rows.map((r) => [r.table, r.n]).sort(), FINANCE_TABLES.map((t) => [t, 4]).sort());
  });

  it('given a statement touching rows of a money table by hand, then the mutual gets a new version; a statement touching none leaves it', async () => {
    const version = async () =>
      (
        await sql<{
          v: string;
        }>`select version::text as v from data_version where kind = 'finance' and mutual_id = ${mutualId}`.execute(
          ctx.deps.db,
        )
      ).rows[0]?.v;
    const v0 = await version();
    assert.ok(v0);
    await sql`update attendance set hours = hours where mutual_id = ${mutualId}`.execute(ctx.deps.db);
    const v1 = await version();
    assert.notEqual(v1, v0);
    await sql`update attendance set hours = hours where mutual_id = ${mutualId} and false`.execute(ctx.deps.db);
    assert.equal(await version(), v1);
  });

  it('given the 1 % statements read once, when attendance, a wage, a payroll, a declaration, an invoice, a payment, a meeting day or the recognition change, then the page answered is the fresh one', async () => {
    const db = ctx.deps.db;
    const [first, second] = built.enrolments;
    await changes(ONE_PERCENT, 'hours present changed by hand', () =>
      db.updateTable('attendance').set({ hours: 3 }).where('enrolment_id', '=', first.id).execute(),
    );
    await changes(ONE_PERCENT, 'a raise by hand', () =>
      db
        .insertInto('wage')
        .values({
          mutual_id: mutualId,
          member_id: firm.id,
          employee_id: second.employeeId,
          effective_on: '2026-01-01',
          hourly_wage_cents: 4_000,
        })
        .execute(),
    );
    await changes(ONE_PERCENT, 'a payroll changed by hand', () =>
      db.updateTable('member').set({ annual_payroll_cents: 410_000_000 }).where('id', '=', other.id).execute(),
    );
    await changes(ONE_PERCENT, 'a declaration', async () =>
      assert.equal(
        (
          await coord.put(`/api/reports/one-percent/${firm.id}/2026`, {
            payrollCents: 330_000_000,
            otherSpendingCents: 500_000,
          })
        ).status,
        200,
      ),
    );
    await changes(ONE_PERCENT, 'an invoice and its payment', async () => {
      assert.equal(
        (await coord.post(`/api/finance/sessions/${built.session.id}/invoice`, { issuedOn: '2026-10-20' })).status,
        200,
      );
      const inv = (
        (await (await coord.get(`/api/invoices?memberId=${firm.id}`)).json()) as {
          items: { id: string; totalCents: number }[];
        }
      ).items[0];
      const paid = await coord.post(`/api/invoices/${inv.id}/payments`, {
        receivedOn: '2026-11-02',
        amountCents: inv.totalCents,
        method: 'transfer',
      });
      assert.equal(paid.status, 201, await paid.clone().text());
    });
    await changes(ONE_PERCENT, 'a recognition suspended in the spring', () =>
      recognitionSteps(coord, [
        { kind: 'notice_given', occurredOn: '2026-03-02', answerDueOn: '2026-03-16' },
        { kind: 'suspended', occurredOn: '2026-04-01' },
        { kind: 'restored', occurredOn: '2026-06-15' },
      ]),
    );
    await changes(ONE_PERCENT, 'a meeting day moved out of the year by hand', () =>
      db
        .updateTable('session_meeting_day')
        .set({ day: '2025-10-13' })
        .where('session_id', '=', built.session.id)
        .where('day', '=', '2026-10-13')
        .execute(),
    );
  });

  it('given the billable sessions read once, when a course price, a provider, an enrolment, a meeting day, an invoice or the settings change, then the page answered is the fresh one', async () => {
    const db = ctx.deps.db;
    const s = await sessionWith(ctx, {
      mutualId,
      providerId,
      fixedCents: 50_000,
      seatCents: 1_000,
      days: ['2026-11-17'],
      participants: [
        { member: firm, status: 'confirmed' },
        { member: other, status: 'confirmed' },
      ],
    });
    // confirmed, not delivered: to invoice only once the settings invoice on confirmation
    await sessionWith(ctx, {
      mutualId,
      providerId,
      status: 'confirmed',
      days: ['2027-02-02'],
      participants: [{ member: firm, status: 'confirmed' }],
    });
    await changes(BILLABLE, 'a course price changed by hand', () =>
      db.updateTable('course').set({ fixed_cost_cents: 70_000 }).where('id', '=', s.course.id).execute(),
    );
    await changes(BILLABLE, 'a provider renamed by hand', () =>
      db.updateTable('provider').set({ name: 'Formation renommée inc.' }).where('id', '=', providerId).execute(),
    );
    await changes(BILLABLE, 'an enrolment withdrawn by hand', () =>
      db.updateTable('enrolment').set({ status: 'withdrawn' }).where('id', '=', s.enrolments[1].id).execute(),
    );
    await changes(BILLABLE, 'a meeting day moved by hand', () =>
      db.updateTable('session_meeting_day').set({ day: '2026-11-24' }).where('session_id', '=', s.session.id).execute(),
    );
    await changes(BILLABLE, 'the session invoiced', async () =>
      assert.equal(
        (await coord.post(`/api/finance/sessions/${s.session.id}/invoice`, { issuedOn: '2026-11-30' })).status,
        200,
      ),
    );
    await changes(BILLABLE, 'the settings changed by hand', () =>
      db
        .updateTable('finance_settings')
        .set({ invoice_timing: 'confirmed' })
        .where('mutual_id', '=', mutualId)
        .execute(),
    );
  });

  it('given the activity years read once, when a session stops being held, an education level or a firm size changes, then the page answered is the fresh one', async () => {
    const db = ctx.deps.db;
    const s = await sessionWith(ctx, {
      mutualId,
      providerId,
      days: ['2026-09-09'],
      participants: [{ member: other, status: 'confirmed' }],
    });
    await changes(ACTIVITY, 'a firm grown by hand', () =>
      db.updateTable('member').set({ headcount: 140 }).where('id', '=', other.id).execute(),
    );
    await changes(ACTIVITY, 'an education level changed by hand', () =>
      db
        .updateTable('employee')
        .set({ education_level: 'bachelor' })
        .where('id', '=', s.enrolments[0].employeeId)
        .execute(),
    );
    await changes(ACTIVITY, 'a session cancelled by hand', () =>
      db.updateTable('training_session').set({ status: 'cancelled' }).where('id', '=', built.session.id).execute(),
    );
  });

  it('given the observed mutuals read once by the platform administrator, when a firm leaves by hand or the recognition changes, then the page answered is the fresh one', async () => {
    const db = ctx.deps.db;
    const admin = (await loginAs(ctx, 'platform_admin')).client;
    const firms: { id: string }[] = [];
    for (let i = 0; i < 6; i++) firms.push(await newMember(ctx, mutualId, { legal_name: `Firme ${i} inc.` }));
    await db.updateTable('member').set({ joined_on: '2020-01-01' }).where('mutual_id', '=', mutualId).execute();
    await changes(
      OBSERVED,
      'a firm that left by hand',
      () => db.updateTable('member').set({ left_on: '2026-01-15' }).where('id', '=', firms[0].id).execute(),
      admin,
    );
    await changes(
      OBSERVED,
      'a notice from the ministry',
      () => recognitionSteps(coord, [{ kind: 'notice_given', occurredOn: '2026-11-02', answerDueOn: '2026-11-16' }]),
      admin,
    );
  });
  /** The mutual’s version of a kind of data_version (0105, 0106). */
  const versionOf = async (kind: string, of = mutualId) =>
    (
      await sql<{
        v: string;
      }>`select version::text as v from data_version where kind = ${kind} and mutual_id = ${of}`.execute(ctx.deps.db)
    ).rows[0]?.v;

  it('given the delivery version, then the register’s stated values, the mutual’s row and a trainer’s name give it; a login does not; a new mutual has its money and delivery versions from the start', async () => {
    const db = ctx.deps.db;
    const { rows } = await sql<{ table: string; trigger: string }>`
      select c.relname as table, t.tgname as trigger
      from pg_trigger t join pg_class c on c.oid = t.tgrelid
      where not t.tgisinternal and (encode(t.tgargs, 'escape') like 'delivery%' or t.tgname = 'app_user_delivery_renamed')
      order by 1, 2`.execute(db);
    assert.deepEqual(
      rows.map((r) => `${r.table}.${r.trigger}`),
      [
        'app_user.app_user_delivery_renamed',
        'mutual.mutual_data_version_insert',
        'mutual.mutual_data_version_update',
        'session_register.session_register_delivery_delete',
        'session_register.session_register_delivery_insert',
        'session_register.session_register_delivery_truncate',
        'session_register.session_register_delivery_update',
      ],
    );
    const trainer = await newUser(ctx, 'trainer', { mutualId, providerId }, { display_name: 'Jeanne Formatrice' });
    const s = await sessionWith(ctx, { mutualId, providerId, participants: [{ member: firm, status: 'confirmed' }] });
    await db
      .updateTable('training_session')
      .set({ trainer_user_id: trainer.id })
      .where('id', '=', s.session.id)
      .execute();
    const v0 = await versionOf('delivery');
    assert.ok(v0);
    assert.equal((await login(ctx, trainer.email)) !== null, true, 'a login updates the user row');
    await db.updateTable('app_user').set({ display_name: 'Jeanne Formatrice' }).where('id', '=', trainer.id).execute();
    assert.equal(await versionOf('delivery'), v0, 'neither a login nor the same name gives a version');
    await db.updateTable('app_user').set({ display_name: 'Jeanne Tremblay' }).where('id', '=', trainer.id).execute();
    const v1 = await versionOf('delivery');
    assert.notEqual(v1, v0, 'a trainer renamed');
    await db.updateTable('mutual').set({ go_no_go_days: 30 }).where('id', '=', mutualId).execute();
    const v2 = await versionOf('delivery');
    assert.notEqual(v2, v1, 'the mutual’s row');
    await db
      .insertInto('session_register')
      .values({
        session_id: s.session.id,
        mutual_id: mutualId,
        title: 'Chariot, groupe 1',
        updated_at: '2026-11-20T15:00:00Z',
      })
      .execute();
    assert.notEqual(await versionOf('delivery'), v2, 'a stated value');
    const fresh = (await newMutual(ctx)).id;
    assert.ok((await versionOf('delivery', fresh)) && (await versionOf('finance', fresh)), 'a new mutual has both');
  });

  it('given a new mutual with no data yet, then it has every version from the start (0106, 0107), so that its pages are kept from its first request', async () => {
    const fresh = (await newMutual(ctx)).id;
    const versions = await dataVersionsOf(ctx.deps.db, fresh);
    for (const [kind, version] of Object.entries(versions)) assert.ok(version, `a new mutual's ${kind} version`);
    const another = await dataVersionsOf(ctx.deps.db, (await newMutual(ctx)).id);
    for (const kind of Object.keys(versions) as (keyof typeof versions)[])
      assert.notEqual(another[kind], versions[kind], `two new mutuals never share a ${kind} version`);
  });

  it('given the register read once, when a stated value, a trainer’s name, an absence or the completion threshold change, then the page answered is the fresh one', async () => {
    const db = ctx.deps.db;
    const trainer = await newUser(ctx, 'trainer', { mutualId, providerId }, { display_name: 'Paul Formateur' });
    const s = await sessionWith(ctx, {
      mutualId,
      providerId,
      days: ['2026-08-11', '2026-08-12'],
      participants: [
        { member: firm, status: 'confirmed' },
        { member: other, status: 'confirmed' },
      ],
    });
    await db
      .updateTable('training_session')
      .set({ trainer_user_id: trainer.id })
      .where('id', '=', s.session.id)
      .execute();
    await changes(REGISTER, 'a title stated', async () => {
      const res = await coord.put(`/api/sessions/${s.session.id}/register`, {
        title: 'Chariot élévateur, groupe d’août',
      });
      assert.equal(res.status, 200, await res.clone().text());
    });
    await changes(REGISTER, 'the trainer renamed by hand', () =>
      db.updateTable('app_user').set({ display_name: 'Paul Gagnon' }).where('id', '=', trainer.id).execute(),
    );
    await changes(REGISTER, 'an absence by hand', () =>
      db
        .updateTable('attendance')
        .set({ present: false, hours: 0 })
        .where('enrolment_id', '=', s.enrolments[0].id)
        .where('meeting_day_id', '=', s.days[0].id)
        .execute(),
    );
    await changes(REGISTER, 'the completion threshold lowered by hand', () =>
      db.updateTable('mutual').set({ completion_threshold_pct: 40 }).where('id', '=', mutualId).execute(),
    );
  });

  it('given the sessions read once by the coordinator, a member contact and the trainer, when the mutual’s settings, a trainer’s name, an enrolment or the day change, then each page answered is the fresh one', async () => {
    const db = ctx.deps.db;
    const trainer = await loginAs(ctx, 'trainer', { mutualId, providerId }, { display_name: 'Luc Formateur' });
    const contact = (await loginAs(ctx, 'member_contact', { mutualId, memberId: other.id })).client;
    const s = await sessionWith(ctx, {
      mutualId,
      providerId,
      status: 'proposed',
      days: ['2027-03-09'],
      participants: [{ member: firm, status: 'confirmed' }],
    });
    await db
      .updateTable('training_session')
      .set({
        trainer_user_id: trainer.user.id,
        period: '2027-03',
        virtual_link: 'https://classe.example/x',
      })
      .where('id', '=', s.session.id)
      .execute();
    await db.updateTable('course').set({ mode: 'virtual' }).where('id', '=', s.course.id).execute();
    await changes(SESSIONS, 'the trainer renamed by hand', () =>
      db.updateTable('app_user').set({ display_name: 'Luc Bouchard' }).where('id', '=', trainer.user.id).execute(),
    );
    await changes(SESSIONS, 'the go/no-go lead time changed by hand', () =>
      db.updateTable('mutual').set({ go_no_go_days: 45 }).where('id', '=', mutualId).execute(),
    );
    await changes(SESSIONS, 'the minimum of firms lowered by hand', () =>
      db.updateTable('mutual').set({ min_firms_per_session: 1 }).where('id', '=', mutualId).execute(),
    );
    await changes(
      SESSIONS,
      'a seat confirmed for the contact’s firm by hand',
      () =>
        newEmployee(ctx, other).then((employee) =>
          db
            .insertInto('enrolment')
            .values({
              mutual_id: mutualId,
              session_id: s.session.id,
              member_id: other.id,
              employee_id: employee.id,
              status: 'confirmed',
            })
            .execute(),
        ),
      contact,
    );
    await changes(
      SESSIONS,
      'the provider renamed by hand',
      () => db.updateTable('provider').set({ name: 'Formation Luc inc.' }).where('id', '=', providerId).execute(),
      trainer.client,
    );
    // a minimum of firms not met and a go/no-go date tomorrow: open today, an alert from tomorrow (logged in
    // this evening, as login sessions last 12 hours)
    await db.updateTable('mutual').set({ min_firms_per_session: 3 }).where('id', '=', mutualId).execute();
    await db
      .updateTable('training_session')
      .set({ go_no_go_date: '2026-11-21' })
      .where('id', '=', s.session.id)
      .execute();
    ctx.setNow('2026-11-20T22:00:00Z');
    const evening = (await loginAs(ctx, 'coordinator', { mutualId })).client;
    await changes(SESSIONS, 'the day past the go/no-go date', async () => ctx.setNow('2026-11-21T05:30:00Z'), evening);
    ctx.setNow('2026-11-20T15:00:00Z');
  });
});
