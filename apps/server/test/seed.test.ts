import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEMO_OBSERVER_ACCOUNTS } from '@mutualis/domain/demo-data/index';
import { sql } from 'kysely';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/db/seed/demo.ts';
import { benchCoordinatorEmail, seedLarge } from '../src/db/seed/seed-large.ts';
import { wipeDatabase } from '../src/db/seed/wipe.ts';
import { createTestContext, login, type TestContext } from './harness.ts';

const readme = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../README.md'), 'utf8');

describe('demo seed', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given an empty database, when seeded twice, then it seeds once', async () => {
    const lines: string[] = [];
    assert.equal(await seedDemoIfEmpty(ctx.deps.db, { log: (line) => lines.push(line) }), true);
    assert.equal(await seedDemoIfEmpty(ctx.deps.db), false);
    // each part's wall time, CPU and statements (docs/performance.md, "Start")
    const timing = lines.find((l) => l.startsWith('demo seed: '));
    assert.match(timing ?? '', /dataset \d+ ms \(CPU \d+ ms, 0 statements\)/);
    const finance = /finance \d+ ms \(CPU \d+ ms, (\d+) statements\)/.exec(timing ?? '');
    assert.ok(finance && Number(finance[1]) > 1000, timing);
    const mutuals = await ctx.deps.db.selectFrom('mutual').select(['slug']).execute();
    assert.deepEqual(mutuals.map((m) => m.slug).sort(), [
      'forma-alimentaire',
      'forma-bas-saint-laurent',
      'forma-lanaudiere',
      'forma-usinage',
    ]);
    const { count } = await ctx.deps.db
      .selectFrom('employee')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    assert.ok(Number(count) > 600, `${count} employees`);
  });

  it('when seeded, then the four mutuals tell different governance stories, as the study’s did', async () => {
    const admin = await login(ctx, 'admin@mutualis.demo', DEMO_PASSWORD);
    const obs = await (
      await admin.get('/api/observatory?indicators=board_compliant,board_meetings,active_partners,funding_diversity')
    ).json();
    const byName = (part: string) => obs.mutuals.find((m: { name: string }) => m.name.includes(part));
    const last = (mutualId: string, indicator: string) =>
      obs.series
        .find((s: { mutualId: string; indicator: string }) => s.mutualId === mutualId && s.indicator === indicator)
        .values.at(-1).value;
    const lanaudiere = byName('Lanaudière');
    const bsl = byName('Bas-Saint-Laurent');
    const usinage = byName('usinage');
    const food = byName('alimentaire');
    assert.deepEqual(
      [lanaudiere.type, food.type, bsl.type, usinage.type],
      ['regional', 'sectoral', 'regional', 'sectoral'],
    );
    // strong leadership and a rich ecosystem; weak leadership, a board that breaks s.3 and a notice now
    assert.equal(last(lanaudiere.id, 'board_compliant'), 1);
    assert.ok(last(lanaudiere.id, 'active_partners') >= 6 && last(lanaudiere.id, 'funding_diversity') > 0.5);
    assert.equal(last(bsl.id, 'board_compliant'), 0);
    assert.equal(bsl.recognition, 'under_notice');
    // a thin ecosystem: one source of money
    assert.equal(last(food.id, 'funding_diversity'), 0);
    // a network that grew: more partners in the last year than in the first
    const partners = obs.series.find(
      (s: { mutualId: string; indicator: string }) => s.mutualId === usinage.id && s.indicator === 'active_partners',
    ).values;
    assert.ok(partners.at(-1).value > partners[0].value + 3);
  });

  it('when seeded, then every login that the README lists works with the demo password', async () => {
    const table = readme.split('\n').filter((line) => line.startsWith('|'));
    const emails = table.flatMap((line) => [...line.matchAll(/`([a-z0-9.-]+@[a-z0-9.-]+\.demo)`/g)].map((m) => m[1]));
    assert.ok(emails.length >= 6, `README lists ${emails.length} logins`);
    for (const email of new Set(emails)) {
      const res = await ctx.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      assert.equal(res.status, 200, `${email}: ${res.status}`);
    }
  });

  it('when seeded, then the README says which demo logins open in French and which in English, as the accounts are', async () => {
    const section = readme.slice(
      readme.indexOf('## Demo logins'),
      readme.indexOf('\n## ', readme.indexOf('## Demo logins') + 1),
    );
    const header = section.split('\n').find((line) => line.startsWith('| Role'));
    const columns = header?.split('|').map((c) => c.trim()) ?? [];
    const language = columns.indexOf('Language');
    assert.ok(language > 0, 'the demo logins table has a Language column');
    const users = new Map(
      (await ctx.deps.db.selectFrom('app_user').select(['email', 'locale', 'role']).execute()).map((u) => [u.email, u]),
    );
    const named = { French: 'fr', English: 'en' } as Record<string, string>;
    const rows = section.split('\n').filter((line) => line.startsWith('|') && line.includes('.demo`'));
    assert.ok(rows.length >= 6);
    for (const row of rows) {
      const cells = row.split('|').map((c) => c.trim());
      const email = cells[2].replace(/`/g, '');
      assert.equal(users.get(email)?.locale, named[cells[language]], `${email}: the README says ${cells[language]}`);
    }
    // the paragraph under the table names every other English login; every login it does not name is French
    const english = [...users.values()]
      .filter((u) => u.locale === 'en')
      .map((u) => u.email)
      .sort();
    const paragraph = section.slice(section.indexOf('Every demo firm'));
    const listed = [...paragraph.matchAll(/`(rh@[a-z0-9.-]+\.demo)`/g)].map((m) => m[1]);
    const tableEnglish = rows
      .map((r) => r.split('|').map((c) => c.trim()))
      .filter((c) => c[language] === 'English')
      .map((c) => c[2].replace(/`/g, ''));
    assert.deepEqual([...new Set([...listed, ...tableEnglish])].sort(), english, 'the English logins the README names');
    assert.ok(
      paragraph.includes(
        `except ${['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][english.length]} English ones`,
      ),
      `${english.length} English logins`,
    );
    assert.ok(
      [...users.values()].filter((u) => u.role === 'trainer').every((u) => u.locale === 'fr'),
      'trainer logins are French, as the README says',
    );
  });

  it('given the README, then it says that without SMTP the invitation and reset links appear in the server log, in development', () => {
    const section = readme.slice(
      readme.indexOf('## Without an SMTP server'),
      readme.indexOf('\n## ', readme.indexOf('## Without an SMTP server') + 1),
    );
    assert.ok(section.length > 30, 'a section "Without an SMTP server"');
    for (const words of [
      'log',
      '/invitation?token=',
      '/reset-password?token=',
      'NODE_ENV=development',
      'PUBLIC_URL',
      'PORT',
    ])
      assert.ok(section.includes(words), `it mentions ${words}`);
  });

  it('when a demo member contact logs in, then its account is tied to its own firm only', async () => {
    const client = await login(ctx, 'rh@soudure-bedard.demo', DEMO_PASSWORD);
    const me = (await (await client.get('/api/auth/me')).json()) as { role: string; memberId: string };
    assert.equal(me.role, 'member_contact');
    const firm = await ctx.deps.db
      .selectFrom('member')
      .select(['legal_name'])
      .where('id', '=', me.memberId)
      .executeTakeFirstOrThrow();
    assert.equal(firm.legal_name, 'Soudure Bédard inc.');
  });

  it('when the demo funder logs in, then it reads the claim its mutual sent it (decision 67)', async () => {
    const client = await login(ctx, DEMO_OBSERVER_ACCOUNTS.funder.email, DEMO_PASSWORD);
    const claims = (await (await client.get('/api/funding/received-claims')).json()) as {
      total: number;
      items: { status: string; claimedCents: number }[];
    };
    assert.ok(claims.total >= 1, JSON.stringify(claims));
    assert.ok(claims.items.every((c) => c.status !== 'draft' && c.claimedCents > 0));
  });
});

describe('benchmark seed (small sizes)', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given sizes, when seeded, then exactly that many mutuals, firms and employees exist, with wages', async () => {
    const result = await seedLarge(ctx.deps.db, { mutuals: 3, firms: 30, employees: 400 });
    assert.deepEqual([result.mutuals, result.firms, result.employees], [3, 30, 400]);
    const count = async (table: 'mutual' | 'member' | 'employee' | 'wage') =>
      Number(
        (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(ctx.deps.db)).rows[0].n,
      );
    assert.equal(await count('mutual'), 3);
    assert.equal(await count('member'), 30);
    assert.equal(await count('employee'), 400);
    assert.equal(await count('wage'), result.wages);
    assert.ok(result.wages >= 400);
    await login(ctx, benchCoordinatorEmail(1), DEMO_PASSWORD);
  });

  it('given benchmark data, when seeded again, then it refuses; after a wipe it seeds again', async () => {
    await assert.rejects(seedLarge(ctx.deps.db, { mutuals: 3, firms: 30, employees: 400 }), /already/);
    await wipeDatabase(ctx.deps.db);
    const result = await seedLarge(ctx.deps.db, { mutuals: 2, firms: 10, employees: 50 });
    assert.equal(result.employees, 50);
  });
});
