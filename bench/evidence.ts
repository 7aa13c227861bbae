// Evidence engine benchmark: `node --import tsx bench/evidence.ts` (or `npm run bench -- evidence`).
// On seeded data of 100,000 employees with 10 covariates, times every effect method (validation of
// the columns included) and Kaplan–Meier with the log-rank test in this process (median of 3 runs
// after a warm-up), then the two commands end to end as a user runs them (a separate process
// reading a CSV file: start-up, parsing, estimation, JSON), and writes the figures into
// docs/performance.md under "## Evidence engine".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng } from '../packages/domain/src/demo-data/random.ts';
import {
  EFFECT_METHODS,
  type EffectMethod,
  type EvidenceTable,
  estimateEffect,
  estimateRetention,
  readEffectData,
  readRetentionData,
} from '../packages/domain/src/evidence/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROWS = 100_000;
const COVARIATES = Array.from({ length: 10 }, (_, j) => `x${j + 1}`);
const RUNS = 3;

/** 100,000 seeded rows: 10 covariates (6 normal, 4 binary), treatment from a logistic model, wages before and after, follow-up months. */
function dataset(): EvidenceTable {
  const rng = createRng('bench-evidence');
  const rows: EvidenceTable['rows'] = [];
  for (let i = 0; i < ROWS; i++) {
    const x = COVARIATES.map((_, j) => (j < 6 ? rng.normal(0, 1) : rng.chance(0.3 + 0.05 * j) ? 1 : 0));
    const index = -1 + x.reduce((s, v, j) => s + v * (j % 2 === 0 ? 0.3 : -0.2), 0);
    const trained = rng.chance(1 / (1 + Math.exp(-index))) ? 1 : 0;
    const baseline = 20 + x.reduce((s, v, j) => s + v * (j + 1) * 0.2, 0);
    const before = baseline + rng.normal(0, 2);
    const after = baseline + 1 + 1.5 * trained + rng.normal(0, 2);
    const months = Math.round(rng.next() * 48 * 10) / 10;
    const left = rng.chance(trained ? 0.3 : 0.4) ? 1 : 0;
    rows.push({
      rowNumber: i + 2,
      cells: [after, trained, before, months, left, ...x].map((v) => String(Math.round(v * 1e4) / 1e4)),
    });
  }
  return { headers: ['wage_after', 'trained', 'wage_before', 'months', 'left', ...COVARIATES], rows };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall time and median CPU time (user + system, this process) of RUNS runs after a warm-up. */
function timeIt(run: () => unknown): { ms: number; cpuMs: number; runs: number[] } {
  run(); // warm-up
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    run();
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
    runs.push(performance.now() - started);
  }
  return { ms: median(runs), cpuMs: median(cpu), runs };
}

const loadBefore = os.loadavg();
console.log(`generating ${ROWS.toLocaleString('en-CA')} rows…`);
const table = dataset();

const effectRows: string[] = [];
let effectTotal = 0;
let effectCpuTotal = 0;
for (const method of EFFECT_METHODS) {
  const run = () =>
    estimateEffect(
      readEffectData(table, {
        outcome: 'wage_after',
        treatment: 'trained',
        covariates: COVARIATES,
        method: method as EffectMethod,
        pre: 'wage_before',
      }),
      method,
    );
  const answer = run();
  const { ms, cpuMs, runs } = timeIt(run);
  effectTotal += ms;
  effectCpuTotal += cpuMs;
  console.log(
    `${method}: ${ms.toFixed(0)} ms, CPU ${cpuMs.toFixed(0)} ms (runs ${runs.map((r) => r.toFixed(0)).join(', ')}), estimate ${answer.estimate.toFixed(3)} ± ${answer.standardError.toFixed(3)}`,
  );
  effectRows.push(
    `| \`${method}\` | ${ms.toFixed(0)} ms | ${cpuMs.toFixed(0)} ms | ${runs.map((r) => r.toFixed(0)).join(', ')} | ${answer.estimate.toFixed(3)} (SE ${answer.standardError.toFixed(3)}) |`,
  );
}

const retentionRun = () =>
  estimateRetention(readRetentionData(table, { time: 'months', event: 'left', group: 'trained' }));
const retentionAnswer = retentionRun();
const retention = timeIt(retentionRun);
const retentionAll = timeIt(() => estimateRetention(readRetentionData(table, { time: 'months', event: 'left' })));
console.log(`retention by group: ${retention.ms.toFixed(0)} ms; one curve: ${retentionAll.ms.toFixed(0)} ms`);

// End to end: the commands as a user runs them, on the same data written as a CSV file.
const file = path.join(os.tmpdir(), `mutualis-bench-evidence-${process.pid}.csv`);
fs.writeFileSync(file, `${[table.headers.join(','), ...table.rows.map((r) => r.cells.join(','))].join('\n')}\n`);
const fileBytes = fs.statSync(file).size;
const cli = path.join(here, '..', 'apps', 'server', 'bin', 'mutualis.mjs');
function commandSeconds(args: string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`mutualis ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return (performance.now() - started) / 1000;
}
const endToEnd: string[] = [];
for (const method of EFFECT_METHODS) {
  const s = median(
    Array.from({ length: RUNS }, () =>
      commandSeconds([
        'effect',
        file,
        '--outcome',
        'wage_after',
        '--treatment',
        'trained',
        '--covariates',
        COVARIATES.join(','),
        '--method',
        method,
        '--pre',
        'wage_before',
      ]),
    ),
  );
  endToEnd.push(`| \`mutualis effect … --method ${method}\` | ${s.toFixed(2)} s |`);
}
endToEnd.push(
  `| \`mutualis retention … --group trained\` | ${median(Array.from({ length: RUNS }, () => commandSeconds(['retention', file, '--time', 'months', '--event', 'left', '--group', 'trained']))).toFixed(2)} s |`,
);
const startup = median(Array.from({ length: RUNS }, () => commandSeconds(['--help'])));
fs.rmSync(file);
const loadAfter = os.loadavg();
const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(' / ');

const section = `## Evidence engine

Command: \`node --import tsx bench/evidence.ts\` (or \`npm run bench -- evidence\`). Seeded data of
${ROWS.toLocaleString('en-CA')} employees with 10 covariates (6 normal, 4 binary), treatment drawn from a logistic
model of them (${retentionAnswer.groups[1].n.toLocaleString('en-CA')} treated), wages before and after, follow-up months and departures.
In-process times are the domain's work (checking the columns, then estimating), median of ${RUNS} runs after a
warm-up, as wall time and as this process's CPU time (user + system: on a loaded machine the wall time also counts
the time the process waited for a core, the CPU time does not); end-to-end times are the command as a user runs it on the same data as a CSV file (${(fileBytes / 1e6).toFixed(1)} MB), a separate
process each (Node start-up and tsx ${startup.toFixed(2)} s, reading and parsing the file, estimating, printing the JSON).
Run on ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; load average
${load(loadBefore)} at the start and ${load(loadAfter)} at the end (1 / 5 / 15 min) — the machine is shared with other
work, so times vary between runs.

Targets (issue #12): every effect method on 100,000 rows with 10 covariates in under 5 s in all — this run:
${(effectTotal / 1000).toFixed(2)} s wall (${effectTotal < 5000 ? 'met' : 'missed'}), ${(effectCpuTotal / 1000).toFixed(2)} s CPU (${effectCpuTotal < 5000 ? 'met' : 'missed'}); Kaplan–Meier on
100,000 rows in under 1 s — this run: ${retention.ms.toFixed(0)} ms wall with 2 groups and the log-rank test (${retention.ms < 1000 ? 'met' : 'missed'}).

| Method (in process) | Median wall | Median CPU | Runs, wall (ms) | Estimate (true effect 1.5) |
|---|---|---|---|---|
${effectRows.join('\n')}
| **all five** | **${(effectTotal / 1000).toFixed(2)} s** | **${(effectCpuTotal / 1000).toFixed(2)} s** | | |

| Retention (in process) | Median wall | Median CPU | Runs, wall (ms) |
|---|---|---|---|
| Kaplan–Meier, 2 groups + log-rank | ${retention.ms.toFixed(0)} ms | ${retention.cpuMs.toFixed(0)} ms | ${retention.runs.map((r) => r.toFixed(0)).join(', ')} |
| Kaplan–Meier, one curve | ${retentionAll.ms.toFixed(0)} ms | ${retentionAll.cpuMs.toFixed(0)} ms | ${retentionAll.runs.map((r) => r.toFixed(0)).join(', ')} |

| Command, end to end | Median wall time |
|---|---|
${endToEnd.join('\n')}
`;

const docPath = path.join(here, '..', 'docs', 'performance.md');
let doc = fs.readFileSync(docPath, 'utf8');
const start = doc.indexOf('## Evidence engine');
if (start >= 0) {
  const next = doc.indexOf('\n## ', start + 1);
  doc = doc.slice(0, start) + section + (next >= 0 ? doc.slice(next + 1) : '');
} else {
  doc = `${doc.trimEnd()}\n\n${section}`;
}
fs.writeFileSync(docPath, doc);
console.log(section);
