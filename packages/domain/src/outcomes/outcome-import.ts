// Reads firms' yearly outcomes from spreadsheet rows (CSV or XLSX already turned into header → text
// maps). Every row error is returned with its row and column, so that nothing is imported unless all
// rows are right (the caller's all-or-nothing).
import {
  type FieldError,
  type FirmYearInput,
  type FirmYearProblem,
  PRODUCTIVITY_MEASURE_CODES,
  type ProductivityMeasure,
  validateFirmYear,
} from './firm-year.ts';

export interface OutcomeImportLine extends FirmYearInput {
  memberId: string;
}

/** Why a cell or the file is refused, besides the form's own checks (a message code of the server's catalogue). */
export type OutcomeImportProblem =
  | 'file_no_rows'
  | 'outcome_column_missing'
  | 'no_member_with_neq'
  | 'required'
  | 'not_a_number'
  | 'one_of'
  | 'year_already_on_row';

export interface OutcomeImportRowError extends FieldError<FirmYearProblem | OutcomeImportProblem> {
  /** Spreadsheet row number (the header is row 1). */
  row: number;
}

/** The columns of the import file and of its template: the first name is the template's, the others are accepted too. */
export const OUTCOME_IMPORT_COLUMNS: Record<keyof FirmYearInput | 'member', readonly string[]> = {
  member: ['member_neq', 'neq', 'membre_neq'],
  year: ['year', 'annee'],
  headcount: ['headcount', 'effectif', 'employees', 'employes'],
  separations: ['separations', 'departs', 'departures'],
  payrollCents: ['payroll', 'masse_salariale', 'payroll_dollars'],
  hoursWorked: ['hours_worked', 'heures_travaillees', 'hours', 'heures'],
  productivityMeasure: ['productivity_measure', 'mesure_productivite', 'measure', 'mesure'],
  productivityValue: ['productivity_value', 'valeur_productivite', 'productivity', 'productivite'],
  absenteeismDays: ['absenteeism_days', 'jours_absence', 'absenteeism', 'absenteisme'],
  workAccidents: ['work_accidents', 'accidents_travail', 'accidents'],
};

const normalize = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

// A number as people type it: spaces as thousands separators and a decimal comma are accepted here
// (unlike the evidence CLI's CSV, this is a form filled in by hand).
function numberOf(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f$%]/g, '').replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}

/**
 * Parses the rows (header → text) of an outcome import. `memberByNeq` maps the mutual's members'
 * NEQs to their ids; `today` bounds the years. Returns the lines, or every error with its row.
 */
export function parseOutcomeImportRows(
  rows: readonly Record<string, string>[],
  memberByNeq: ReadonlyMap<string, string>,
  today: string,
): { lines: OutcomeImportLine[]; errors: OutcomeImportRowError[] } {
  const lines: OutcomeImportLine[] = [];
  const errors: OutcomeImportRowError[] = [];
  if (rows.length === 0) return { lines, errors: [{ row: 1, field: 'file', code: 'file_no_rows' }] };
  const headers = Object.keys(rows[0]);
  const columnOf = new Map<string, string>();
  for (const [field, aliases] of Object.entries(OUTCOME_IMPORT_COLUMNS)) {
    const found = headers.find((h) => aliases.includes(normalize(h)));
    if (found) columnOf.set(field, found);
    else errors.push({ row: 1, field, code: 'outcome_column_missing', params: { expected: aliases[0] } });
  }
  if (errors.length) return { lines, errors };
  const seen = new Map<string, number>();
  rows.forEach((raw, i) => {
    const row = i + 2;
    const text = (field: string) => (raw[columnOf.get(field) as string] ?? '').trim();
    const rowErrors: OutcomeImportRowError[] = [];
    const neq = text('member').replace(/\D/g, '');
    const memberId = memberByNeq.get(neq);
    if (!memberId)
      rowErrors.push({
        row,
        field: 'member',
        ...(neq ? { code: 'no_member_with_neq', params: { neq } } : { code: 'required' }),
      });
    const numeric = (field: keyof FirmYearInput, scale = 1): number => {
      const value = numberOf(text(field));
      if (value === null) {
        rowErrors.push({
          row,
          field,
          ...(text(field) === '' ? { code: 'required' } : { code: 'not_a_number', params: { value: text(field) } }),
        });
        return 0;
      }
      return Math.round(value * scale * 10_000) / 10_000;
    };
    const measureText = normalize(text('productivityMeasure'));
    const measure = PRODUCTIVITY_MEASURE_CODES.find((m) => m === measureText);
    if (!measure)
      rowErrors.push({
        row,
        field: 'productivityMeasure',
        code: 'one_of',
        params: { options: PRODUCTIVITY_MEASURE_CODES.join(', ') },
      });
    const line: OutcomeImportLine = {
      memberId: memberId ?? '',
      year: numeric('year'),
      headcount: numeric('headcount'),
      separations: numeric('separations'),
      payrollCents: Math.round(numeric('payrollCents', 100)),
      hoursWorked: numeric('hoursWorked'),
      productivityMeasure: (measure ?? 'value_added_per_hour') as ProductivityMeasure,
      productivityValue: numeric('productivityValue'),
      absenteeismDays: numeric('absenteeismDays'),
      workAccidents: numeric('workAccidents'),
    };
    if (rowErrors.length === 0) {
      for (const e of validateFirmYear(line, today)) rowErrors.push({ row, ...e });
      const key = `${memberId}/${line.year}`;
      const first = seen.get(key);
      if (first !== undefined)
        rowErrors.push({
          row,
          field: 'year',
          code: 'year_already_on_row',
          params: { year: String(line.year), row: first },
        });
      else seen.set(key, row);
    }
    if (rowErrors.length) errors.push(...rowErrors);
    else lines.push(line);
  });
  return { lines, errors };
}
