// Every paged list of the API on the large seed (issue #14: "every list endpoint … at 10 connections
// p99 < 30 ms"). The lists are read from the contracts' endpoint map (every GET answering
// { items, total, page, pageSize }), so a new list is measured without being named here; each is
// asked as every benchmark user that may read it (coordinators of the biggest benchmark mutual, of the
// money benchmark's and of the demand board's; that mutual's member contact and board; the funder,
// the researcher and the platform administrator), page 1 of 50, path parameters filled from other
// lists' first items and a required year set to --year.
//   DATABASE_URL=… npm run seed -- --scale large && node --import tsx bench/lists.ts
//     [--runs 15] [--connections 10] [--duration 3] [--only <parts of paths, comma-separated>] [--before <rev>]
//     [--bundle] [--node <binary>] [--node-args "<options of the server's node>"]
// For each list: the median time of --runs requests one at a time (after 3 not counted), then, for
// --duration seconds after a second not counted, --connections requests at once (autocannon): requests
// per second and p99. With --before <rev>, that commit's server runs on the same database beside this
// tree's and each list is timed on both, one request each in turn, then put under the same load on
// both, one after the other (which first alternates from list to list), so that both are measured in
// the same minutes.
import { parseArgs } from 'node:util';
import * as contracts from '@mutualis/contracts';
import autocannon from 'autocannon';
import { checkoutBefore } from './before.ts';
import {
  buildBundle,
  describeMachine,
  login,
  requireDatabaseUrl,
  type ServerProcess,
  type Session,
  startServer,
} from './server-process.ts';

requireDatabaseUrl('bench/lists');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    connections: { type: 'string', default: '10' },
    duration: { type: 'string', default: '3' },
    only: { type: 'string', default: '' },
    year: { type: 'string', default: '2026' },
    before: { type: 'string' },
    bundle: { type: 'boolean', default: false },
    node: { type: 'string' },
    'node-args': { type: 'string', default: '' },
  },
});
const runs = Number(values.runs);
const connections = Number(values.connections);
const duration = Number(values.duration);

const USERS = [
  'coordination@bench-001.demo',
  'coordination@bench-finance.demo',
  'coordination@bench-demand.demo',
  'rh@bench-finance.demo',
  'ca@bench-finance.demo',
  'bailleur@bench.demo',
  'recherche@universite.demo',
  'admin@mutualis.demo',
];

interface List {
  name: string;
  path: string;
}

/** The paged lists of the endpoint map: GET endpoints whose answer is the paged envelope. */
function pagedLists(): List[] {
  const lists: List[] = [];
  for (const [group, endpoints] of Object.entries(contracts)) {
    if (!endpoints || typeof endpoints !== 'object') continue;
    for (const [name, e] of Object.entries(endpoints as Record<string, unknown>)) {
      const endpoint = e as { method?: string; path?: unknown; response?: { shape?: Record<string, unknown> } };
      if (endpoint?.method !== 'get' || typeof endpoint.path !== 'string') continue;
      const shape = endpoint.response?.shape;
      if (shape?.items && shape.total && shape.page) lists.push({ name: `${group}.${name}`, path: endpoint.path });
    }
  }
  const only = values.only.split(',').filter(Boolean);
  return lists.filter((l) => only.length === 0 || only.some((part) => l.path.includes(part)));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timed(server: ServerProcess, session: Session, path: string) {
  const started = performance.now();
  const res = await fetch(`${server.url}${path}`, { headers: { cookie: session.cookie, accept: 'application/json' } });
  const text = await res.text();
  return { ms: performance.now() - started, status: res.status, text };
}

/** Ids to put in paths, from the first item of a few lists, per user. */
async function pathIds(server: ServerProcess, session: Session): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [param, path] of [
    ['memberId', '/api/members?pageSize=1'],
    ['sessionId', '/api/sessions?pageSize=1'],
    ['employeeId', '/api/employees?pageSize=1'],
    ['courseId', '/api/courses?pageSize=1'],
    ['accountId', '/api/finance/accounts?pageSize=1'],
    ['runId', '/api/pooling/runs?pageSize=1'],
  ]) {
    const res = await timed(server, session, path);
    if (res.status !== 200) continue;
    const first = (JSON.parse(res.text) as { items?: { id?: string }[] }).items?.[0];
    if (first?.id) ids[param] = first.id;
  }
  return ids;
}

interface Row {
  list: string;
  user: string;
  path: string;
  total: number;
  medianMs: number;
  beforeMs?: number;
  rps?: number;
  p99?: number;
  non2xx?: number;
  beforeRps?: number;
  beforeP99?: number;
  beforeNon2xx?: number;
}

const before = values.before ? checkoutBefore(values.before) : null;
if (values.bundle) {
  buildBundle();
  if (before) buildBundle(before.root);
}
const node = values.node;
// --node-args: options for this commit's server's node (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof")
const nodeArgs = values['node-args'].split(' ').filter(Boolean);
const server = await startServer({ node, bundle: values.bundle, nodeArgs });
const beforeServer = before ? await startServer({ cwd: before.root, node, bundle: values.bundle }) : null;
const rows: Row[] = [];
try {
  const lists = pagedLists();
  console.log(`bench/lists: ${lists.length} paged lists, ${USERS.length} users`);
  for (const user of USERS) {
    const session = await login(server.url, user);
    const beforeSession = beforeServer ? await login(beforeServer.url, user) : null;
    const ids = await pathIds(server, session);
    for (const list of lists) {
      const filled = list.path.replace(/\{(\w+)\}/g, (whole, p: string) => ids[p] ?? whole);
      if (filled.includes('{')) continue;
      let path = `${filled}?pageSize=50`;
      let first = await timed(server, session, path);
      if (first.status === 400) {
        // a list that needs a year or a firm (a coordinator's view of one firm) gets them
        const fields = ((JSON.parse(first.text) as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field);
        if (fields.includes('year') || fields.includes('query.year')) path += `&year=${values.year}`;
        if ((fields.includes('memberId') || fields.includes('query.memberId')) && ids.memberId)
          path += `&memberId=${ids.memberId}`;
        first = await timed(server, session, path);
      }
      if (first.status === 403 || first.status === 404) continue; // not this user's list
      if (first.status !== 200) {
        console.log(`  ${path} as ${user}: ${first.status}, not measured (${first.text.slice(0, 200)})`);
        continue;
      }
      const total = (JSON.parse(first.text) as { total: number }).total;
      const after: number[] = [];
      const was: number[] = [];
      for (let i = 0; i < runs + 3; i++) {
        const a = await timed(server, session, path);
        if (i >= 3) after.push(a.ms);
        if (beforeServer && beforeSession) {
          const b = await timed(beforeServer, beforeSession, path);
          if (i >= 3) was.push(b.ms);
        }
      }
      const row: Row = {
        list: list.name,
        user,
        path: path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}'),
        total,
        medianMs: median(after),
      };
      if (was.length) row.beforeMs = median(was);
      if (duration > 0) {
        const underLoad = async (url: string, cookie: string) => {
          const load = { url: `${url}${path}`, headers: { cookie, accept: 'application/json' } };
          await autocannon({ ...load, connections, duration: 1 }); // warm-up (the pool's connections, the JIT), not counted
          return autocannon({ ...load, connections, duration });
        };
        // with --before, both servers under the same load one after the other, which first alternating
        // from list to list, so that neither always meets the machine's state the other left
        const beforeFirst = rows.length % 2 === 1;
        const then =
          beforeServer && beforeSession && beforeFirst ? await underLoad(beforeServer.url, beforeSession.cookie) : null;
        const r = await underLoad(server.url, session.cookie);
        row.rps = r.requests.average;
        row.p99 = r.latency.p99;
        // an answer other than 200 under load (503 busy_try_again from the admission control) is counted, not hidden
        row.non2xx = r.non2xx;
        const b =
          then ?? (beforeServer && beforeSession ? await underLoad(beforeServer.url, beforeSession.cookie) : null);
        if (b) {
          row.beforeRps = b.requests.average;
          row.beforeP99 = b.latency.p99;
          row.beforeNon2xx = b.non2xx;
        }
      }
      rows.push(row);
      console.log(
        `  ${row.path} as ${user}: total ${total}, median ${row.medianMs.toFixed(1)} ms` +
          (row.beforeMs !== undefined ? ` (before ${row.beforeMs.toFixed(1)} ms)` : '') +
          (row.p99 !== undefined ? `, ${connections} at once: ${row.rps} req/s, p99 ${row.p99} ms` : '') +
          (row.beforeP99 !== undefined ? ` (before ${row.beforeRps} req/s, p99 ${row.beforeP99} ms)` : '') +
          (row.non2xx ? `, ${row.non2xx} answers not 2xx` : '') +
          (row.beforeNon2xx ? `, ${row.beforeNon2xx} not 2xx before` : ''),
      );
    }
  }
} finally {
  await server.stop();
  await beforeServer?.stop();
  before?.remove();
}

rows.sort((a, b) => b.medianMs - a.medianMs);
console.log(`\nmachine: ${JSON.stringify(describeMachine())}`);
const head = ['List', 'As', 'Path', 'Total', 'Median, one at a time'];
if (before) head.push(`Before ${before.rev}`);
if (duration > 0) head.push(`Requests/s at ${connections}`, `p99 at ${connections}`);
if (before && duration > 0) head.push(`Before: requests/s at ${connections}`, `Before: p99 at ${connections}`);
console.log(`| ${head.join(' | ')} |\n| ${head.map((_, i) => (i < 3 ? '---' : '---:')).join(' | ')} |`);
for (const r of rows) {
  const cells = [r.list, r.user, `\`${r.path}\``, String(r.total), `${r.medianMs.toFixed(1)} ms`];
  if (before) cells.push(`${r.beforeMs?.toFixed(1)} ms`);
  if (duration > 0) cells.push(String(r.rps), `${r.p99} ms${r.non2xx ? ` (${r.non2xx} not 2xx)` : ''}`);
  if (before && duration > 0)
    cells.push(String(r.beforeRps), `${r.beforeP99} ms${r.beforeNon2xx ? ` (${r.beforeNon2xx} not 2xx)` : ''}`);
  console.log(`| ${cells.join(' | ')} |`);
}
const over = rows.filter((r) => r.p99 !== undefined && r.p99 >= 30);
if (duration > 0)
  console.log(
    `\n${rows.length - over.length} of ${rows.length} lists answer with p99 < 30 ms at ${connections} connections` +
      (over.length ? `; over: ${over.map((r) => `${r.path} as ${r.user} (${r.p99} ms)`).join(', ')}` : ''),
  );
if (before && duration > 0)
  console.log(
    `before (${before.rev}, measured in the same minutes): ${rows.filter((r) => r.beforeP99 !== undefined && r.beforeP99 < 30).length} of ${rows.length} with p99 < 30 ms`,
  );
