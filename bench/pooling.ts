// Pooling engine benchmark: `node --import tsx bench/pooling.ts [a|b|c|d …] [--solvers engine,highs,cbc,glpk] [--limit S] [--cpu-clock]`.
// For each case, generates a problem (seeded) and, one after the other on the same problem and at
// the same time limit, runs the engine and generic solvers on the whole model (no decomposition,
// no heuristic start): HiGHS (the same WebAssembly build the engine uses), CBC and GLPK (native,
// Debian's coinor-cbc and glpk-utils, when installed; the model goes to them as free MPS). Each run
// is its own process (peak memory per run). A full run writes the figures into docs/performance.md
// under "## Pooling engine"; a partial run prints them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defaultGeneratorOptions,
  type GeneratorOptions,
  generatePoolingProblem,
} from '../packages/domain/src/pooling/generator.ts';
import { indexInstance, type PoolingInstance } from '../packages/domain/src/pooling/instance.ts';
import { exportModelMps, loadHighs, type SubProblem, solveComponentMilp } from '../packages/domain/src/pooling/milp.ts';
import { type PoolingProblem, parsePoolingProblem } from '../packages/domain/src/pooling/problem.ts';
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
    title: '300 needs / 60 offers / 6 regions / 6 periods',
    target: 'proven optimal in ≤ 2 s',
    generator: defaultGeneratorOptions({ seed: 1, needs: 300, offers: 60, periods: 6, regions: 6, members: 60 }),
    timeLimitSeconds: 10,
  },
  {
    name: 'b',
    title: '3,000 needs / 400 offers / 8 regions / 6 periods',
    target: 'at or below the best plan any solver finds in 10 min, within 20 s',
    generator: defaultGeneratorOptions({ seed: 1, needs: 3000, offers: 400, periods: 6, regions: 8, members: 600 }),
    timeLimitSeconds: 20,
  },
  {
    name: 'c',
    title: '20,000 needs / 2,000 offers / 12 regions / 12 periods',
    target: 'gap ≤ 1 % within 120 s, < 1 GB',
    generator: defaultGeneratorOptions({
      seed: 1,
      needs: 20000,
      offers: 2000,
      periods: 12,
      regions: 12,
      members: 4000,
    }),
    timeLimitSeconds: 120,
  },
  {
    name: 'd',
    title: '20,000 needs / 2,000 offers / 12 regions / 12 periods, ≥ 2 firms per session',
    target: 'gap ≤ 2 % within 120 s',
    generator: defaultGeneratorOptions({
      seed: 1,
      needs: 20000,
      offers: 2000,
      periods: 12,
      regions: 12,
      members: 4000,
      minMembersPerSession: 2,
    }),
    timeLimitSeconds: 120,
  },
];

const SOLVERS = ['engine', 'highs', 'cbc', 'glpk'] as const;
type Solver = (typeof SOLVERS)[number];
const SOLVER_LABEL: Record<Solver, string> = {
  engine: 'engine',
  highs: 'HiGHS, whole model',
  cbc: 'CBC, whole model',
  glpk: 'GLPK, whole model',
};

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
  cpuSeconds?: number;
}

function problemOf(c: Case, limit: number): Record<string, unknown> {
  return generatePoolingProblem({ ...c.generator, timeLimitSeconds: limit });
}

/** The generator options as the command line takes them. */
function generatorCommand(g: GeneratorOptions): string {
  const parts = [
    `--seed ${g.seed}`,
    `--needs ${g.needs}`,
    `--offers ${g.offers}`,
    `--periods ${g.periods}`,
    `--regions ${g.regions}`,
    `--topics ${g.topics}`,
    `--members ${g.members}`,
  ];
  if (g.minMembersPerSession !== undefined) parts.push(`--min-members ${g.minMembersPerSession}`);
  if (g.maxNeedPeriods !== undefined) parts.push(`--need-periods ${g.maxNeedPeriods}`);
  return parts.join(' ');
}

/** The process's CPU time in ms: with --cpu-clock the engine keeps its limit on it, so that other work on a shared machine does not shorten the run. */
const cpuClock = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function runEngine(c: Case, limit: number, onCpu: boolean): Promise<RunResult> {
  const problem = problemOf(c, limit);
  const started = performance.now();
  const plan = await solvePooling(problem, {
    now: onCpu ? cpuClock : undefined,
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
    cpuSeconds: cpuClock() / 1000,
  };
}

/** Every usable slot of the instance as one sub-problem, and the penalty of the needs no slot can serve (added to every solver's figures). */
function wholeInstance(problem: PoolingProblem, inst: PoolingInstance): { sub: SubProblem; forcedCents: number } {
  const needs = problem.needs.map((_, i) => i).filter((i) => inst.needSlots[i].length > 0);
  const slots = inst.slots.map((s) => s.index).filter((k) => inst.usable[k]);
  const forcedCents = problem.needs.reduce(
    (t, n, i) => t + (inst.needSlots[i].length === 0 ? n.seats * problem.policy.unservedSeatPenaltyCents : 0),
    0,
  );
  const sub: SubProblem = {
    needs,
    slots,
    groups: [...new Set(slots.map((k) => inst.slots[k].group))],
    demand: (n) => problem.needs[n].seats,
    groupCap: (g) => problem.offers[inst.groups[g].offer].maxSessions,
  };
  return { sub, forcedCents };
}

function figures(objectiveCents: number | null, boundCents: number | null, forcedCents: number, optimal: boolean) {
  const objective =
    objectiveCents !== null && Number.isFinite(objectiveCents) ? (objectiveCents + forcedCents) / 100 : null;
  const lowerBound = boundCents !== null && Number.isFinite(boundCents) ? (boundCents + forcedCents) / 100 : null;
  return {
    objective,
    lowerBound,
    gap: objective !== null && lowerBound !== null ? (objective - lowerBound) / objective : null,
    optimal,
  };
}

/** The same whole model handed to HiGHS in one piece. */
async function runHighs(c: Case, limit: number): Promise<RunResult> {
  const problem = parsePoolingProblem(problemOf(c, limit));
  const started = performance.now();
  const inst = indexInstance(problem);
  const { sub, forcedCents } = wholeInstance(problem, inst);
  const highs = await loadHighs();
  try {
    const r = solveComponentMilp(highs, inst, sub, { timeLimitSeconds: limit, relativeGap: 0 });
    return {
      ...figures(r.objectiveCents, r.boundCents, forcedCents, r.status === 'optimal'),
      seconds: (performance.now() - started) / 1000,
      peakMemoryMb: process.resourceUsage().maxRSS / 1024,
      status: r.status,
    };
  } catch (e) {
    return {
      objective: null,
      lowerBound: null,
      gap: null,
      optimal: false,
      seconds: (performance.now() - started) / 1000,
      peakMemoryMb: process.resourceUsage().maxRSS / 1024,
      error: String(e).slice(0, 200),
    };
  }
}

/** Peak resident memory of a finished child, from GNU time's report (MB), or NaN. */
function peakFromTime(stderr: string): number {
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

/** The same whole model, written as free MPS, solved by a native solver under GNU time; time and memory include writing the model. */
async function runNative(c: Case, limit: number, solver: 'cbc' | 'glpk'): Promise<RunResult> {
  const binary = solver === 'cbc' ? '/usr/bin/cbc' : '/usr/bin/glpsol';
  if (!fs.existsSync(binary)) {
    return {
      objective: null,
      lowerBound: null,
      gap: null,
      optimal: false,
      seconds: 0,
      peakMemoryMb: 0,
      error: `not installed (apt-get install ${solver === 'cbc' ? 'coinor-cbc' : 'glpk-utils'})`,
    };
  }
  const problem = parsePoolingProblem(problemOf(c, limit));
  const started = performance.now();
  const inst = indexInstance(problem);
  const { sub, forcedCents } = wholeInstance(problem, inst);
  const highs = await loadHighs();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pool-${solver}-`));
  const mps = path.join(dir, 'model.mps');
  fs.writeFileSync(mps, exportModelMps(highs, inst, sub));
  const left = Math.max(1, limit - (performance.now() - started) / 1000);
  const args =
    solver === 'cbc'
      ? [
          binary,
          mps,
          'timeMode',
          'elapsed',
          'sec',
          left.toFixed(1),
          'ratioGap',
          '0',
          'allowableGap',
          '0.99',
          'randomSeed',
          '1',
          'solve',
          'quit',
        ]
      : [
          binary,
          '--freemps',
          mps,
          '--tmlim',
          String(Math.floor(left)),
          '--mipgap',
          '0',
          '-o',
          path.join(dir, 'out.txt'),
        ];
  const r = spawnSync('/usr/bin/time', ['-v', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: Math.round((left * 3 + 60) * 1000),
    killSignal: 'SIGINT',
  });
  fs.rmSync(dir, { recursive: true, force: true });
  const seconds = (performance.now() - started) / 1000;
  const peak = peakFromTime(r.stderr ?? '');
  const peakMemoryMb = Number.isNaN(peak)
    ? process.resourceUsage().maxRSS / 1024
    : Math.max(process.resourceUsage().maxRSS / 1024, peak);
  const out = r.stdout ?? '';
  if (solver === 'cbc') {
    const status = /Result - (.*)/.exec(out)?.[1]?.trim() ?? `ended ${r.status ?? r.signal}`;
    const objective = /Objective value:\s+([-\d.e+]+)/.exec(out);
    const bound = /Lower bound:\s+([-\d.e+]+)/.exec(out);
    const optimal = status.startsWith('Optimal');
    const objectiveCents = objective && !/No feasible solution/.test(out) ? Number(objective[1]) : null;
    const boundCents = bound ? Number(bound[1]) : optimal && objectiveCents !== null ? objectiveCents : null;
    return { ...figures(objectiveCents, boundCents, forcedCents, optimal), seconds, peakMemoryMb, status };
  }
  // glpsol: the last progress line "+ N: mip = OBJ >= BOUND" (or "not found yet >= BOUND")
  const lines = [
    ...out.matchAll(
      /\+\s*\d+: (?:mip =\s+([-\d.e+]+)|>>>>>\s+([-\d.e+]+)|mip =\s+not found yet) >=\s+([-\d.e+]+|tree is empty)/g,
    ),
  ];
  const last = lines.at(-1);
  const optimal = /INTEGER OPTIMAL SOLUTION FOUND/.test(out);
  const status = optimal
    ? 'optimal'
    : /TIME LIMIT EXCEEDED/.test(out)
      ? 'time limit'
      : (out.trim().split('\n').at(-1) ?? `ended ${r.status ?? r.signal}`);
  const objectiveCents = last?.[1] ? Number(last[1]) : last?.[2] ? Number(last[2]) : null;
  const boundCents = last && last[3] !== 'tree is empty' ? Number(last[3]) : optimal ? objectiveCents : null;
  return { ...figures(objectiveCents, boundCents, forcedCents, optimal), seconds, peakMemoryMb, status };
}

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);

if (args[0] === '--child') {
  const c = CASES.find((x) => x.name === args[1]);
  if (!c) throw new Error(`no case ${args[1]}`);
  const solver = args[2] as Solver;
  const limit = Number(args[3]);
  const result =
    solver === 'engine'
      ? await runEngine(c, limit, args[4] === 'cpu')
      : solver === 'highs'
        ? await runHighs(c, limit)
        : await runNative(c, limit, solver);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const solvers = (option('--solvers') ?? SOLVERS.join(',')).split(',') as Solver[];
for (const s of solvers)
  if (!SOLVERS.includes(s)) throw new Error(`unknown solver ${s}; solvers: ${SOLVERS.join(', ')}`);
const limitOverride = option('--limit') === undefined ? undefined : Number(option('--limit'));
const onCpu = args.includes('--cpu-clock');
const caseNames = args.filter((a, i) => !a.startsWith('--') && !['--solvers', '--limit'].includes(args[i - 1]));

function child(c: Case, solver: Solver, limit: number): RunResult & { load: string } {
  console.log(`case ${c.name} (${c.title}), ${solver}, limit ${limit} s…`);
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--child',
      c.name,
      solver,
      String(limit),
      onCpu ? 'cpu' : 'wall',
    ],
    {
      cwd: path.join(here, '..'),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
      // on CPU time a busy machine stretches the run: allow for a tenth of a core
      timeout: (limit * (onCpu ? 12 : 3) + 120) * 1000,
    },
  );
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    const result = JSON.parse(line) as RunResult;
    console.log(`  ${JSON.stringify(result)} (load ${load})`);
    return { ...result, load };
  } catch {
    return {
      objective: null,
      lowerBound: null,
      gap: null,
      optimal: false,
      seconds: Number.NaN,
      peakMemoryMb: Number.NaN,
      error: `process ended ${r.status ?? r.signal}`,
      load,
    };
  }
}

const money = (v: number | null | undefined) =>
  v === null || v === undefined
    ? '—'
    : v.toLocaleString('en-CA', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const num = (v: number | null | undefined, digits: number) =>
  v === null || v === undefined || Number.isNaN(v) ? '—' : v.toFixed(digits);
const pct = (v: number | null | undefined, digits = 2) =>
  v === null || v === undefined ? '—' : `${(v * 100).toFixed(digits)} %`;

const chosen = CASES.filter((c) => caseNames.length === 0 || caseNames.includes(c.name));
const rows: string[] = [];
for (const c of chosen) {
  const limit = limitOverride ?? c.timeLimitSeconds;
  const results = solvers.map((s) => ({ solver: s, r: child(c, s, limit) }));
  const best = Math.min(...results.map(({ r }) => r.objective ?? Number.POSITIVE_INFINITY));
  const baseline = results.find(({ solver }) => solver === 'engine')?.r.baselineObjective;
  results.forEach(({ solver, r }, i) => {
    const notes =
      solver === 'engine'
        ? `${r.componentsOptimal}/${r.components} components proven optimal${onCpu ? `; limit on CPU time (${num(r.cpuSeconds, 1)} s of CPU)` : ''}`
        : (r.error ?? `status ${r.status}`);
    const improvement = r.objective !== null && baseline ? pct((baseline - r.objective) / baseline, 1) : '—';
    rows.push(
      `| ${i === 0 ? `${c.name}. ${c.title} (\`${generatorCommand(c.generator)}\`; limit ${limit} s)` : ''} | ${i === 0 ? c.target : ''} | ${SOLVER_LABEL[solver]} | ${money(r.objective)}${r.objective === best ? ' (best)' : ''} | ${money(r.lowerBound)} | ${pct(r.gap)}${r.optimal ? ' (optimal)' : ''} | ${num(r.seconds, 1)} s | ${num(r.peakMemoryMb, 0)} MB | ${improvement} | ${r.load} | ${notes} |`,
    );
  });
}

const section = `## Pooling engine

Command: \`node --import tsx bench/pooling.ts\` (or \`npm run bench -- pooling\`; cases: \`… bench/pooling.ts b c\`;
solvers: \`--solvers engine,highs,cbc,glpk\`; another limit: \`--limit 600\`; the engine's limit on its CPU time, for a busy
machine: \`--cpu-clock\`). Problems come from the seeded
generator (\`npx mutualis pool-generate\` with the options shown, see docs/pooling.md). On each problem, one
after the other and at the same time limit, the engine and three generic solvers given the whole model
(the engine's exact formulation of the instance in one piece: no decomposition, no heuristic start):
HiGHS 1.15 (the WebAssembly build the engine uses), CBC 2.10 and GLPK 5.0 (native, Debian's
\`coinor-cbc\` and \`glpk-utils\`; the model goes to them as free MPS, whose writing counts in their time).
SCIP is not packaged by Debian or npm and is not compared. Each run is a separate process; memory is its
peak resident set (GNU time for the native solvers). Improvement is (baseline − objective) / baseline,
the baseline being the naive first-come-first-served plan (docs/pooling.md). Load is the 1 / 5 / 15 min
load average at the end of each run: the machine is shared, and a busy machine does less in the same time.
Run on ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, Node ${process.version}.

| Case | Target | Solver | Objective ($) | Lower bound ($) | Gap | Time | Peak memory | Improvement over baseline | Load | Notes |
|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;

console.log(section);
if (caseNames.length > 0 || limitOverride !== undefined || solvers.length < SOLVERS.length || onCpu) {
  console.log('(partial run: docs/performance.md left unchanged)');
} else {
  const docPath = path.join(here, '..', 'docs', 'performance.md');
  let doc = fs.readFileSync(docPath, 'utf8');
  const start = doc.indexOf('## Pooling engine');
  if (start >= 0) {
    const next = doc.indexOf('\n## ', start + 1);
    doc = doc.slice(0, start) + section + (next >= 0 ? doc.slice(next + 1) : '');
  } else {
    doc = `${doc.trimEnd()}\n\n${section}`;
  }
  fs.writeFileSync(docPath, doc);
}
