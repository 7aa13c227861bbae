// Parsing and checking one employee row of an import file (or a form): pure, no I/O.

import { isValidNoc, teerOfNoc } from '../reference/noc.ts';
import {
  EDUCATION_LEVELS,
  type EducationLevel,
  END_REASONS,
  type EndReason,
  LANGUAGES,
  type Language,
} from '../reference/people.ts';
import { foldForSearch } from '../reference/text.ts';
import type { EmployeeField } from './import-columns.ts';

export interface EmployeeRow {
  first_name: string;
  last_name: string;
  email: string | null;
  job_title: string;
  noc_code: string;
  teer: number;
  education_level: EducationLevel;
  language: Language;
  birth_year: number | null;
  hire_date: string;
  end_date: string | null;
  end_reason: EndReason | null;
  hourly_wage_cents: number | null;
  wage_effective_on: string | null;
}

/** Why a cell of an employee row is refused (the server writes each in the reader's language). */
export type EmployeeRowProblem =
  | 'required'
  | 'text_too_long'
  | 'email_invalid'
  | 'noc_code'
  | 'education_unknown'
  | 'language_unknown'
  | 'birth_year_range'
  | 'real_date'
  | 'before_hire_date'
  | 'end_reason_unknown'
  | 'end_reason_needs_end_date'
  | 'amount_invalid'
  | 'hourly_wage_range'
  | 'wage_date_needs_wage';

export interface RowError {
  field: EmployeeField;
  code: EmployeeRowProblem;
  params?: Record<string, string | number>;
}

/** A cell as read from CSV (string) or a spreadsheet (string, number, Date, boolean or empty). */
export type Cell = string | number | boolean | Date | null | undefined;

const text = (cell: Cell): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoOfDate(cell);
  return String(cell).trim();
};

function isoOfDate(d: Date): string {
  // Spreadsheet dates arrive as UTC midnight; read the calendar date in UTC.
  return `${d.getUTCFullYear().toString().padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Reads a date cell: a spreadsheet date, YYYY-MM-DD, YYYY/MM/DD or DD/MM/YYYY (Quebec usage); null if empty. */
export function parseDateCell(cell: Cell): { value: string | null } | { error: 'real_date' } {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { error: 'real_date' } : { value: isoOfDate(cell) };
  const t = text(cell);
  if (!t) return { value: null };
  let iso = t;
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (ymd) iso = `${ymd[1]}-${ymd[2].padStart(2, '0')}-${ymd[3].padStart(2, '0')}`;
  else if (dmy) iso = `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
  else if (/^\d{4}-\d{2}-\d{2}T/.test(t)) iso = t.slice(0, 10);
  return isIsoDate(iso) ? { value: iso } : { error: 'real_date' };
}

/** Reads an amount in dollars ("24.50", "24,50", "24,50 $") into integer cents; null if empty. */
export function parseMoneyCell(cell: Cell): { value: number | null } | { error: 'amount_invalid' } {
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? { value: Math.round(cell * 100) } : { error: 'amount_invalid' };
  const t = text(cell).replace(/\s|\$/g, '').replace(',', '.');
  if (!t) return { value: null };
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return { error: 'amount_invalid' };
  return { value: Math.round(Number(t) * 100) };
}

const matchCode = <T extends { code: string; fr: string; en: string }>(
  list: readonly T[],
  cell: Cell,
): T | undefined => {
  const folded = foldForSearch(text(cell));
  return list.find((item) => [item.code, item.fr, item.en].some((s) => foldForSearch(s) === folded));
};

const educationAliases: Record<string, EducationLevel> = {
  aucun: 'none',
  des: 'secondary',
  secondaire: 'secondary',
  dep: 'vocational',
  professionnel: 'vocational',
  dec: 'college',
  aec: 'college',
  collegial: 'college',
  college: 'college',
  baccalaureat: 'bachelor',
  bac: 'bachelor',
  universitaire: 'bachelor',
  maitrise: 'graduate',
  doctorat: 'graduate',
  master: 'graduate',
  phd: 'graduate',
};

const languageAliases: Record<string, Language> = { francais: 'fr', french: 'fr', anglais: 'en', english: 'en' };

export interface ParseOptions {
  /** Today's date, YYYY-MM-DD: birth years must be at least 14 years before it. */
  today: string;
}

/**
 * Turns one row (field → cell) into a checked EmployeeRow, or lists every field that is wrong.
 * Guarantees: names and job title present, NOC 5 digits with TEER = its 2nd digit, known
 * education and language, real dates, end date not before hire date, end reason with end date.
 */
export function parseEmployeeRow(
  cells: Partial<Record<EmployeeField, Cell>>,
  options: ParseOptions,
): { ok: true; row: EmployeeRow } | { ok: false; errors: RowError[] } {
  const errors: RowError[] = [];
  const required = (field: EmployeeField, max: number) => {
    const v = text(cells[field]);
    if (!v) errors.push({ field, code: 'required' });
    else if (v.length > max) errors.push({ field, code: 'text_too_long', params: { maximum: max } });
    return v;
  };
  const first_name = required('first_name', 100);
  const last_name = required('last_name', 100);
  const job_title = required('job_title', 200);

  const emailText = text(cells.email).toLowerCase();
  if (emailText && (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(emailText) || emailText.length > 254)) {
    errors.push({ field: 'email', code: 'email_invalid' });
  }

  let noc_code = text(cells.noc_code);
  if (typeof cells.noc_code === 'number' && Number.isInteger(cells.noc_code))
    noc_code = String(cells.noc_code).padStart(5, '0');
  if (!noc_code) errors.push({ field: 'noc_code', code: 'required' });
  else if (!isValidNoc(noc_code)) errors.push({ field: 'noc_code', code: 'noc_code' });

  let education_level: EducationLevel | undefined;
  const educationText = text(cells.education_level);
  if (!educationText) errors.push({ field: 'education_level', code: 'required' });
  else {
    education_level =
      matchCode(EDUCATION_LEVELS, educationText)?.code ?? educationAliases[foldForSearch(educationText)];
    if (!education_level) {
      errors.push({
        field: 'education_level',
        code: 'education_unknown',
        params: { codes: EDUCATION_LEVELS.map((e) => e.code).join(', ') },
      });
    }
  }

  let language: Language = 'fr';
  const languageText = text(cells.language);
  if (languageText) {
    const found = matchCode(LANGUAGES, languageText)?.code ?? languageAliases[foldForSearch(languageText)];
    if (found) language = found;
    else errors.push({ field: 'language', code: 'language_unknown' });
  }

  let birth_year: number | null = null;
  const birthText = text(cells.birth_year);
  if (birthText) {
    const year = Number(birthText);
    const thisYear = Number(options.today.slice(0, 4));
    if (!Number.isInteger(year) || year < 1900 || year > thisYear - 14) {
      errors.push({ field: 'birth_year', code: 'birth_year_range', params: { latest: String(thisYear - 14) } });
    } else birth_year = year;
  }

  const date = (field: EmployeeField) => {
    const parsed = parseDateCell(cells[field]);
    if ('error' in parsed) {
      errors.push({ field, code: parsed.error });
      return null;
    }
    return parsed.value;
  };
  const hire_date = date('hire_date');
  if (!hire_date && !errors.some((e) => e.field === 'hire_date')) errors.push({ field: 'hire_date', code: 'required' });
  const end_date = date('end_date');
  if (hire_date && end_date && end_date < hire_date) errors.push({ field: 'end_date', code: 'before_hire_date' });

  let end_reason: EndReason | null = null;
  const reasonText = text(cells.end_reason);
  if (reasonText) {
    const found = matchCode(END_REASONS, reasonText)?.code;
    if (!found)
      errors.push({
        field: 'end_reason',
        code: 'end_reason_unknown',
        params: { codes: END_REASONS.map((r) => r.code).join(', ') },
      });
    else if (!end_date) errors.push({ field: 'end_reason', code: 'end_reason_needs_end_date' });
    else end_reason = found;
  } else if (end_date) end_reason = 'other';

  const wage = parseMoneyCell(cells.hourly_wage);
  let hourly_wage_cents: number | null = null;
  if ('error' in wage) errors.push({ field: 'hourly_wage', code: wage.error });
  else if (wage.value !== null && (wage.value <= 0 || wage.value > 100_000)) {
    errors.push({ field: 'hourly_wage', code: 'hourly_wage_range' });
  } else hourly_wage_cents = wage.value;
  let wage_effective_on = date('wage_effective_on');
  if (wage_effective_on && hourly_wage_cents === null)
    errors.push({ field: 'wage_effective_on', code: 'wage_date_needs_wage' });
  if (hourly_wage_cents !== null && !wage_effective_on) wage_effective_on = hire_date;

  if (errors.length > 0 || !education_level || !hire_date) return { ok: false, errors };
  return {
    ok: true,
    row: {
      first_name,
      last_name,
      email: emailText || null,
      job_title,
      noc_code,
      teer: teerOfNoc(noc_code) as number,
      education_level,
      language,
      birth_year,
      hire_date,
      end_date,
      end_reason,
      hourly_wage_cents,
      wage_effective_on,
    },
  };
}

/** The name key that matches an imported row to an existing employee without e-mail: names (any case or accents) + hire date. */
export function employeeNameKey(e: { first_name: string; last_name: string; hire_date: string }): string {
  return `${foldForSearch(e.first_name)}|${foldForSearch(e.last_name)}|${e.hire_date}`;
}
