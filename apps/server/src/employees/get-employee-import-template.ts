import type { ImportTemplateQuery } from '@mutualis/contracts';
import { EMPLOYEE_IMPORT_COLUMNS } from '@mutualis/domain/employees/index';
import type { Caller, Deps } from '../caller.ts';
import { contentTypes, type WriteColumn, writeTable } from '../files/table-file.ts';

/** An import file to fill in: the headers in French or English and one example row. */
export async function getEmployeeImportTemplate(_deps: Deps, _caller: Caller, input: ImportTemplateQuery) {
  const { format, lang } = input;
  const columns: WriteColumn<Record<string, string>>[] = EMPLOYEE_IMPORT_COLUMNS.map((c) => ({
    header: c[lang],
    value: (row) => row[c.field] ?? '',
    width: Math.max(14, c[lang].length + 2),
  }));
  const example = Object.fromEntries(
    EMPLOYEE_IMPORT_COLUMNS.map((c) => [c.field, lang === 'fr' ? c.exampleFr : c.exampleEn]),
  );
  const body = await writeTable(format, lang === 'fr' ? 'Employés' : 'Employees', columns, [example]);
  return {
    filename: `${lang === 'fr' ? 'modele-employes' : 'employee-template'}.${format}`,
    contentType: contentTypes[format],
    body,
  };
}
