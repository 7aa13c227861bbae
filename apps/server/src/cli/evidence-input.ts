// What the evidence commands share: their options, and reading the CSV file (RFC 4180, comma,
// header row) into the domain's table, refusing a file papaparse cannot read as such.
import { readFile } from 'node:fs/promises';
import type { EvidenceTable } from '@mutualis/domain/evidence/index';
import Papa from 'papaparse';
import { type CommandIo, UsageError } from './command.ts';

/** The file argument and the --name value options of a command line; unknown or repeated options are usage errors. */
export function parseOptions(
  args: string[],
  known: readonly string[],
  usage: string,
): { file: string; options: Map<string, string> } {
  const options = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}\n${usage}`);
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw new UsageError(`--${name} needs a value\n${usage}`);
    if (options.has(name)) throw new UsageError(`--${name} is given twice\n${usage}`);
    options.set(name, value);
  }
  if (files.length !== 1)
    throw new UsageError(
      files.length === 0 ? `no data file given\n${usage}` : `one data file expected, got ${files.join(' ')}\n${usage}`,
    );
  return { file: files[0], options };
}

/** A required option's value, or a usage error naming it. */
export function required(options: Map<string, string>, name: string, usage: string): string {
  const value = options.get(name)?.trim();
  if (!value) throw new UsageError(`--${name} is required\n${usage}`);
  return value;
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/** Parses CSV text (comma-separated, RFC 4180 quoting) into a table; blank lines are skipped, rows keep their record number (header = 1). */
export function parseEvidenceCsv(text: string): EvidenceTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    throw new UsageError(
      `row ${(quoteError.row ?? 0) + 1}: ${quoteError.message.toLowerCase()} (a quoted field must end with a quote)`,
    );
  }
  const lines = parsed.data;
  const headerIndex = lines.findIndex((l) => !isBlank(l));
  if (headerIndex < 0) return { headers: [], rows: [] };
  const headers = lines[headerIndex].map((h) => h.trim());
  const rows: EvidenceTable['rows'] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const cells = lines[i];
    if (isBlank(cells)) continue;
    if (cells.length !== headers.length) {
      throw new UsageError(
        `row ${i + 1} has ${cells.length} cells, the header has ${headers.length} (a comma inside a value must be quoted)`,
      );
    }
    rows.push({ rowNumber: i + 1, cells });
  }
  return { headers, rows };
}

/** Reads the data file (or standard input for "-"); a file that cannot be read is a usage error. */
export async function readEvidenceCsv(file: string, io: CommandIo): Promise<EvidenceTable> {
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(
      `cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
    );
  }
  try {
    return parseEvidenceCsv(text);
  } catch (e) {
    if (e instanceof UsageError) throw new UsageError(`${file}: ${e.message}`);
    throw e;
  }
}
