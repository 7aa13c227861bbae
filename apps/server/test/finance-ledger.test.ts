import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type Client, createTestContext, loginAs, newMember, newMutual, type TestContext } from './harness.ts';

// The ledger through the API: the default chart, balanced adjustment entries, refusals that change
// nothing, period close, reversals, trial balance, general ledger, exports; and the database's own
// guards (entries never edited, never unbalanced, never added to later).

describe('the ledger', () => {
  let ctx: TestContext;
  let coord: Client;
  let mutualId: string;
  let memberId: string;
  const account = new Map<string, string>();

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    mutualId = mutual.id;
    memberId = (await newMember(ctx, mutualId)).id;
    coord = (await loginAs(ctx, 'coordinator', { mutualId })).client;
  });
  after(() => ctx.close());

  const journalCount = async () =>
    ((await (await coord.get('/api/finance/journal?pageSize=1')).json()) as { total: number }).total;

  it('given a new mutual, when the coordinator opens the chart of accounts, then the default chart of a Quebec non-profit mutual is there', async () => {
    const res = await coord.get('/api/finance/accounts?pageSize=500');
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      items: { id: string; code: string; role: string; nameFr: string }[];
      total: number;
    };
    assert.equal(body.total, 20);
    for (const a of body.items) account.set(a.code, a.id);
    assert.equal(body.items.find((a) => a.code === '1010')?.role, 'bank');
    assert.match(body.items.find((a) => a.code === '4300')?.nameFr ?? '', /Subventions/);
    const settings = (await (await coord.get('/api/finance/settings')).json()) as {
      gstPpm: number;
      qstPpm: number;
      currentFiscalYear: { label: string };
    };
    assert.deepEqual([settings.gstPpm, settings.qstPpm, settings.currentFiscalYear.label], [50_000, 99_750, '2026']);
  });

  it('given an opening balance of $12,000.00, when posted, then it is entry 1 and the trial balance balances', async () => {
    const res = await coord.post('/api/finance/journal', {
      entryDate: '2026-01-01',
      description: 'Solde d’ouverture',
      lines: [
        { accountId: account.get('1010'), debitCents: 1_200_000 },
        { accountId: account.get('3100'), creditCents: 1_200_000 },
      ],
    });
    assert.equal(res.status, 201, await res.clone().text());
    const entry = (await res.json()) as { number: number; totalCents: number; lines: unknown[] };
    assert.deepEqual([entry.number, entry.totalCents, entry.lines.length], [1, 1_200_000, 2]);
    const tb = (await (await coord.get('/api/finance/trial-balance')).json()) as {
      balanced: boolean;
      totalDebitCents: number;
      rows: { code: string; balanceCents: number }[];
    };
    assert.equal(tb.balanced, true);
    assert.equal(tb.totalDebitCents, 1_200_000);
    assert.equal(tb.rows.find((r) => r.code === '1010')?.balanceCents, 1_200_000);
  });

  it('given bad entries (unbalanced, unknown account, negative amount, a line both debit and credit), then 400 and nothing is posted', async () => {
    const before = await journalCount();
    const bad = [
      {
        lines: [
          { accountId: account.get('1010'), debitCents: 100 },
          { accountId: account.get('3100'), creditCents: 99 },
        ],
      },
      {
        lines: [
          { accountId: account.get('1010'), debitCents: 100 },
          { accountId: '00000000-0000-4000-8000-000000000000', creditCents: 100 },
        ],
      },
      {
        lines: [
          { accountId: account.get('1010'), debitCents: -100 },
          { accountId: account.get('3100'), creditCents: -100 },
        ],
      },
      {
        lines: [
          { accountId: account.get('1010'), debitCents: 100, creditCents: 100 },
          { accountId: account.get('3100'), creditCents: 0 },
        ],
      },
    ];
    for (const b of bad) {
      const res = await coord.post('/api/finance/journal', { entryDate: '2026-02-01', description: 'Bad', ...b });
      assert.equal(res.status, 400, JSON.stringify(b));
      const refused = (await res.json()) as { code: string; errors: { code: string }[] };
      assert.equal(refused.code, 'validation_failed');
      assert.ok(
        refused.errors.every((e) => /^[a-z_]+$/.test(e.code) && e.code !== 'untranslated'),
        JSON.stringify(refused.errors),
      );
    }
    assert.equal(await journalCount(), before);
  });

  it('given an entry with a member, then the general ledger shows it with a running balance', async () => {
    await coord.post('/api/finance/journal', {
      entryDate: '2026-03-15',
      description: 'Frais bancaires',
      lines: [
        { accountId: account.get('5800'), debitCents: 2_500, memberId },
        { accountId: account.get('1010'), creditCents: 2_500 },
      ],
    });
    const res = await coord.get(`/api/finance/accounts/${account.get('1010')}/ledger`);
    assert.equal(res.status, 200);
    const gl = (await res.json()) as {
      openingBalanceCents: number;
      closingBalanceCents: number;
      items: { runningBalanceCents: number }[];
    };
    assert.deepEqual(
      gl.items.map((i) => i.runningBalanceCents),
      [1_200_000, 1_197_500],
    );
    assert.equal(gl.closingBalanceCents, 1_197_500);
    const from = (await (
      await coord.get(`/api/finance/accounts/${account.get('1010')}/ledger?from=2026-02-01`)
    ).json()) as { openingBalanceCents: number };
    assert.equal(from.openingBalanceCents, 1_200_000);
  });

  it('given the books closed through 31 January, then an entry dated in January is refused (409 period_closed), reopening too, and February is open', async () => {
    const midMonth = await coord.post('/api/finance/close', { through: '2026-01-15' });
    assert.equal(midMonth.status, 400);
    assert.deepEqual(((await midMonth.json()) as { errors: unknown[] }).errors, [
      { field: 'through', code: 'not_month_end', message: 'Le dernier jour d’un mois' },
    ]);
    const closed = await coord.post('/api/finance/close', { through: '2026-01-31' });
    assert.equal(closed.status, 200);
    const before = await journalCount();
    const res = await coord.post('/api/finance/journal', {
      entryDate: '2026-01-20',
      description: 'Late',
      lines: [
        { accountId: account.get('1010'), debitCents: 100 },
        { accountId: account.get('3100'), creditCents: 100 },
      ],
    });
    assert.equal(res.status, 409);
    const closedProblem = (await res.json()) as { code: string; detail: string };
    assert.equal(closedProblem.code, 'period_closed');
    assert.equal(
      closedProblem.detail,
      'Les livres sont fermés jusqu’au 31 janvier 2026 : datez l’écriture après cette date',
    );
    assert.equal(await journalCount(), before);
    const back = await coord.post('/api/finance/close', { through: '2025-12-31' });
    assert.equal(back.status, 409);
    assert.equal(
      ((await back.json()) as { detail: string }).detail,
      'Les livres sont déjà fermés jusqu’au 31 janvier 2026',
    );
  });

  it('given an adjustment, when reversed, then the reversal cancels it and a second reversal is refused', async () => {
    const entry = (await (
      await coord.post('/api/finance/journal', {
        entryDate: '2026-04-01',
        description: 'Erreur',
        lines: [
          { accountId: account.get('5800'), debitCents: 7_777 },
          { accountId: account.get('1010'), creditCents: 7_777 },
        ],
      })
    ).json()) as { id: string };
    const rev = await coord.post(`/api/finance/journal/${entry.id}/reverse`, {
      reason: 'Saisie en double',
      entryDate: '2026-04-02',
    });
    assert.equal(rev.status, 201);
    const reversal = (await rev.json()) as {
      reversesEntryId: string;
      lines: { accountCode: string; debitCents: number; creditCents: number }[];
    };
    assert.equal(reversal.reversesEntryId, entry.id);
    assert.deepEqual(
      reversal.lines.find((l) => l.accountCode === '1010'),
      { ...reversal.lines.find((l) => l.accountCode === '1010'), debitCents: 7_777, creditCents: 0 },
    );
    assert.equal((await coord.post(`/api/finance/journal/${entry.id}/reverse`, { reason: 'Encore' })).status, 409);
    const unknown = await coord.post(`/api/finance/journal/${crypto.randomUUID()}/reverse`, { reason: 'Absente' });
    assert.deepEqual([unknown.status, ((await unknown.json()) as { code: string }).code], [404, 'not_found']);
    const tb = (await (await coord.get('/api/finance/trial-balance')).json()) as {
      rows: { code: string; balanceCents: number }[];
    };
    assert.equal(tb.rows.find((r) => r.code === '5800')?.balanceCents, 2_500);
  });

  it('given the journal, when exported, then the CSV has the documented columns and each entry balances; the XLSX is a workbook', async () => {
    const res = await coord.get('/api/finance/export?format=csv');
    assert.equal(res.status, 200);
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const [header, ...rows] = text.trim().split('\r\n');
    assert.equal(
      header,
      'date,entry_number,voucher_type,voucher_number,account_code,account_name,description,debit,credit,member,memo',
    );
    const byEntry = new Map<string, number>();
    for (const row of rows) {
      const cells = row.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
      byEntry.set(
        cells[1],
        (byEntry.get(cells[1]) ?? 0) +
          Math.round(Number(cells[7] || 0) * 100) -
          Math.round(Number(cells[8] || 0) * 100),
      );
    }
    assert.ok(byEntry.size >= 4);
    for (const [n, sum] of byEntry) assert.equal(sum, 0, `entry ${n}`);
    const xlsx = await coord.get('/api/finance/export?format=xlsx');
    const bytes = new Uint8Array(await xlsx.arrayBuffer());
    assert.deepEqual([bytes[0], bytes[1]], [0x50, 0x4b]);
  });

  it('given the database itself, then a line cannot be changed, an unbalanced entry cannot be committed and a line cannot be added to an earlier entry', async () => {
    const db = ctx.deps.db;
    await assert.rejects(
      sql`update journal_line set debit_cents = debit_cents + 1 where mutual_id = ${mutualId}`.execute(db),
      /never changed/,
    );
    await assert.rejects(sql`delete from journal_entry where mutual_id = ${mutualId}`.execute(db), /never changed/);
    const bank = account.get('1010')!;
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        const e = await sql<{
          id: string;
        }>`insert into journal_entry (mutual_id, number, entry_date, voucher_kind, description) values (${mutualId}, 9999, '2026-05-01', 'adjustment', 'x') returning id`.execute(
          trx,
        );
        await sql`insert into journal_line (entry_id, mutual_id, account_id, debit_cents) values (${e.rows[0].id}, ${mutualId}, ${bank}, 100)`.execute(
          trx,
        );
      }),
      /does not balance/,
    );
    const old = await sql<{
      id: string;
    }>`select id from journal_entry where mutual_id = ${mutualId} order by number limit 1`.execute(db);
    await assert.rejects(
      sql`insert into journal_line (entry_id, mutual_id, account_id, debit_cents) values (${old.rows[0].id}, ${mutualId}, ${bank}, 100)`.execute(
        db,
      ),
      /same transaction/,
    );
  });

  it('given a member contact or a board viewer, then the ledger is not theirs (403)', async () => {
    const member = (await loginAs(ctx, 'member_contact', { mutualId, memberId })).client;
    assert.equal((await member.get('/api/finance/trial-balance')).status, 403);
    const board = (await loginAs(ctx, 'board_viewer', { mutualId })).client;
    assert.equal((await board.get('/api/finance/journal')).status, 403);
  });
});
