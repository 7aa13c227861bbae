// Pooling engine benchmark: `node --import tsx bench/pooling.ts [a|b|c …]`.
// For each case, generates a problem (seeded), runs the engine and, for comparison, one
// straightforward HiGHS model of the whole instance, each in its own process (peak memory per
// run), then writes the figures into docs/performance.md under "## Pooling engine".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultGeneratorOptions, type GeneratorOptions, generatePoolingProblem } from '../packages/domain/src/pooling/generator.ts';
import { findComponents, indexInstance } from '../packages/domain/src/pooling/instance.ts';
import { loadHighs, solveComponentMilp } from '../packages/domain/src/pooling/milp.ts';
import { parsePoolingProblem } from '../packages/domain/src/pooling/problem.ts';
import { solvePooling } from '../packages/domain/src/pooling/solve-pooling.ts';

interface Case {
  name: string;
  title: string;
  target: string;
  generator: GeneratorOptions;
  timeLimitSeconds: number;
}

const CASES: Case[] = [
  {
    name: 'a',
    title: '300 needs / 60 offers / 6 periods',
    target: 'proven optimal in ≤ 2 s',
    generator: defaultGeneratorOptions({ seed: 1, needs: 300, offers: 60, periods: 6, regions: 6, members: 60 }),
    timeLimitSeconds: 10,
  },
  {
    name: 'b',
    title: '3,000 needs / 400 offers / 8 regions',
    target: 'gap ≤ 1 % in ≤ 20 s',
    generator: defaultGeneratorOptions({ seed: 1, needs: 3000, offers: 400, periods: 6, regions: 8, members: 600 }),
    timeLimitSeconds: 20,
  },
  {
    name: 'c',
    title: '20,000 needs / 2,000 offers',
    target: 'gap ≤ 2 % in ≤ 120 s, < 2 GB',
    generator: defaultGeneratorOptions({ seed: 1, needs: 20000, offers: 2000, periods: 6, regions: 17, members: 4000 }),
    timeLimitSeconds: 120,
  },
];

interface RunResult {
  objective: number | null;
  lowerBound: number | null;
  gap: number | null;
  optimal: boolean;
  seconds: number;
  peakMemoryMb: number;
  improvement?: number;
  baselineObjective?: number;
  components?: number;
  componentsOptimal?: number;
  status?: string;
  error?: string;
}

function problemOf(c: Case): Record<string, unknown> {
  return generatePoolingProblem({ ...c.generator, timeLimitSeconds: c.timeLimitSeconds });
}

async function runEngine(c: Case): Promise<RunResult> {
  const problem = problemOf(c);
  const started = performance.now();
  const plan = await solvePooling(problem, {
    onProgress: (p) => {
      if (p.phase !== 'solving') process.stderr.write(`  [${(p.elapsedMs / 1000).toFixed(1)}s] ${p.phase}\n`);
    },
  });
  return {
    objective: plan.totals.objective,
    lowerBound: plan.bound.lowerBound,
    gap: plan.bound.gap,
    optimal: plan.bound.optimal,
    seconds: (performance.now() - started) / 1000,
    peakMemoryMb: process.resourceUsage().maxRSS / 1024,
    improvement: plan.baseline.improvement,
    baselineObjective: plan.baseline.objective,
    components: plan.solver.components,
    componentsOptimal: plan.solver.componentsOptimal,
  };
}

/** One HiGHS MILP over every usable slot of the instance, same formulation, no decomposition, no heuristic start. */
async function runMonolithic(c: Case): Promise<RunResult> {
  const problem = parsePoolingProblem(problemOf(c));
  const started = performance.now();
  const inst = indexInstance(problem);
  const needs = problem.needs.map((_, i) => i).filter((i) => inst.needSlots[i].length > 0);
  const slots = inst.slots.map((s) => s.index).filter((k) => inst.usable[k]);
  const forced = problem.needs.reduce((t, n, i) => t + (inst.needSlots[i].length === 0 ? n.seats * problem.policy.unservedSeatPenaltyCents : 0), 0);
  const highs = await loadHighs();
  try {
    const r = solveComponentMilp(
      highs,
      inst,
      {
        needs,
        slots,
        groups: [...new Set(slots.map((k) => inst.slots[k].group))],
        demand: (n) => problem.needs[n].seats,
        groupCap: (g) => problem.offers[inst.groups[g].offer].maxSessions,
      },
      { timeLimitSeconds: c.timeLimitSeconds, relativeGap: 0 },
    );
    const objective = Number.isFinite(r.objectiveCents) ? (r.objectiveCents + forced) / 100 : null;
    const lowerBound = Number.isFinite(r.boundCents) ? (r.boundCents + forced) / 100 : null;
    return {
      objective,
      lowerBound,
      gap: objective !== null && lowerBound !== null ? (objective - lowerBound) / objective : null,
      optimal: r.status === 'optimal',
      seconds: (performance.now() - started) / 1000,
      peakMemoryMb: process.resourceUsage().maxRSS / 1024,
      components: findComponents(inst).length,
      status: r.status,
    };
  } catch (e) {
    return { objective: null, lowerBound: null, gap: null, optimal: false, seconds: (performance.now() - started) / 1000, peakMemoryMb: process.resourceUsage().maxRSS / 1024, error: String(e).slice(0, 200) };
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);

if (args[0] === '--child') {
  const c = CASES.find((x) => x.name === args[1]);
  if (!c) throw new Error(`no case ${args[1]}`);
  const result = args[2] === 'monolithic' ? await runMonolithic(c) : await runEngine(c);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

function child(c: Case, mode: 'engine' | 'monolithic'): RunResult {
  console.log(`case ${c.name} (${c.title}), ${mode}…`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', c.name, mode], {
    cwd: path.join(here, '..'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
    timeout: (c.timeLimitSeconds * 3 + 120) * 1000,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    const result = JSON.parse(line) as RunResult;
    console.log(`  ${JSON.stringify(result)}`);
    return result;
  } catch {
    return { objective: null, lowerBound: null, gap: null, optimal: false, seconds: Number.NaN, peakMemoryMb: Number.NaN, error: `process ended ${r.status ?? r.signal}` };
  }
}

const money = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toLocaleString('en-CA', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const pct = (v: number | null | undefined, digits = 2) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(digits)} %`);

const chosen = CASES.filter((c) => args.length === 0 || args.includes(c.name));
const rows: string[] = [];
for (const c of chosen) {
  const engine = child(c, 'engine');
  const mono = child(c, 'monolithic');
  const g = c.generator;
  rows.push(
    `| ${c.name}. ${c.title} (seed ${g.seed}, ${g.periods} periods, ${g.regions} regions, ${g.topics} topics, ${g.members} members; limit ${c.timeLimitSeconds} s) | ${c.target} | engine | ${money(engine.objective)} | ${money(engine.lowerBound)} | ${pct(engine.gap)}${engine.optimal ? ' (optimal)' : ''} | ${engine.seconds.toFixed(1)} s | ${engine.peakMemoryMb.toFixed(0)} MB | ${pct(engine.improvement, 1)} (baseline ${money(engine.baselineObjective)}) | ${engine.componentsOptimal}/${engine.components} components proven optimal |`,
    `| | | one HiGHS model | ${money(mono.objective)} | ${money(mono.lowerBound)} | ${pct(mono.gap)}${mono.optimal ? ' (optimal)' : ''} | ${mono.seconds.toFixed(1)} s | ${mono.peakMemoryMb.toFixed(0)} MB | ${mono.objective !== null && engine.baselineObjective ? pct((engine.baselineObjective - mono.objective) / engine.baselineObjective, 1) : '—'} | ${mono.error ?? `status ${mono.status}`} |`,
  );
}

const section = `## Pooling engine

Command: \`node --import tsx bench/pooling.ts\` (or \`npm run bench -- pooling\`; one case: \`… bench/pooling.ts b\`).
Problems come from the seeded generator (\`npx mutualis pool-generate\`, see docs/pooling.md) with
the options shown; each run is a separate process; memory is the process's peak resident set.
"one HiGHS model" is the same formulation of the whole instance handed to HiGHS in one piece with
the same time limit, no decomposition and no heuristic start. Improvement is
(baseline objective − objective) / baseline objective, the baseline being the naive
first-come-first-served plan (docs/pooling.md). Run on ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, Node ${process.version};
load average at the end of the run ${os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ')} (1 / 5 / 15 min) — other work on the machine slows the solver, so times and gaps vary between runs.

| Case | Target | Run | Objective ($) | Lower bound ($) | Gap | Time | Peak memory | Improvement over baseline | Notes |
|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;

const docPath = path.join(here, '..', 'docs', 'performance.md');
let doc = fs.existsSync(docPath) ? fs.readFileSync(docPath, 'utf8') : '';
if (doc === '') {
  const sh = (cmd: string) => spawnSync('sh', ['-c', cmd], { encoding: 'utf8' }).stdout.trimEnd();
  doc = `# Performance\n\n## Machine\n\n\`\`\`\n$ nproc\n${sh('nproc')}\n$ free -h\n${sh('free -h')}\n$ lscpu | head\n${sh('lscpu | head')}\n$ node --version\n${process.version}\n\`\`\`\n`;
}
if (args.length > 0 && args.length < CASES.length) {
  console.log(section);
  console.log('(partial run: docs/performance.md left unchanged)');
} else {
  const start = doc.indexOf('## Pooling engine');
  if (start >= 0) {
    const next = doc.indexOf('\n## ', start + 1);
    doc = doc.slice(0, start) + section + (next >= 0 ? doc.slice(next + 1) : '');
  } else {
    doc = `${doc.trimEnd()}\n\n${section}`;
  }
  fs.writeFileSync(docPath, doc);
  console.log(section);
}
