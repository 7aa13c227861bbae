import type { Employee } from '@mutualis/contracts';
import { EMPLOYEE_IMPORT_COLUMNS } from '@mutualis/domain/employees/index';
import { employeeRepository } from './employee-repository.ts';
import { type TableFormat, type WriteColumn, writeTable } from '../files/table-file.ts';
import type { Deps, Caller } from '../caller.ts';
import { logEmployeeAccess, toEmployee } from './employee-views.ts';
import { employeeFilterOf, reachableMemberId } from './list-employees.ts';

type Scope = { mutualId: string; memberId: string | null };
type Lang = 'fr' | 'en';

const header = (field: string, lang: Lang) => EMPLOYEE_IMPORT_COLUMNS.find((c) => c.field === field)?.[lang] ?? field;

/**
 * The export uses the import's column names first (so an exported file can be edited and imported
 * back), then the member's name and the record id.
 */
function employeeColumns(lang: Lang): WriteColumn<Employee>[] {
  return [
    { header: header('first_name', lang), value: (e) => e.firstName, width: 18 },
    { header: header('last_name', lang), value: (e) => e.lastName, width: 20 },
    { header: header('email', lang), value: (e) => e.email, width: 30 },
    { header: header('job_title', lang), value: (e) => e.jobTitle, width: 28 },
    { header: header('noc_code', lang), value: (e) => e.nocCode },
    { header: header('education_level', lang), value: (e) => e.educationLevel },
    { header: header('language', lang), value: (e) => e.language },
    { header: header('birth_year', lang), value: (e) => e.birthYear },
    { header: header('hire_date', lang), value: (e) => e.hireDate },
    { header: header('end_date', lang), value: (e) => e.endDate },
    { header: header('end_reason', lang), value: (e) => e.endReason },
    { header: header('hourly_wage', lang), value: (e) => (e.currentHourlyWageCents === null ? null : e.currentHourlyWageCents / 100) },
    { header: 'FEER/TEER', value: (e) => e.teer },
    { header: lang === 'fr' ? 'Entreprise' : 'Firm', value: (e) => e.memberName, width: 30 },
    { header: lang === 'fr' ? 'Identifiant' : 'Id', value: (e) => e.id, width: 38 },
  ];
}

/** Employees (of one member, or all of the mutual for a coordinator) as CSV or XLSX; logs the access. */
export async function exportEmployees(
  deps: Deps,
  actor: Caller,
  scope: Scope,
  memberId: string | null,
  q: { search?: string; status: 'current' | 'ended' | 'all'; teer?: number; educationLevel?: Employee['educationLevel']; format: TableFormat; lang: Lang },
) {
  if (memberId) await reachableMemberId(deps, scope, memberId);
  const rows = await employeeRepository(deps.db).listAll(employeeFilterOf(scope, memberId, q));
  await logEmployeeAccess(deps.db, actor, scope.mutualId, rows.map((r) => r.id), 'employee.export');
  const bytes = await writeTable(q.format, q.lang === 'fr' ? 'Employés' : 'Employees', employeeColumns(q.lang), rows.map(toEmployee));
  return { bytes, filename: `${q.lang === 'fr' ? 'employes' : 'employees'}.${q.format}` };
}

/** An import file with the headers in French or English and one example row. */
export async function employeeImportTemplate(format: TableFormat, lang: Lang) {
  const columns: WriteColumn<Record<string, string>>[] = EMPLOYEE_IMPORT_COLUMNS.map((c) => ({
    header: c[lang],
    value: (row) => row[c.field] ?? '',
    width: Math.max(14, c[lang].length + 2),
  }));
  const example = Object.fromEntries(EMPLOYEE_IMPORT_COLUMNS.map((c) => [c.field, lang === 'fr' ? c.exampleFr : c.exampleEn]));
  const bytes = await writeTable(format, lang === 'fr' ? 'Employés' : 'Employees', columns, [example]);
  return { bytes, filename: `${lang === 'fr' ? 'modele-employes' : 'employee-template'}.${format}` };
}
