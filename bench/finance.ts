// Money benchmark (issue #11), on PostgreSQL: a mutual with 500 firms and 100,000 enrolments in a
// year of delivered sessions (apps/server/src/db/seed/seed-finance-bench.ts, seeded when absent).
// Times, through the API: invoicing the fiscal year (every member, every delivered session: one
// invoice per member, net of subsidies, posted), then — after a payment on each invoice — the
// annual report, the trial balance and one member's 1 % statement. Beside the wall time, the CPU
// time the server and PostgreSQL spent (from /proc, so Linux and a PostgreSQL on this machine):
// on a shared machine the wall time also counts the time spent waiting for a core.
//   eval "$(scripts/throwaway-postgres.sh start)" && node --import tsx bench/finance.ts [--members 500] [--sessions 8000] [--runs 5]
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { todayInMontreal } from '@mutualis/domain/dates';
import { sql } from 'kysely';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import {
  FINANCE_BENCH_BOARD,
  FINANCE_BENCH_COORDINATOR,
  FINANCE_BENCH_MEMBER,
  FINANCE_BENCH_SLUG,
  seedFinanceBench,
} from '../apps/server/src/db/seed/seed-finance-bench.ts';
import { describeMachine, login, requireDatabaseUrl, type Session, startServer } from './server-process.ts';

const databaseUrl = requireDatabaseUrl('bench/finance');
const { values } = parseArgs({
  options: {
    members: { type: 'string', default: '500' },
    sessions: { type: 'string', default: '8000' },
    runs: { type: 'string', default: '5' },
  },
});
const runs = Number(values.runs);
const YEAR = 2026;
const TODAY = todayInMontreal(new Date());

const handle = await openDatabase({ databaseUrl, poolSize: 3 });
let mutualId: string;
try {
  await migrate(handle);
  const present = await handle.db
    .selectFrom('mutual')
    .select('id')
    .where('slug', '=', FINANCE_BENCH_SLUG)
    .executeTakeFirst();
  if (present) {
    mutualId = present.id;
    console.log(`${FINANCE_BENCH_SLUG}: already seeded`);
  } else {
    mutualId = (
      await seedFinanceBench(handle.db, {
        members: Number(values.members),
        sessions: Number(values.sessions),
        year: YEAR,
        log: console.log,
      })
    ).mutualId;
  }
  await sql`analyze`.execute(handle.db);
} finally {
  await handle.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// CPU time (user + system, ms) of a process from /proc (Linux; 100 ticks a second), 0 if unknown.
function cpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}
// The CPU time of the database's server processes (PostgreSQL on this machine), by pid.
async function databaseCpu(db: Awaited<ReturnType<typeof openDatabase>>['db']): Promise<Map<number, number>> {
  const rows = (
    await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database()`.execute(db)
  ).rows;
  return new Map(rows.map((r) => [r.pid, cpuMs(r.pid)]));
}
/** CPU time spent between two readings: processes in both count their difference, new ones all of theirs. */
const cpuSpent = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((s, [pid, ms]) => s + ms - (before.get(pid) ?? 0), 0);

async function request(url: string, session: Session, method: string, path: string, body?: unknown) {
  const t = performance.now();
  const res = await fetch(`${url}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  const ms = performance.now() - t;
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
  return { ms, json: text ? JSON.parse(text) : null };
}

const server = await startServer();
try {
  const coord = await login(server.url, FINANCE_BENCH_COORDINATOR);
  const rows: Array<Record<string, string | number>> = [];

  // 1. invoicing the fiscal year, once (a second run would find nothing left to invoice)
  const sessions = (await request(server.url, coord, 'GET', '/api/finance/sessions?state=to_invoice&pageSize=1'))
    .json as { total: number };
  if (sessions.total > 0) {
    const probe = await openDatabase({ databaseUrl, poolSize: 1 });
    const serverBefore = cpuMs(server.pid);
    const dbBefore = await databaseCpu(probe.db);
    const run = await request(server.url, coord, 'POST', '/api/finance/sessions/invoice', {
      through: `${YEAR}-12-31`,
      issuedOn: TODAY,
    });
    const cpu = { server: cpuMs(server.pid) - serverBefore, database: cpuSpent(dbBefore, await databaseCpu(probe.db)) };
    await probe.close();
    const r = run.json as { sessions: number; invoices: number; totalCents: number; providerBills: number };
    rows.push({
      operation: 'invoice the fiscal year (one request)',
      'median ms': Math.round(run.ms),
      target: '< 30 000',
      note: `${r.sessions} sessions, ${r.invoices} invoices, ${r.providerBills} provider bills, $${(r.totalCents / 100).toFixed(2)}; CPU: server ${(cpu.server / 1000).toFixed(1)} s + PostgreSQL ${(cpu.database / 1000).toFixed(1)} s`,
    });
    // a payment on every invoice (not timed as a target: the reports then read real payments)
    const invoices = (await request(server.url, coord, 'GET', '/api/invoices?kind=invoice&status=issued&pageSize=200'))
      .json as { total: number };
    const t = performance.now();
    let paid = 0;
    for (let page = 1; page <= Math.ceil(invoices.total / 200); page++) {
      const list = (await request(server.url, coord, 'GET', `/api/invoices?kind=invoice&pageSize=200&page=${page}`))
        .json as { items: { id: string; dueCents: number }[] };
      for (const inv of list.items) {
        if (inv.dueCents <= 0) continue;
        await request(server.url, coord, 'POST', `/api/invoices/${inv.id}/payments`, {
          receivedOn: TODAY,
          amountCents: inv.dueCents,
          method: 'transfer',
        });
        paid++;
      }
    }
    rows.push({
      operation: `record ${paid} payments (one request each)`,
      'median ms': Math.round((performance.now() - t) / Math.max(1, paid)),
      target: '—',
      note: 'per payment',
    });
  } else {
    console.log('the fiscal year is already invoiced: its timing is in the first run’s output');
  }

  // 2. reports, each warmed once then timed
  const board = await login(server.url, FINANCE_BENCH_BOARD);
  const member = await login(server.url, FINANCE_BENCH_MEMBER);
  const memberId = member.me.memberId as string;
  const scenarios: Array<[string, Session, string, string]> = [
    ['annual report (coordinator)', coord, `/api/reports/annual?fiscalYearStart=${YEAR}-01-01`, '< 2 000'],
    ['annual report (board)', board, `/api/reports/annual?fiscalYearStart=${YEAR}-01-01`, '< 2 000'],
    ['trial balance', coord, `/api/finance/trial-balance?asOf=${YEAR}-12-31`, '< 2 000'],
    ['one member’s 1 % statement (member contact)', member, `/api/reports/one-percent/${memberId}/${YEAR}`, '< 200'],
    ['one member’s 1 % statement (coordinator)', coord, `/api/reports/one-percent/${memberId}/${YEAR}`, '< 200'],
  ];
  const probe = await openDatabase({ databaseUrl, poolSize: 1 });
  for (const [name, session, path, target] of scenarios) {
    const first = await request(server.url, session, 'GET', path);
    const samples: number[] = [];
    const serverBefore = cpuMs(server.pid);
    const dbBefore = await databaseCpu(probe.db);
    for (let i = 0; i < runs; i++) samples.push((await request(server.url, session, 'GET', path)).ms);
    const cpu = (cpuMs(server.pid) - serverBefore + cpuSpent(dbBefore, await databaseCpu(probe.db))) / runs;
    const j = first.json as {
      activities?: unknown[];
      clientele?: { participants: number };
      rows?: unknown[];
      balanced?: boolean;
      shortfallCents?: number;
      trainingHours?: number;
    };
    const note = j.activities
      ? `${j.activities.length} activities, ${j.clientele?.participants} participants`
      : j.rows
        ? `${j.rows.length} accounts, balanced: ${j.balanced}`
        : `${j.trainingHours} training hours, shortfall $${((j.shortfallCents ?? 0) / 100).toFixed(2)}`;
    rows.push({
      operation: name,
      'median ms': Math.round(median(samples)),
      target,
      note: `${note}; first ${Math.round(first.ms)} ms; CPU ${Math.round(cpu)} ms a request (server + PostgreSQL)`,
    });
  }
  await probe.close();
  const counts = await (async () => {
    const h = await openDatabase({ databaseUrl, poolSize: 1 });
    try {
      return (
        await sql<{ enrolments: number; invoices: number; lines: number; entries: number; journal_lines: number }>`
        select (select count(*) from enrolment where mutual_id = ${mutualId})::int as enrolments,
               (select count(*) from invoice where mutual_id = ${mutualId})::int as invoices,
               (select count(*) from invoice_line where mutual_id = ${mutualId})::int as lines,
               (select count(*) from journal_entry where mutual_id = ${mutualId})::int as entries,
               (select count(*) from journal_line where mutual_id = ${mutualId})::int as journal_lines`.execute(h.db)
      ).rows[0];
    } finally {
      await h.close();
    }
  })();
  console.log(`\nMoney benchmark (${runs} timed runs after one warm-up for each report):`);
  console.table(rows);
  console.log('data:', counts);
  console.log('machine:', describeMachine());
} finally {
  await server.stop();
}
