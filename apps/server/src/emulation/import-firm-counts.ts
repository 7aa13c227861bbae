// Firm counts from public business statistics (Statistics Canada's Canadian Business Counts, the
// ISQ's tables, or a table made by hand), in one of two shapes: one row per sector and size class
// with a count, or one row per sector with a column per employment-size range.
import type { FirmCount } from '@mutualis/contracts';
import { type SizeClass, sizeClassOf } from '@mutualis/domain/reference/size-class';
import type { Caller, Deps } from '../caller.ts';
import { AppError, type FieldError } from '../errors.ts';
import { cellText, readTableFile } from '../files/table-file.ts';
import { scenarioOwnerOf } from './scenario-owner.ts';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const SECTOR = [
  'scian',
  'naics',
  'scian_code',
  'naics_code',
  'sector',
  'secteur',
  'code scian',
  'code naics',
  'industry',
  'industrie',
];
const SIZE = ['size_class', 'size class', 'taille', 'classe de taille', 'size'];
const COUNT = ['firms', 'count', 'entreprises', 'nombre', 'establishments', 'etablissements', 'total'];

/** The smallest headcount of an employment-size column ("1-4", "5 à 9", "500+", "500 et plus"), or null. */
function bandStart(header: string): number | null {
  const h = fold(header)
    .replace(/employees?|employes?|emplois?/g, '')
    .trim();
  const m = /^(\d+)\s*(?:-|–|a|to|\+|et plus|and over|or more)/.exec(h);
  return m ? Number(m[1]) : null;
}

const SIZE_WORDS: Record<string, SizeClass> = {
  micro: 'micro',
  small: 'small',
  petite: 'small',
  medium: 'medium',
  moyenne: 'medium',
  large: 'large',
  grande: 'large',
};

/** Reads firm counts from a CSV or XLSX file; rows for the same sector and size class add up. Nothing is saved. */
export async function importFirmCounts(
  deps: Deps,
  caller: Caller,
  input: { file: { filename: string; bytes: Uint8Array } },
) {
  await scenarioOwnerOf(deps, caller);
  const table = await readTableFile(input.file.filename, input.file.bytes);
  const headers = table.headers.map(fold);
  const find = (names: string[]) => headers.findIndex((h) => names.includes(h));
  const sector = find(SECTOR);
  const size = find(SIZE);
  const count = find(COUNT);
  const bands = table.headers
    .map((h, i) => ({ i, start: bandStart(h) }))
    .filter((b): b is { i: number; start: number } => b.start !== null && b.i !== sector);
  if (sector < 0 || (bands.length === 0 && (size < 0 || count < 0))) {
    throw new AppError('import_failed', 'firm_counts_columns', {
      fields: [{ field: 'file', code: 'firm_counts_columns' }],
    });
  }
  const totals = new Map<string, number>();
  const errors: FieldError[] = [];
  let ignoredRows = 0;
  const add = (scianCode: string, sizeClass: SizeClass, n: number) =>
    totals.set(`${scianCode}/${sizeClass}`, (totals.get(`${scianCode}/${sizeClass}`) ?? 0) + n);
  const number = (text: string, row: number, field: string) => {
    const cleaned = text.replace(/[\s\u00a0\u202f,]/g, '');
    if (cleaned === '' || cleaned === '..' || cleaned === 'x' || cleaned === 'F') return 0;
    const n = Number(cleaned);
    if (!Number.isInteger(n) || n < 0) {
      errors.push({ field, code: 'firms_whole_number', row });
      return 0;
    }
    return n;
  };
  for (const { rowNumber, cells } of table.rows) {
    const code = /^\s*(\d{2,3})/.exec(cellText(cells[sector]))?.[1];
    if (!code) {
      ignoredRows++;
      continue;
    }
    if (bands.length > 0) {
      for (const b of bands)
        add(code, sizeClassOf(b.start), number(cellText(cells[b.i]), rowNumber, table.headers[b.i]));
    } else {
      const word = fold(cellText(cells[size])).split(/[\s(]/)[0];
      const sizeClass = SIZE_WORDS[word];
      if (!sizeClass) {
        errors.push({ field: table.headers[size], code: 'size_class_word', row: rowNumber });
        continue;
      }
      add(code, sizeClass, number(cellText(cells[count]), rowNumber, table.headers[count]));
    }
  }
  if (errors.length)
    throw new AppError('import_failed', 'cells_unreadable', {
      params: { count: errors.length },
      fields: errors.slice(0, 200),
    });
  const firmCounts: FirmCount[] = [...totals.entries()]
    .map(([key, firms]) => {
      const [scianCode, sizeClass] = key.split('/') as [string, SizeClass];
      return { scianCode, sizeClass, firms };
    })
    .filter((c) => c.firms > 0)
    .sort(
      (a, b) =>
        a.scianCode.localeCompare(b.scianCode) ||
        ['micro', 'small', 'medium', 'large'].indexOf(a.sizeClass) -
          ['micro', 'small', 'medium', 'large'].indexOf(b.sizeClass),
    );
  return { firmCounts, firms: firmCounts.reduce((n, c) => n + c.firms, 0), ignoredRows };
}
