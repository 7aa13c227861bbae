// `mutualis retention data.csv --time COLUMN --event COLUMN [--group COLUMN]`: Kaplan–Meier
// survival (staying employed) per group, with the log-rank test, as JSON (shared/spec/evidence.md).
import { estimateRetention, InvalidEvidenceInputError, readRetentionData } from '@mutualis/domain/evidence/index';
import { type CommandIo, UsageError } from './command.ts';
import { parseOptions, readEvidenceCsv, required } from './evidence-input.ts';

const USAGE =
  'usage: mutualis retention data.csv --time COLUMN --event COLUMN [--group COLUMN]   (use - to read standard input)';

export async function retentionCommand(args: string[], io: CommandIo): Promise<number> {
  const { file, options } = parseOptions(args, ['time', 'event', 'group'], USAGE);
  const request = {
    time: required(options, 'time', USAGE),
    event: required(options, 'event', USAGE),
    group: options.has('group') ? required(options, 'group', USAGE) : undefined,
  };
  const table = await readEvidenceCsv(file, io);
  try {
    const answer = estimateRetention(readRetentionData(table, request));
    io.stdout(`${JSON.stringify(answer, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof InvalidEvidenceInputError) throw new UsageError(`${file}: ${e.message}`);
    throw e;
  }
}
