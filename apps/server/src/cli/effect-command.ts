// `mutualis effect data.csv --outcome Y --treatment T [--covariates a,b] --method M [--pre P]`:
// the effect of training on the treated (ATT), as JSON on standard output (shared/spec/evidence.md).
import {
  EFFECT_METHODS,
  type EffectMethod,
  estimateEffect,
  InvalidEvidenceInputError,
  readEffectData,
} from '@mutualis/domain/evidence/index';
import { type CommandIo, UsageError } from './command.ts';
import { parseOptions, readEvidenceCsv, required } from './evidence-input.ts';

const USAGE =
  'usage: mutualis effect data.csv --outcome COLUMN --treatment COLUMN --method difference|regression|matching|weighting|did ' +
  '[--covariates A,B,…] [--pre COLUMN]   (use - to read standard input)';

// "a,b" → [a, b]; absent or empty → none; "a,,b" keeps the empty name so the domain can refuse it.
function covariateList(option: string | undefined): string[] {
  const names = (option ?? '').split(',').map((c) => c.trim());
  return names.length === 1 && names[0] === '' ? [] : names;
}

export async function effectCommand(args: string[], io: CommandIo): Promise<number> {
  const { file, options } = parseOptions(args, ['outcome', 'treatment', 'covariates', 'method', 'pre'], USAGE);
  const method = required(options, 'method', USAGE);
  if (!(EFFECT_METHODS as readonly string[]).includes(method))
    throw new UsageError(`--method must be one of ${EFFECT_METHODS.join(', ')}, got "${method}"`);
  const request = {
    outcome: required(options, 'outcome', USAGE),
    treatment: required(options, 'treatment', USAGE),
    covariates: covariateList(options.get('covariates')),
    method: method as EffectMethod,
    pre: options.has('pre') ? required(options, 'pre', USAGE) : undefined,
  };
  const table = await readEvidenceCsv(file, io);
  try {
    const answer = estimateEffect(readEffectData(table, request), request.method);
    io.stdout(`${JSON.stringify(answer, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof InvalidEvidenceInputError) throw new UsageError(`${file}: ${e.message}`);
    throw e;
  }
}
