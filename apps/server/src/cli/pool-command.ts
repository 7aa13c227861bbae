// `mutualis pool problem.json > plan.json`: reads a problem, writes the plan, progress on stderr.
import { readFile } from 'node:fs/promises';
import { InvalidPoolingProblemError, solvePooling } from '@mutualis/domain/pooling/index';
import { type CommandIo, UsageError } from './command.ts';

export async function poolCommand(args: string[], io: CommandIo): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file || args.length !== 1)
    throw new UsageError('usage: mutualis pool problem.json > plan.json   (use - to read standard input)');
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await readFile(file, 'utf8');
  } catch (e) {
    io.stderr(`mutualis pool: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    io.stderr(`mutualis pool: ${file} is not valid JSON: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    let last = '';
    const plan = await solvePooling(input, {
      onProgress: (p) => {
        const line =
          p.phase === 'solving'
            ? `solving: ${p.componentsDone}/${p.componentsTotal} components${p.objective !== undefined ? `, objective ${p.objective.toFixed(2)}, bound ${p.lowerBound?.toFixed(2)}` : ''}`
            : p.phase;
        if (line !== last) io.stderr(`[${(p.elapsedMs / 1000).toFixed(1)}s] ${line}\n`);
        last = line;
      },
    });
    io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
    io.stderr(
      `objective ${plan.totals.objective.toFixed(2)} (bound ${plan.bound.lowerBound.toFixed(2)}, gap ${(plan.bound.gap * 100).toFixed(2)} %${plan.bound.optimal ? ', optimal' : ''}), ` +
        `${plan.sessions.length} sessions, ${plan.totals.seatsUnserved} seats unserved, ${(plan.baseline.improvement * 100).toFixed(1)} % better than the naive baseline, ${plan.solver.milliseconds} ms\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof InvalidPoolingProblemError) {
      io.stderr(`mutualis pool: invalid problem in ${file}:\n${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
