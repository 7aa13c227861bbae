// `mutualis pool-generate --seed S --needs N …`: prints a seeded, realistic problem.
import { defaultGeneratorOptions, type GeneratorOptions, generatePoolingProblem } from '@mutualis/domain/pooling/index';
import { type CommandIo, UsageError } from './command.ts';

const FLAGS = [
  'seed',
  'needs',
  'offers',
  'periods',
  'regions',
  'topics',
  'members',
  'time-limit',
  'min-members',
  'need-periods',
] as const;

export async function poolGenerateCommand(args: string[], io: CommandIo): Promise<number> {
  const values: Partial<Record<(typeof FLAGS)[number], number>> = {};
  for (let i = 0; i < args.length; i++) {
    const flag = args[i].replace(/^--/, '');
    const raw = args[i].includes('=') ? args[i].split('=')[1] : args[++i];
    const name = flag.split('=')[0] as (typeof FLAGS)[number];
    if (!args[i - (args[i].includes('=') ? 0 : 1)]?.startsWith('--') || !FLAGS.includes(name)) {
      throw new UsageError(`unknown option ${args[i]}; options: ${FLAGS.map((f) => `--${f}`).join(' ')}`);
    }
    const n = Number(raw);
    if (raw === undefined || !Number.isFinite(n) || n < 0 || (name !== 'time-limit' && !Number.isInteger(n))) {
      throw new UsageError(`--${name} needs a non-negative ${name === 'time-limit' ? 'number' : 'integer'}`);
    }
    values[name] = n;
  }
  const options: GeneratorOptions = defaultGeneratorOptions({
    seed: values.seed,
    needs: values.needs,
    offers: values.offers,
    periods: values.periods,
    regions: values.regions,
    topics: values.topics,
    members: values.members,
    timeLimitSeconds: values['time-limit'],
    minMembersPerSession: values['min-members'],
    maxNeedPeriods: values['need-periods'],
  });
  io.stderr(`generating: ${JSON.stringify(options)}\n`);
  io.stdout(`${JSON.stringify(generatePoolingProblem(options), null, 2)}\n`);
  return 0;
}
