// Fair service on the embedded database (issue #15): the members and employees lists of the demo
// coordinator, on PGlite with the demo data (what `npm start` gives a new mutual), at 10 and at 200
// connections, for this tree ("after") and, in the same run, an earlier commit ("before", default the
// commit before issue #15). Runs alternate before/after so a change in the machine's load hits both.
//   node --import tsx bench/fair-service.ts [--duration 15] [--before 0ffd782] [--no-before] [--only after]
// Targets (printed PASS/FAIL, exit status 1 on a FAIL): at 10 connections p99 < 50 ms; at 200
// connections no answer slower than 2 s, no timeout, and at least the before's successful requests/s.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { BEFORE_REV, checkoutBefore } from './before.ts';
import { describeMachine, login, type ServerProcess, startServer } from './server-process.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    before: { type: 'string', default: BEFORE_REV },
    'no-before': { type: 'boolean', default: false },
    connections: { type: 'string', default: '10,200' },
  },
});
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const connectionCounts = values.connections.split(',').map(Number);
const COORDINATOR = 'coordination@lanaudiere.demo';
// what a browser sends: the "after" server compresses, the "before" one ignores it
const ACCEPT = { accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' };

interface Figures {
  /** CPU time of the server process (all its threads) per answer: what the figures cost, whatever the load. */
  cpuMsPerAnswer: number;
  requests: number;
  ok: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  over2s: number;
  busy503: number;
  otherNon2xx: number;
  timeouts: number;
  errors: number;
  bytesPerAnswer: number;
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execSync('getconf CLK_TCK', { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU milliseconds a process has used so far (Linux). */
function cpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
}

async function load(url: string, cookie: string, connections: number, seconds: number, pid: number): Promise<Figures> {
  const cpuBefore = cpuMs(pid);
  const latencies: number[] = [];
  let busy503 = 0;
  let otherNon2xx = 0;
  let bytes = 0;
  const instance = autocannon({ url, connections, duration: seconds, headers: { ...ACCEPT, cookie }, timeout: 10 });
  instance.on('response', (_client: unknown, status: number, resBytes: number, ms: number) => {
    latencies.push(ms);
    bytes += resBytes;
    if (status === 503) busy503++;
    else if (status < 200 || status >= 300) otherNon2xx++;
  });
  const result = await instance;
  const cpuUsed = cpuMs(pid) - cpuBefore;
  latencies.sort((a, b) => a - b);
  const ok = latencies.length - busy503 - otherNon2xx;
  return {
    cpuMsPerAnswer: latencies.length ? cpuUsed / latencies.length : Number.NaN,
    requests: latencies.length + result.timeouts,
    ok,
    rps: ok / result.duration,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: Math.round(Math.max(latencies.at(-1) ?? 0, result.timeouts > 0 ? 10_000 : 0)),
    over2s: latencies.filter((l) => l > 2000).length + result.timeouts,
    busy503,
    otherNon2xx,
    timeouts: result.timeouts,
    errors: result.errors - result.timeouts,
    bytesPerAnswer: latencies.length ? bytes / latencies.length : 0,
  };
}

/**
 * Waits until no server is still working off an earlier run (the before server keeps running the
 * queries of requests whose clients gave up, for a while after a run at 200 connections): each uses
 * under 3 % of a core for a second. Without this, its leftover work ran during the next side's run.
 */
async function settle(pids: number[], maxSeconds = 120): Promise<number> {
  const started = performance.now();
  for (;;) {
    const from = pids.map(cpuMs);
    await new Promise((r) => setTimeout(r, 1000));
    const busiest = Math.max(...pids.map((pid, i) => cpuMs(pid) - from[i]));
    if (!(busiest > 30) || performance.now() - started > maxSeconds * 1000) return (performance.now() - started) / 1000;
  }
}

interface Side {
  name: 'before' | 'after';
  server: ServerProcess;
  cookie: string;
  paths: { members: string; employees: string };
  dataDir: string;
}

async function startSide(name: Side['name'], cwd: string | undefined): Promise<Side> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `mutualis-fair-${name}-`));
  const server = await startServer({
    cwd,
    env: { DATABASE_URL: '', DATA_DIR: dataDir, SEED_DEMO: 'true' },
    timeoutMs: 600_000,
  });
  const session = await login(server.url, COORDINATOR);
  const paths = { members: '/api/members?page=1&pageSize=50', employees: '/api/employees?page=1&pageSize=50' };
  for (const p of Object.values(paths)) {
    const res = await fetch(`${server.url}${p}`, { headers: { cookie: session.cookie } });
    if (!res.ok) throw new Error(`${name}: GET ${p} answered ${res.status}`);
  }
  console.log(
    `${name}: started in ${(server.startMs / 1000).toFixed(1)} s (first start, demo seed), pid ${server.pid}`,
  );
  return { name, server, cookie: session.cookie, paths, dataDir };
}

const before = values['no-before'] ? null : checkoutBefore(values.before);
const sides: Side[] = [];
const rows: { list: string; connections: number; side: string; f: Figures }[] = [];
try {
  if (before) sides.push(await startSide('before', before.root));
  sides.push(await startSide('after', undefined));
  console.log(
    `bench/fair-service: ${COORDINATOR} (demo data), ${duration} s per run after a ${warmup} s warm-up, ` +
      `before = ${before ? before.rev : '(not run)'}; load average now ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}`,
  );
  for (const list of ['members', 'employees'] as const) {
    for (const connections of connectionCounts) {
      for (const side of sides) {
        const url = `${side.server.url}${side.paths[list]}`;
        const settled = await settle(sides.map((s) => s.server.pid));
        if (settled > 2) console.log(`  (waited ${settled.toFixed(0)} s for the servers to finish earlier work)`);
        if (warmup > 0) await load(url, side.cookie, connections, warmup, side.server.pid);
        const f = await load(url, side.cookie, connections, duration, side.server.pid);
        rows.push({ list, connections, side: side.name, f });
        console.log(
          `  ${list}, ${connections} connections, ${side.name}: ${f.rps.toFixed(0)} ok/s, p50 ${f.p50} ms, p99 ${f.p99} ms, ` +
            `max ${f.max} ms, >2 s ${f.over2s}, 503 ${f.busy503}, timeouts ${f.timeouts}, ${Math.round(f.bytesPerAnswer)} B/answer, ` +
            `server CPU ${f.cpuMsPerAnswer.toFixed(2)} ms/answer ` +
            `(load ${os.loadavg()[0].toFixed(1)})`,
        );
      }
    }
  }
} finally {
  for (const side of sides) {
    await side.server.stop();
    fs.rmSync(side.dataDir, { recursive: true, force: true });
  }
  before?.remove();
}

console.log('\nmachine:', JSON.stringify(describeMachine()));
console.log(
  '\n| List | Connections | Code | Requests | OK/s | p50 | p90 | p99 | max | > 2 s | 503 | timeouts | bytes/answer | server CPU/answer |',
);
console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { list, connections, side, f } of rows) {
  console.log(
    `| ${list} | ${connections} | ${side} | ${f.requests} | ${f.rps.toFixed(0)} | ${f.p50} ms | ${f.p90} ms | ${f.p99} ms | ${f.max} ms | ${f.over2s} | ${f.busy503} | ${f.timeouts} | ${Math.round(f.bytesPerAnswer)} | ${f.cpuMsPerAnswer.toFixed(2)} ms |`,
  );
}

// Targets, on the "after" rows.
let failed = 0;
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`);
  if (!ok) failed++;
};
console.log('');
for (const { list, connections, side, f } of rows) {
  if (side !== 'after') continue;
  if (connections <= 10) check(f.p99 < 50, `${list}, ${connections} connections: p99 ${f.p99} ms < 50 ms`);
  else {
    check(
      f.over2s === 0 && f.timeouts === 0,
      `${list}, ${connections} connections: no answer over 2 s (${f.over2s}) and no timeout (${f.timeouts})`,
    );
    const old = rows.find((r) => r.list === list && r.connections === connections && r.side === 'before');
    if (old)
      check(
        f.rps >= old.f.rps,
        `${list}, ${connections} connections: ${f.rps.toFixed(0)} ok/s ≥ before's ${old.f.rps.toFixed(0)}`,
      );
  }
}
console.log(
  `load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (figures taken at a load above ~2 on 2 cores are not the machine's; re-run idle)`,
);
process.exit(failed > 0 ? 1 : 0);
