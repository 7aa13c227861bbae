// API benchmark: member and employee list pages of the biggest benchmark mutual, 200 concurrent
// connections for 20 s each (autocannon), on PostgreSQL with the large seed.
//   DATABASE_URL=… npm run seed -- --scale large && node --import tsx bench/api.ts [--duration 20] [--connections 200]
// --instances 1,2 runs every scenario on one instance, then on two instances of the server on the same
// database (the connections split evenly between them, as a load balancer would), side by side in one
// run; --scenarios members,employees keeps the scenarios whose name starts with one of the words.
// --before <rev> also starts that commit's server (one instance) on the same database and runs every
// scenario on it right before this tree's, so both are measured in the same minutes. Each row gives
// the server processes' CPU time per answer (all their threads, from /proc): what a request costs
// whatever the machine's load; with PG_DIR set to a local throw-away cluster's folder
// (scripts/throwaway-postgres.sh), also PostgreSQL's CPU time per answer (all its processes), and the
// load generator's (this process: autocannon shares the cores too).
// --node <binary> runs the servers on another Node.js (e.g. 24, the Docker image's, while the machine
// has 20); --before-node <binary> runs the "before" server on another one: without --before, it is this
// tree on that Node.js, so that two runtimes are compared in the same minutes. --bundle runs the
// servers as the Docker image and `npm start` do, from the built bundle without tsx (built first).
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { checkoutBefore } from './before.ts';
import {
  BIG_MUTUAL_COORDINATOR,
  buildBundle,
  describeMachine,
  login,
  nodeVersion,
  requireDatabaseUrl,
  type ServerProcess,
  startServer,
} from './server-process.ts';

requireDatabaseUrl('bench/api');
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '200' },
    instances: { type: 'string', default: '1' },
    scenarios: { type: 'string', default: '' },
    before: { type: 'string' },
    node: { type: 'string' },
    'before-node': { type: 'string' },
    bundle: { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const instanceCounts = values.instances.split(',').map(Number);
if (instanceCounts.some((n) => !Number.isInteger(n) || n < 1 || n > connections))
  throw new Error(`--instances: whole numbers from 1 to the connections, e.g. 1,2 (got ${values.instances})`);
const keep = values.scenarios
  .split(',')
  .map((w) => w.trim())
  .filter(Boolean);

type AutocannonResult = Awaited<ReturnType<typeof autocannon>>;

interface Scenario {
  name: string;
  path: string;
}

interface Figures {
  code: string;
  instances: number;
  name: string;
  path: string;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  cpuMsPerAnswer: number;
  postgresCpuMsPerAnswer: number;
  /** This process's CPU (autocannon, the load generator) per answer: it shares the cores too. */
  loadCpuMsPerAnswer: number;
}

/** CPU time (user + system, all threads) the process has used, in milliseconds. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
}

/**
 * CPU time used by the local PostgreSQL under PG_DIR, in milliseconds: the postmaster with its
 * reaped children (cutime, cstime) plus every live child (backends, checkpointer…); NaN without PG_DIR.
 */
function postgresCpuMs(): number {
  const pidFile = process.env.PG_DIR ? `${process.env.PG_DIR}/data/postmaster.pid` : '';
  if (!pidFile || !fs.existsSync(pidFile)) return Number.NaN;
  const postmaster = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  const stat = (pid: string | number) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const main = stat(postmaster);
  let ticks = Number(main[11]) + Number(main[12]) + Number(main[13]) + Number(main[14]);
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const fields = stat(pid);
      if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks * 10;
}

/** One scenario on the given instances at once, the connections split between them; p-values are the worst instance's. */
async function load(code: string, servers: ServerProcess[], cookie: string, scenario: Scenario): Promise<Figures> {
  const urls = servers.map((s) => s.url);
  const share = (i: number) => Math.floor(connections / urls.length) + (i < connections % urls.length ? 1 : 0);
  const run = (seconds: number) =>
    Promise.all(
      urls.map((url, i) =>
        autocannon({
          url: `${url}${scenario.path}`,
          connections: share(i),
          headers: { cookie, accept: 'application/json' },
          duration: seconds,
        }),
      ),
    );
  await run(3); // warm-up (JIT, connection pool), not counted
  const cpuFrom = servers.map((s) => cpuMs(s.pid));
  const postgresFrom = postgresCpuMs();
  const loadFrom = process.cpuUsage();
  const results = await run(duration);
  const loadUsage = process.cpuUsage(loadFrom);
  const cpuUsed = servers.reduce((t, s, i) => t + cpuMs(s.pid) - cpuFrom[i], 0);
  const postgresUsed = postgresCpuMs() - postgresFrom;
  const worst = (pick: (r: AutocannonResult) => number) => Math.max(...results.map(pick));
  const sum = (pick: (r: AutocannonResult) => number) => results.reduce((t, r) => t + pick(r), 0);
  const requests = sum((r) => r.requests.total);
  return {
    code,
    instances: urls.length,
    name: scenario.name,
    path: scenario.path,
    requests,
    rps: sum((r) => r.requests.average),
    p50: worst((r) => r.latency.p50),
    p90: worst((r) => r.latency.p90),
    p99: worst((r) => r.latency.p99),
    max: worst((r) => r.latency.max),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors + r.timeouts),
    cpuMsPerAnswer: requests ? cpuUsed / requests : Number.NaN,
    postgresCpuMsPerAnswer: requests ? postgresUsed / requests : Number.NaN,
    loadCpuMsPerAnswer: requests ? (loadUsage.user + loadUsage.system) / 1000 / requests : Number.NaN,
  };
}

const before = values.before ? checkoutBefore(values.before) : null;
const node = values.node ?? process.execPath;
const beforeNode = values['before-node'] ?? node;
const compared = before !== null || values['before-node'] !== undefined;
// the Node.js version is named when the servers run on another one, or when runtimes are compared
const label = (what: string, binary: string) =>
  binary === process.execPath && values['before-node'] === undefined ? what : `${what}, Node ${nodeVersion(binary)}`;
const afterCode = label(before ? 'after' : 'this tree', node);
const beforeCode = label(before ? `before ${before.rev}` : 'this tree', beforeNode);
// The server compiles the evidence engine 3 s after it starts (evidence/warm-up.ts), on its main
// thread: a server is measured from 5 s after its start, so that this one-off is not in a scenario.
const settled: Promise<void>[] = [];
const start = async (options?: Parameters<typeof startServer>[0]) => {
  const started = await startServer(options);
  settled.push(new Promise((resolve) => setTimeout(resolve, 5000)));
  return started;
};
const bundle = values.bundle;
if (bundle) {
  buildBundle();
  if (before) buildBundle(before.root);
}
const servers = [await start({ node, bundle })];
const server = servers[0];
const beforeServer = compared ? await start({ cwd: before?.root, node: beforeNode, bundle }) : null;
try {
  const coordinator = await login(server.url, BIG_MUTUAL_COORDINATOR);
  const get = async <T>(path: string) => {
    const res = await fetch(`${server.url}${path}`, { headers: { cookie: coordinator.cookie } });
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const members = await get<{ total: number; items: { id: string; legalName: string; headcount: number }[] }>(
    '/api/members?pageSize=1&sort=headcount&order=desc',
  );
  const biggest = members.items[0];
  const employees = await get<{ total: number }>('/api/employees?pageSize=1');
  console.log(
    `bench/api: ${BIG_MUTUAL_COORDINATOR}'s mutual has ${members.total} members and ${employees.total} current employees; ` +
      `biggest firm ${biggest.legalName} (${biggest.headcount} employees). ${connections} connections, ${duration} s per scenario.`,
  );
  const scenarios: Scenario[] = [
    { name: 'members, page 1 (50, by name)', path: '/api/members?page=1&pageSize=50' },
    { name: 'members, page 10', path: '/api/members?page=10&pageSize=50' },
    { name: 'members, search "metal"', path: '/api/members?search=metal&pageSize=50' },
    { name: 'employees of the mutual, page 1', path: '/api/employees?page=1&pageSize=50' },
    { name: 'employees of the mutual, search "tremblay"', path: '/api/employees?search=tremblay&pageSize=50' },
    { name: 'employees of one firm, page 1', path: `/api/members/${biggest.id}/employees?page=1&pageSize=50` },
  ];
  const chosen = keep.length ? scenarios.filter((sc) => keep.some((w) => sc.name.startsWith(w))) : scenarios;
  if (chosen.length === 0) throw new Error(`--scenarios ${values.scenarios}: no scenario starts with these words`);
  const figures: Figures[] = [];
  const report = (f: Figures) =>
    console.log(
      `  ${f.code} ${f.name}: ${f.rps.toFixed(0)} req/s, p50 ${f.p50} ms, p90 ${f.p90} ms, p99 ${f.p99} ms, max ${f.max} ms, ` +
        `server CPU ${f.cpuMsPerAnswer.toFixed(2)} ms/answer, PostgreSQL CPU ${f.postgresCpuMsPerAnswer.toFixed(2)} ms/answer, ` +
        `load generator CPU ${f.loadCpuMsPerAnswer.toFixed(2)} ms/answer` +
        (f.non2xx || f.errors ? `, ${f.non2xx} non-2xx, ${f.errors} errors` : ''),
    );
  const beforeCookie = beforeServer ? (await login(beforeServer.url, BIG_MUTUAL_COORDINATOR)).cookie : '';
  for (const count of instanceCounts) {
    while (servers.length < count) servers.push(await start({ node, bundle }));
    await Promise.all(settled);
    console.log(`\n${count} instance(s):`);
    for (const scenario of chosen) {
      await get(scenario.path); // fail early on a bad path
      if (beforeServer && count === 1) {
        const b = await load(beforeCode, [beforeServer], beforeCookie, scenario);
        figures.push(b);
        report(b);
      }
      const f = await load(afterCode, servers.slice(0, count), coordinator.cookie, scenario);
      figures.push(f);
      report(f);
    }
  }
  const machine = {
    ...describeMachine(),
    "servers' Node.js": [...new Set([node, beforeNode])].map((n) => nodeVersion(n)).join(', '),
  };
  console.log('\nmachine:', JSON.stringify(machine));
  console.log(`\n${connections} connections, ${duration} s per scenario:`);
  console.log(
    '| Code | Instances | Scenario | Requests/s | p50 | p90 | p99 | max | non-2xx | server CPU/answer | PostgreSQL CPU/answer | load generator CPU/answer |',
  );
  console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const f of figures) {
    console.log(
      `| ${f.code} | ${f.instances} | ${f.name} | ${f.rps.toFixed(0)} | ${f.p50} ms | ${f.p90} ms | ${f.p99} ms | ${f.max} ms | ${f.non2xx + f.errors} | ${f.cpuMsPerAnswer.toFixed(2)} ms | ${f.postgresCpuMsPerAnswer.toFixed(2)} ms | ${f.loadCpuMsPerAnswer.toFixed(2)} ms |`,
    );
  }
} finally {
  for (const s of servers) await s.stop();
  await beforeServer?.stop();
  before?.remove();
}
