// Start (issue #15): `npm start` timed from the command to the first 200 of /api/health, on an empty
// data folder (first start: the database is created, migrated and the demo seeded) and again on the
// same folder (restart), for this tree ("after") and, in the same run, an earlier commit ("before",
// default the commit before issue #15, whose `npm start` rebuilt the web app every time). Runs
// alternate before/after so a change in the machine's load hits both; the medians are compared.
//   node --import tsx bench/start.ts [--runs 3] [--before 0ffd782] [--no-before]
// The "after" web app and server bundle are built once before the timed runs (a start then finds them
// current, as every start after the first does); those builds are timed and printed apart.
// Targets (PASS/FAIL, exit status 1 on a FAIL), on "after" medians: first start < 10 s, restart < 3 s.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BEFORE_REV, checkoutBefore } from './before.ts';
import { describeMachine, root } from './server-process.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    before: { type: 'string', default: BEFORE_REV },
    'no-before': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Timing {
  ms: number;
  steps: string;
  /** CPU time of the server process until ready (sum of its logged steps; "after" only): what the machine's load does not change much. */
  cpuMs: number;
}

/** `npm start` in `tree` on `dataDir`; resolves with the time to a 200 of /api/health, then stops it. */
async function timeStart(tree: string, dataDir: string): Promise<Timing> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    cwd: tree,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      NODE_ENV: 'production',
      SESSION_SECRET: 'benchmark-session-secret-not-for-production-use',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: npm, its shell and the server are stopped together
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let ms = 0;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output}`);
      try {
        if ((await fetch(`${url}/api/health`)).ok) {
          ms = performance.now() - started;
          break;
        }
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 600_000)
        throw new Error(`no answer from /api/health in 10 minutes:\n${output}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    // the server logs its steps as it starts listening: let the line arrive before stopping it
    for (let i = 0; i < 40 && !/ready .*$/m.test(output); i++) await new Promise((r) => setTimeout(r, 25));
  } finally {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 15_000);
      await exited;
      clearTimeout(timer);
      // the server removes its lock as it stops; wait for it so the next start finds the folder free
      for (let i = 0; i < 200 && fs.existsSync(path.join(dataDir, 'mutualis.lock')); i++)
        await new Promise((r) => setTimeout(r, 50));
    }
  }
  const steps = /ready .*$/m.exec(output)?.[0] ?? '';
  const cpuMs = [...steps.matchAll(/CPU (\d+) ms/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  return { ms, steps, cpuMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const before = values['no-before'] ? null : checkoutBefore(values.before);
const sides = [
  ...(before ? [{ name: `before (${before.rev})`, tree: before.root }] : []),
  { name: 'after', tree: root },
];
const results = new Map<string, { first: Timing[]; restart: Timing[] }>(
  sides.map((s) => [s.name, { first: [], restart: [] }]),
);
try {
  const buildStarted = performance.now();
  for (const script of ['scripts/web-build.mjs', 'scripts/server-build.mjs']) {
    const build = spawnSync(process.execPath, [script, '--if-changed'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`${script} failed:\n${build.stdout}${build.stderr}`);
    console.log(`after: ${build.stdout.trim().split('\n')[0]} (${seconds(performance.now() - buildStarted)})`);
  }
  console.log(
    `bench/start: ${runs} run(s) each, load average now ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`,
  );
  for (let run = 1; run <= runs; run++) {
    for (const side of sides) {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mutualis-start-'));
      try {
        const first = await timeStart(side.tree, dataDir);
        const restart = await timeStart(side.tree, dataDir);
        results.get(side.name)?.first.push(first);
        results.get(side.name)?.restart.push(restart);
        console.log(
          `  run ${run}, ${side.name}: first start ${seconds(first.ms)}, restart ${seconds(restart.ms)} (load ${os.loadavg()[0].toFixed(1)})`,
        );
        console.log(`    first:   ${first.steps}\n    restart: ${restart.steps}`);
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    }
  }
} finally {
  before?.remove();
}

console.log('\nmachine:', JSON.stringify(describeMachine()));
console.log('\n| Code | First start (empty data folder), median | Restart, median | Runs (first / restart) |');
console.log('| --- | ---: | ---: | --- |');
for (const [name, r] of results) {
  const firsts = r.first.map((t) => t.ms);
  const restarts = r.restart.map((t) => t.ms);
  console.log(
    `| ${name} | ${seconds(median(firsts))} | ${seconds(median(restarts))} | ${firsts.map(seconds).join(', ')} / ${restarts.map(seconds).join(', ')} |`,
  );
}
let failed = 0;
const after = results.get('after');
if (after && after.first.length > 0) {
  const first = median(after.first.map((t) => t.ms));
  const restart = median(after.restart.map((t) => t.ms));
  console.log('');
  for (const [ok, what] of [
    [first < 10_000, `first npm start on an empty data folder: ${seconds(first)} < 10 s`],
    [restart < 3_000, `restart: ${seconds(restart)} < 3 s`],
  ] as const) {
    console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`);
    if (!ok) failed++;
  }
}
console.log(
  `load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (times depend on it: re-run idle)`,
);
process.exit(failed > 0 ? 1 : 0);
