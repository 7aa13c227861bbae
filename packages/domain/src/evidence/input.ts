// Turning a table read from a file into the columns the evidence engine needs, refusing bad
// input with a message that names the column and the row (the header is row 1, as in a
// spreadsheet, so the first data row is row 2).

/** A table as read from a CSV file: header cells, then data rows with their row numbers (header = 1). */
export interface EvidenceTable {
  headers: string[];
  rows: { rowNumber: number; cells: string[] }[];
}

/** Bad input (missing column, non-numeric cell, no treated rows…): the command line exits 2 with the message. */
export class InvalidEvidenceInputError extends Error {
  override name = 'InvalidEvidenceInputError';
}

export const EFFECT_METHODS = ['difference', 'regression', 'matching', 'weighting', 'did'] as const;
export type EffectMethod = (typeof EFFECT_METHODS)[number];

/** What `mutualis effect` asks for: column names and the method. */
export interface EffectRequest {
  outcome: string;
  treatment: string;
  covariates: string[];
  method: EffectMethod;
  /** The pre-period outcome (difference in differences only). */
  pre?: string;
}

/** A covariate column, by name. */
export interface NamedColumn {
  name: string;
  values: Float64Array;
}

/** The validated columns of an effect estimation: every value finite, treatment 0/1, both groups present. */
export interface EffectData {
  outcome: Float64Array;
  /** 1 for treated rows, 0 for controls. */
  treated: Uint8Array;
  covariates: NamedColumn[];
  pre?: Float64Array;
  /** The file's row number of each value (header = 1), for messages. */
  rowNumbers: number[];
  /**
   * Each row's cluster (firm) number, 0…G − 1 (linear-model.ts clusterIndex): the app's employee-level
   * effects. Difference, regression, weighting and did then give the cluster-robust (CR1) standard
   * error; matching keeps Abadie–Imbens. The command line never sets it.
   */
  clusters?: Int32Array;
  nTreated: number;
  nControl: number;
}

/** What `mutualis retention` asks for. */
export interface RetentionRequest {
  time: string;
  event: string;
  group?: string;
}

/** The validated columns of a survival analysis: times >= 0, events 0/1, groups non-empty labels. */
export interface RetentionData {
  time: Float64Array;
  /** 1 when the employee left at that time, 0 when still employed (censored). */
  event: Uint8Array;
  group?: string[];
}

// A decimal number as people and R write them: optional sign, digits with an optional
// fraction, optional exponent. No thousands separators, no decimal comma, no NA.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function assertTableHasRows(table: EvidenceTable): void {
  if (table.headers.length === 0 || table.headers.every((h) => h.trim() === '')) {
    throw new InvalidEvidenceInputError('the file is empty: expected a header row, then one row per person');
  }
  if (table.rows.length === 0) throw new InvalidEvidenceInputError('the file has a header but no data rows');
}

function columnIndex(table: EvidenceTable, name: string, option: string): number {
  const index = table.headers.findIndex((h) => h.trim() === name);
  if (index < 0) {
    throw new InvalidEvidenceInputError(
      `column "${name}" (${option}) is not in the file; its columns are: ${table.headers.join(', ')}`,
    );
  }
  if (table.headers.findIndex((h, i) => i > index && h.trim() === name) > 0) {
    throw new InvalidEvidenceInputError(`column "${name}" (${option}) appears twice in the header: rename one`);
  }
  return index;
}

function cellOf(table: EvidenceTable, row: EvidenceTable['rows'][number], index: number): string {
  if (index >= row.cells.length) {
    throw new InvalidEvidenceInputError(
      `column "${table.headers[index]}", row ${row.rowNumber}: the row has ${row.cells.length} cells, the header has ${table.headers.length}`,
    );
  }
  return row.cells[index].trim();
}

function numericColumn(table: EvidenceTable, name: string, option: string): Float64Array {
  const index = columnIndex(table, name, option);
  const values = new Float64Array(table.rows.length);
  for (let i = 0; i < values.length; i++) {
    const row = table.rows[i];
    const text = cellOf(table, row, index);
    // Number() alone would take "" as 0 and "0x1F" as 31.
    const value = NUMBER.test(text) ? Number(text) : Number.NaN;
    if (!Number.isFinite(value)) {
      const shown =
        text === '' ? 'the cell is empty' : `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}" is not a number`;
      throw new InvalidEvidenceInputError(`column "${name}" (${option}), row ${row.rowNumber}: ${shown}`);
    }
    values[i] = value;
  }
  return values;
}

function binaryColumn(table: EvidenceTable, name: string, option: string, meaning: string): Uint8Array {
  const values = numericColumn(table, name, option);
  const binary = new Uint8Array(values.length);
  values.forEach((v, i) => {
    if (v !== 0 && v !== 1) {
      throw new InvalidEvidenceInputError(
        `column "${name}" (${option}), row ${table.rows[i].rowNumber}: must be 0 or 1 (${meaning}), got ${v}`,
      );
    }
    binary[i] = v;
  });
  return binary;
}

/** Reads and checks the columns of an effect estimation; throws InvalidEvidenceInputError naming the column and row. */
export function readEffectData(table: EvidenceTable, request: EffectRequest): EffectData {
  assertTableHasRows(table);
  if (!EFFECT_METHODS.includes(request.method)) {
    throw new InvalidEvidenceInputError(`unknown method "${request.method}"; methods: ${EFFECT_METHODS.join(', ')}`);
  }
  if (request.method === 'did' && !request.pre) {
    throw new InvalidEvidenceInputError('--method did needs --pre, the column of the outcome before training');
  }
  if ((request.method === 'matching' || request.method === 'weighting') && request.covariates.length === 0) {
    throw new InvalidEvidenceInputError(
      `--method ${request.method} needs --covariates: the propensity score is a model of treatment on them`,
    );
  }
  const seen = new Set<string>([request.outcome, request.treatment]);
  if (request.outcome === request.treatment)
    throw new InvalidEvidenceInputError(`--outcome and --treatment are the same column "${request.outcome}"`);
  for (const name of request.covariates) {
    if (name === '') throw new InvalidEvidenceInputError('--covariates has an empty name (two commas in a row?)');
    if (seen.has(name))
      throw new InvalidEvidenceInputError(
        `column "${name}" is given twice among --outcome, --treatment and --covariates`,
      );
    seen.add(name);
  }
  const outcome = numericColumn(table, request.outcome, '--outcome');
  const treated = binaryColumn(table, request.treatment, '--treatment', '1 treated, 0 control');
  const covariates = request.covariates.map((name) => ({ name, values: numericColumn(table, name, '--covariates') }));
  const pre = request.pre ? numericColumn(table, request.pre, '--pre') : undefined;
  let nTreated = 0;
  for (const t of treated) nTreated += t;
  const nControl = treated.length - nTreated;
  if (nTreated === 0)
    throw new InvalidEvidenceInputError(`no treated rows: column "${request.treatment}" (--treatment) is never 1`);
  if (nControl === 0)
    throw new InvalidEvidenceInputError(`no control rows: column "${request.treatment}" (--treatment) is never 0`);
  if (nTreated < 2 || nControl < 2) {
    throw new InvalidEvidenceInputError(
      `${nTreated} treated and ${nControl} control rows: each group needs at least 2 rows for a standard error`,
    );
  }
  return { outcome, treated, covariates, pre, rowNumbers: table.rows.map((r) => r.rowNumber), nTreated, nControl };
}

/** Reads and checks the columns of a retention analysis; throws InvalidEvidenceInputError naming the column and row. */
export function readRetentionData(table: EvidenceTable, request: RetentionRequest): RetentionData {
  assertTableHasRows(table);
  if (request.time === request.event)
    throw new InvalidEvidenceInputError(`--time and --event are the same column "${request.time}"`);
  const time = numericColumn(table, request.time, '--time');
  time.forEach((t, i) => {
    if (t < 0)
      throw new InvalidEvidenceInputError(
        `column "${request.time}" (--time), row ${table.rows[i].rowNumber}: a follow-up time cannot be negative, got ${t}`,
      );
  });
  const event = binaryColumn(table, request.event, '--event', '1 left at that time, 0 still employed');
  if (request.group === undefined) return { time, event };
  const index = columnIndex(table, request.group, '--group');
  const group = table.rows.map((row) => {
    const label = cellOf(table, row, index);
    if (label === '')
      throw new InvalidEvidenceInputError(
        `column "${request.group}" (--group), row ${row.rowNumber}: the cell is empty`,
      );
    return label;
  });
  return { time, event, group };
}
