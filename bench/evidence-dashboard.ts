// Evidence dashboard benchmark: GET /api/evidence/dashboard (and targeting, participation analysis)
// for one mutual of 500 firms and 20,000 employees with several years of simulated outcomes, on
// PostgreSQL, through the API of a started server: the first (cold) answer and the median of warm
// ones. Seeds that mutual first when it is absent (apps/server/src/db/seed/seed-evidence-bench.ts).
//   eval "$(scripts/throwaway-postgres.sh start)" && node --import tsx bench/evidence-dashboard.ts [--runs 5] [--before <rev>]
// --before <rev>: the same requests first on a server of that commit (a copy beside this tree,
// bench/before.ts) on the same database, then on this tree's: before and after in the same minutes.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import {
  EVIDENCE_BENCH_COORDINATOR,
  EVIDENCE_BENCH_RESEARCHER,
  EVIDENCE_BENCH_SLUG,
  seedEvidenceBench,
} from '../apps/server/src/db/seed/seed-evidence-bench.ts';
import { type Checkout, checkoutBefore } from './before.ts';
import {
  describeMachine,
  login,
  requireDatabaseUrl,
  type ServerProcess,
  type Session,
  startServer,
} from './server-process.ts';

const databaseUrl = requireDatabaseUrl('bench/evidence-dashboard');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    firms: { type: 'string', default: '500' },
    employees: { type: 'string', default: '20000' },
    before: { type: 'string' },
  },
});
const runs = Number(values.runs);
const TARGET_MS = 2000;

let postmasterPid: number | undefined;
let benchMutualId = '';
const handle = await openDatabase({ databaseUrl, poolSize: 5 });
try {
  await migrate(handle);
  const present = await handle.db
    .selectFrom('mutual')
    .select('id')
    .where('slug', '=', EVIDENCE_BENCH_SLUG)
    .executeTakeFirst();
  if (present) console.log(`${EVIDENCE_BENCH_SLUG}: already seeded`);
  else {
    console.log(
      `seeding ${EVIDENCE_BENCH_SLUG}: ${values.firms} firms, ${values.employees} employees and their outcome history…`,
    );
    const r = await seedEvidenceBench(handle.db, {
      firms: Number(values.firms),
      employees: Number(values.employees),
      log: console.log,
    });
    console.log(`seeded in ${r.seconds.toFixed(1)} s`);
  }
  const counts = await handle.db
    .selectFrom('employee')
    .innerJoin('mutual', 'mutual.id', 'employee.mutual_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('mutual.slug', '=', EVIDENCE_BENCH_SLUG)
    .executeTakeFirstOrThrow();
  console.log(`employees of the mutual (current and past): ${Number(counts.n)}`);
  const mutual = await handle.db
    .selectFrom('mutual')
    .select('id')
    .where('slug', '=', EVIDENCE_BENCH_SLUG)
    .executeTakeFirstOrThrow();
  benchMutualId = mutual.id;
  // a data set seeded before researchers became observers: the mutual's own consent to research
  await handle.db
    .insertInto('research_consent')
    .values({ mutual_id: mutual.id, consented: true, decided_on: '2026-01-01' })
    .onConflict((oc) => oc.column('mutual_id').doNothing())
    .execute();
  // the PostgreSQL server's main process (parent of this connection's backend): its children's CPU is the database's
  const backend = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
  postmasterPid = parentOf(backend.rows[0]?.pid);
} finally {
  await handle.close();
}

/** utime + stime of a process, in ms (Linux /proc; 0 when unreadable). */
function cpuOf(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 1/100 s
  } catch {
    return 0;
  }
}

function parentOf(pid: number | undefined): number | undefined {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** CPU time of the database so far, in ms: every process of the PostgreSQL server (its backends and workers), when it runs on this machine. */
function databaseCpuMs(): number {
  if (!postmasterPid) return 0;
  let total = cpuOf(postmasterPid);
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^[0-9]+$/.test(entry)) continue;
    const pid = Number(entry);
    if (parentOf(pid) === postmasterPid) total += cpuOf(pid);
  }
  return total;
}

/** The server process's CPU time so far, in ms (Linux /proc; 0 elsewhere): with the database's, what a request costs on an idle machine. */
const serverCpuMs = cpuOf;

async function time(server: ServerProcess, session: Session, path: string) {
  const cpu = serverCpuMs(server.pid);
  const dbCpu = databaseCpuMs();
  const t = performance.now();
  const res = await fetch(`${server.url}${path}`, { headers: { cookie: session.cookie, accept: 'application/json' } });
  const text = await res.text();
  const ms = performance.now() - t;
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${text.slice(0, 300)}`);
  return {
    ms,
    cpuMs: serverCpuMs(server.pid) - cpu,
    dbCpuMs: databaseCpuMs() - dbCpu,
    bytes: text.length,
    json: JSON.parse(text) as Record<string, unknown>,
  };
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Starts the server of `tree` (this one by default), times every request, stops it. */
async function measure(label: string, tree?: Checkout) {
  const server = await startServer(tree ? { cwd: tree.root } : {});
  // a user opens the dashboard some time after the start: the engine's warm-up (3 s after it) is done
  await new Promise((r) => setTimeout(r, 6000));
  try {
    const rows: Array<Record<string, string | number>> = [];
    for (const [who, email] of [
      ['coordinator', EVIDENCE_BENCH_COORDINATOR],
      ['researcher (consenting firms)', EVIDENCE_BENCH_RESEARCHER],
    ] as const) {
      const session = await login(server.url, email);
      // a researcher observes mutuals and names the one it reads (decision 34)
      const query = who === 'coordinator' ? '' : `?mutualId=${benchMutualId}`;
      for (const path of ['/api/evidence/dashboard', '/api/targeting', '/api/participation/analysis'].map(
        (p) => `${p}${query}`,
      )) {
        const cold = await time(server, session, path);
        const samples: number[] = [];
        const cpus: number[] = [];
        const dbCpus: number[] = [];
        for (let i = 0; i < runs; i++) {
          const r = await time(server, session, path);
          samples.push(r.ms);
          cpus.push(r.cpuMs);
          dbCpus.push(r.dbCpuMs);
        }
        for (const list of [samples, cpus, dbCpus]) list.sort((a, b) => a - b);
        const cohort = (cold.json.cohort ?? {}) as { trained?: number; comparison?: number };
        rows.push({
          code: label,
          caller: who,
          request: path.split('?')[0],
          'first ms': Math.round(cold.ms),
          'first, server CPU ms': Math.round(cold.cpuMs),
          'first, database CPU ms': Math.round(cold.dbCpuMs),
          'median ms': Math.round(pct(samples, 50)),
          'median, server CPU ms': Math.round(pct(cpus, 50)),
          'median, database CPU ms': Math.round(pct(dbCpus, 50)),
          'max ms': Math.round(samples[samples.length - 1]),
          KiB: Math.round(cold.bytes / 1024),
          answer: cohort.trained ? `${cohort.trained} trained, ${cohort.comparison} compared` : '',
        });
      }
    }
    return rows;
  } finally {
    await server.stop();
  }
}

const before = values.before ? checkoutBefore(values.before) : null;
try {
  const rows = [...(before ? await measure(`before (${before.rev})`, before) : []), ...(await measure('this tree'))];
  console.log(
    `\nEvidence pages of a mutual of ${values.firms} firms and ${values.employees} employees, first answer then ${runs} timed runs:`,
  );
  console.table(rows);
  const dashboards = rows.filter((r) => r.request === '/api/evidence/dashboard' && r.code === 'this tree');
  const worst = Math.max(...dashboards.map((r) => Number(r['first ms'])));
  const worstCpu = Math.max(
    ...dashboards.map((r) => Number(r['first, server CPU ms']) + Number(r['first, database CPU ms'])),
  );
  console.log(
    `target: the evidence dashboard under ${TARGET_MS} ms, first answer included: ${worst < TARGET_MS ? 'met' : 'NOT met'} on wall time (worst first answer ${worst} ms); ${worstCpu < TARGET_MS ? 'met' : 'NOT met'} on CPU time, server and database (${worstCpu} ms: about the wall time on an idle machine, an upper bound as the database's queries may run side by side); later answers take the engine's answer from the cache while the mutual's data version is the same (decision 70)`,
  );
  console.log('machine:', describeMachine());
} finally {
  before?.remove();
}
