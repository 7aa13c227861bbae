// The yearly invoicing of the money benchmark run in-process, to see where its time goes: the
// statements it sends (by kind), its wall time, the CPU time of this process and of PostgreSQL's
// backends. The benchmark's mutual is seeded once into a template database; each run invoices a
// fresh copy of it, so runs can be repeated and compared.
//   eval "$(scripts/throwaway-postgres.sh start)" && node --import tsx bench/finance-invoicing.ts [--runs 1]
// It prints one JSON line a run: the run's result, statements by kind, the time from sending each
// kind to its answer (those of a Promise.all overlap), wall time, CPU of Node and of PostgreSQL, load.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { type KyselyPlugin, type RootOperationNode, sql } from 'kysely';
import type { Caller, Deps } from '../apps/server/src/caller.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { FINANCE_BENCH_COORDINATOR, seedFinanceBench } from '../apps/server/src/db/seed/seed-finance-bench.ts';
import { createDeps } from '../apps/server/src/deps.ts';
import { invoiceSessions } from '../apps/server/src/finance/index.ts';
import { requireDatabaseUrl } from './server-process.ts';

const databaseUrl = requireDatabaseUrl('bench/finance-invoicing');
const { values } = parseArgs({
  options: {
    members: { type: 'string', default: '500' },
    sessions: { type: 'string', default: '8000' },
    runs: { type: 'string', default: '1' },
  },
});
const TEMPLATE = 'mutualis_bench_invoicing_template';
const withDatabase = (name: string) => {
  const u = new URL(databaseUrl);
  u.pathname = `/${name}`;
  return u.toString();
};

// the template: migrated, with the benchmark's mutual only
const admin = await openDatabase({ databaseUrl, poolSize: 1 });
const exists = await sql`select 1 from pg_database where datname = ${TEMPLATE}`.execute(admin.db);
if (exists.rows.length === 0) {
  await sql.raw(`create database ${TEMPLATE}`).execute(admin.db);
  const t = await openDatabase({ databaseUrl: withDatabase(TEMPLATE), poolSize: 3 });
  await migrate(t);
  await seedFinanceBench(t.db, {
    members: Number(values.members),
    sessions: Number(values.sessions),
    year: 2026,
    log: console.log,
  });
  await sql`analyze`.execute(t.db);
  await t.close();
}

/** "insert invoice_line", "select enrolment", "update invoice", "raw"… */
function kindOf(node: RootOperationNode): string {
  type Named = { table?: { identifier?: { name?: string } }; node?: Named } | undefined;
  const n = node as unknown as { kind: string; into?: Named; table?: Named; from?: { froms?: Named[] } };
  const name = (t: Named): string => t?.table?.identifier?.name ?? t?.node?.table?.identifier?.name ?? '?';
  if (n.kind === 'InsertQueryNode') return `insert ${name(n.into)}`;
  if (n.kind === 'UpdateQueryNode') return `update ${name(n.table)}`;
  if (n.kind === 'DeleteQueryNode') return `delete ${name(n.from?.froms?.[0])}`;
  if (n.kind === 'SelectQueryNode') return `select ${name(n.from?.froms?.[0])}`;
  return n.kind.replace('Node', '').toLowerCase();
}

function cpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

for (let run = 1; run <= Number(values.runs); run++) {
  const name = `mutualis_bench_invoicing_${run}`;
  await sql.raw(`drop database if exists ${name}`).execute(admin.db);
  await sql.raw(`create database ${name} template ${TEMPLATE}`).execute(admin.db);
  const handle = await openDatabase({ databaseUrl: withDatabase(name), poolSize: 2 });
  try {
    const db = handle.db;
    const user = await db
      .selectFrom('app_user')
      .selectAll()
      .where('email', '=', FINANCE_BENCH_COORDINATOR)
      .executeTakeFirstOrThrow();
    const caller: Caller = {
      userId: user.id,
      sessionId: 'bench',
      email: user.email,
      displayName: user.display_name,
      locale: 'fr',
      role: 'coordinator',
      mutualId: user.mutual_id,
      memberId: null,
      providerId: null,
      csrfToken: 'bench',
    };
    const byKind = new Map<string, number>();
    const msByKind = new Map<string, number>();
    const started = new Map<unknown, { kind: string; at: number }>();
    const counter: KyselyPlugin = {
      transformQuery({ node, queryId }) {
        const n = node as RootOperationNode & { into?: { table: { identifier: { name: string } } } };
        const kind = kindOf(n);
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
        started.set(queryId, { kind, at: performance.now() });
        return node;
      },
      async transformResult({ result, queryId }) {
        const s = started.get(queryId);
        if (s) msByKind.set(s.kind, (msByKind.get(s.kind) ?? 0) + performance.now() - s.at);
        return result;
      },
    };
    const deps: Deps = {
      ...createDeps({
        db: db.withPlugin(counter),
        config: loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://localhost:3000' }),
        now: () => new Date('2027-01-10T15:00:00Z'),
        mailer: null,
      }),
    };
    // the backends that will do the work: the pool's connections, opened beforehand
    await Promise.all([sql`select 1`.execute(db), sql`select 1`.execute(db)]);
    const pids = (
      await sql<{ pid: number }>`select pid from pg_stat_activity where datname = ${name}`.execute(admin.db)
    ).rows.map((r) => r.pid);
    const dbBefore = pids.reduce((s, p) => s + cpuMs(p), 0);
    const cpuBefore = process.cpuUsage();
    const t = performance.now();
    const result = await invoiceSessions(deps, caller, { through: '2026-12-31', issuedOn: '2026-12-31' });
    const wall = performance.now() - t;
    const cpu = process.cpuUsage(cpuBefore);
    const dbCpu = pids.reduce((s, p) => s + cpuMs(p), 0) - dbBefore;
    const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    console.log(
      JSON.stringify({
        run,
        result,
        statements: [...byKind.values()].reduce((s, x) => s + x, 0),
        byKind: Object.fromEntries(byKind),
        // time from sending to answer, by kind (the statements of a Promise.all overlap)
        msByKind: Object.fromEntries([...msByKind].map(([k, ms]) => [k, Math.round(ms)])),
        wallSeconds: +(wall / 1000).toFixed(1),
        nodeCpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(1),
        postgresCpuSeconds: +(dbCpu / 1000).toFixed(1),
        load,
      }),
    );
  } finally {
    await handle.close();
    // KEEP=1 leaves the invoiced copy, e.g. to EXPLAIN ANALYZE its inserts (docs/performance.md)
    if (!process.env.KEEP) await sql.raw(`drop database if exists ${name}`).execute(admin.db);
  }
}
await admin.close();
