// Reading and writing tables as CSV (RFC 4180, UTF-8 with BOM so Excel shows accents) or XLSX.
// exceljs is loaded on first use: it takes ~0.35 s of CPU to load, at every start otherwise (issue #15)
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { unstorableReason } from '../db/storable-text.ts';
import { AppError } from '../errors.ts';

export type Cell = string | number | boolean | Date | null;

/** A table read from a file: the header row, then data rows with their spreadsheet row numbers (header = 1). */
export interface ReadTable {
  headers: string[];
  rows: { rowNumber: number; cells: Cell[] }[];
}

export type TableFormat = 'csv' | 'xlsx';

export const contentTypes: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The format of an uploaded file from its name (or its first bytes: XLSX files are ZIP archives). */
export function formatOfFile(filename: string, bytes: Uint8Array): TableFormat {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  throw new AppError('unsupported_media_type', 'unsupported_media_type', {
    fields: [{ field: 'file', code: 'unsupported_media_type' }],
  });
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Excel's "CSV" on Windows saves in Windows-1252.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const isBlank = (cells: Cell[]) =>
  cells.every((c) => c === null || c === '' || (typeof c === 'string' && c.trim() === ''));

/** Parses CSV text: delimiter detected (comma, semicolon or tab), quoted fields, blank lines skipped. */
export function readCsv(bytes: Uint8Array): ReadTable {
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, {
    delimiter: '',
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t'],
  });
  const lines = parsed.data;
  const headerIndex = lines.findIndex((l) => !isBlank(l));
  if (headerIndex < 0) return { headers: [], rows: [] };
  const rows: ReadTable['rows'] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (!isBlank(lines[i])) rows.push({ rowNumber: i + 1, cells: lines[i] });
  }
  return { headers: lines[headerIndex].map((h) => String(h).trim()), rows };
}

function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text; // hyperlinks (e-mail cells)
    if ('result' in value) return plainCell(value.result as ExcelJS.CellValue); // formulas
    if ('error' in value) return null;
  }
  return String(value);
}

/** Reads the first worksheet of an XLSX file. */
export async function readXlsx(bytes: Uint8Array): Promise<ReadTable> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation_failed', 'xlsx_unreadable', {
      fields: [{ field: 'file', code: 'xlsx_unreadable' }],
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const lines: { rowNumber: number; cells: Cell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = plainCell(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    if (!isBlank(cells)) lines.push({ rowNumber, cells });
  });
  const [header, ...rows] = lines;
  if (!header) return { headers: [], rows: [] };
  return { headers: header.cells.map((c) => (c === null ? '' : String(c).trim())), rows };
}

// A file holding text PostgreSQL cannot store (a NUL character, a lone surrogate) is refused
// whole, naming its row, instead of failing later when its rows are saved.
function assertStorable(table: ReadTable): ReadTable {
  const bad = (cells: Cell[]) => cells.some((c) => typeof c === 'string' && unstorableReason(c) !== undefined);
  const row = bad(table.headers) ? 1 : table.rows.find((r) => bad(r.cells))?.rowNumber;
  if (row !== undefined) {
    throw new AppError('validation_failed', 'file_bad_character', {
      params: { row },
      fields: [{ field: 'file', row, code: 'file_bad_character', params: { row } }],
    });
  }
  return table;
}

/** A read cell as text: empty when blank, a date as YYYY-MM-DD. */
export const cellText = (c: Cell | undefined): string =>
  c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c);

/** Reads a CSV or XLSX upload into a table; refuses characters that cannot be stored. */
export async function readTableFile(filename: string, bytes: Uint8Array): Promise<ReadTable> {
  return assertStorable(formatOfFile(filename, bytes) === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes));
}

// ---------- writing ----------

export interface WriteColumn<T> {
  header: string;
  /** A Date is a date cell in XLSX and 'YYYY-MM-DD' in CSV. */
  value: (row: T) => string | number | Date | null;
  width?: number;
  /** XLSX only: a number format ('#,##0.00'), and whether long text wraps (aligned to the top). */
  numFmt?: string;
  wrap?: boolean;
}

// Cells that a spreadsheet would run as a formula (CSV injection) get a leading apostrophe.
const formulaStart = /^[=+@\t\r]|^-(?!\d)/;
const safeText = (value: string) => (formulaStart.test(value) ? `'${value}` : value);

function csvField(value: string | number | Date | null): string {
  if (value === null || value === undefined) return '';
  const text =
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'number'
        ? String(value)
        : safeText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: CRLF line ends, quotes doubled, UTF-8 with a byte-order mark (Excel then reads accents). */
export function writeCsv<T>(columns: WriteColumn<T>[], rows: Iterable<T>): Uint8Array {
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(','));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/**
 * The number format of an amount in dollars for a reader of the language: the spreadsheet writes
 * the separators of the reader's own settings, the dollar sign goes after (French) or before (English).
 */
export const xlsxMoneyFormat = (lang: 'fr' | 'en') => (lang === 'fr' ? '#,##0.00 "$"' : '"$"#,##0.00');

/** The number format of a month held as a date, written in words in the language ("janvier 2027"). */
export const xlsxMonthFormat = (lang: 'fr' | 'en') => (lang === 'fr' ? '[$-C0C]mmmm yyyy' : '[$-1009]mmmm yyyy');

/** A month 'YYYY-MM' as a spreadsheet date (its first day), shown with xlsxMonthFormat; other text as is. */
export const monthCell = (period: string): Date | string =>
  /^\d{4}-\d{2}$/.test(period) ? new Date(`${period}-01T00:00:00Z`) : period;

/** A sheet to write: its name, an optional title line above the headers, its column headers and its rows as cell values. */
export interface WriteSheet {
  name: string;
  title?: string;
  columns: Omit<WriteColumn<never>, 'value'>[];
  cells: Iterable<(string | number | Date | null)[]>;
}

/** A sheet of rows, each turned into cells by its columns (lazily, as the workbook is written). */
export function sheetOf<T>(
  name: string,
  columns: WriteColumn<T>[],
  rows: Iterable<T>,
  options: { title?: string } = {},
): WriteSheet {
  function* cells() {
    for (const row of rows) yield columns.map((c) => c.value(row));
  }
  return { name, title: options.title, columns, cells: cells() };
}

/** An XLSX workbook, one sheet per entry, each with its title line (if any) and a bold header row, frozen. */
export async function writeXlsxSheets(sheets: WriteSheet[]): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Mutualis';
  for (const { name, title, columns, cells } of sheets) {
    const sheet = workbook.addWorksheet(name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: title === undefined ? 1 : 2 }],
    });
    columns.forEach((c, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = c.width ?? Math.max(12, c.header.length + 2);
      if (c.numFmt) column.numFmt = c.numFmt;
      if (c.wrap) column.alignment = { wrapText: true, vertical: 'top' };
    });
    if (title !== undefined) {
      const cell = sheet.addRow([title]).getCell(1);
      cell.font = { bold: true };
      cell.alignment = { wrapText: false, vertical: 'top' };
    }
    sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
    // XLSX string cells are never run as formulas: no apostrophe needed here.
    for (const row of cells) sheet.addRow(row);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** A one-sheet XLSX workbook with a bold, frozen header row. */
export function writeXlsx<T>(sheetName: string, columns: WriteColumn<T>[], rows: Iterable<T>): Promise<Uint8Array> {
  return writeXlsxSheets([sheetOf(sheetName, columns, rows)]);
}

/** Writes a table in the asked format. */
export async function writeTable<T>(
  format: TableFormat,
  sheetName: string,
  columns: WriteColumn<T>[],
  rows: Iterable<T>,
): Promise<Uint8Array> {
  return format === 'xlsx' ? writeXlsx(sheetName, columns, rows) : writeCsv(columns, rows);
}
