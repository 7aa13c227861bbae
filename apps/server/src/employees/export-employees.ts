import type { Employee, EmployeeExportQuery } from '@mutualis/contracts';
import { EMPLOYEE_IMPORT_COLUMNS } from '@mutualis/domain/employees/index';
import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { contentTypes, type WriteColumn, writeTable } from '../files/table-file.ts';
import { visibleMember } from '../members/index.ts';
import { employeeFilterOf } from './employee-filter.ts';
import { employeeRepository } from './employee-repository.ts';
import { logEmployeeAccess } from './log-employee-access.ts';
import { presentEmployee } from './present.ts';

type Lang = 'fr' | 'en';

/** The header of an import column in the language asked. */
const importHeader = (field: string, lang: Lang) =>
  EMPLOYEE_IMPORT_COLUMNS.find((c) => c.field === field)?.[lang] ?? field;

/**
 * The export uses the import's column names first (so an exported file can be edited and imported
 * back), then the member's name and the record id.
 */
function employeeColumns(lang: Lang): WriteColumn<Employee>[] {
  const header = (field: string) => importHeader(field, lang);
  return [
    { header: header('first_name'), value: (e) => e.firstName, width: 18 },
    { header: header('last_name'), value: (e) => e.lastName, width: 20 },
    { header: header('email'), value: (e) => e.email, width: 30 },
    { header: header('job_title'), value: (e) => e.jobTitle, width: 28 },
    { header: header('noc_code'), value: (e) => e.nocCode },
    { header: header('education_level'), value: (e) => e.educationLevel },
    { header: header('language'), value: (e) => e.language },
    { header: header('birth_year'), value: (e) => e.birthYear },
    { header: header('hire_date'), value: (e) => e.hireDate },
    { header: header('end_date'), value: (e) => e.endDate },
    { header: header('end_reason'), value: (e) => e.endReason },
    {
      header: header('hourly_wage'),
      value: (e) => (e.currentHourlyWageCents === null ? null : e.currentHourlyWageCents / 100),
    },
    { header: 'FEER/TEER', value: (e) => e.teer },
    { header: lang === 'fr' ? 'Entreprise' : 'Firm', value: (e) => e.memberName, width: 30 },
    { header: lang === 'fr' ? 'Identifiant' : 'Id', value: (e) => e.id, width: 38 },
  ];
}

/**
 * Employees as CSV or XLSX: of one member the caller may see (memberId), or all of the mutual for a
 * coordinator (memberId null). The read is written to the access log with every exported id.
 */
export async function exportEmployees(
  deps: Deps,
  caller: Caller,
  input: { memberId: string | null } & EmployeeExportQuery,
) {
  const { memberId, format, lang, ...filter } = input;
  const scope = memberScopeOf(caller);
  if (memberId) await visibleMember(deps, caller, memberId);
  const rows = await employeeRepository(deps.db).listAll(employeeFilterOf(scope, memberId, filter));
  await logEmployeeAccess(deps.db, caller, {
    mutualId: scope.mutualId,
    employeeIds: rows.map((r) => r.id),
    purpose: 'employee.export',
  });
  const body = await writeTable(
    format,
    lang === 'fr' ? 'Employés' : 'Employees',
    employeeColumns(lang),
    rows.map(presentEmployee),
  );
  return { filename: `${lang === 'fr' ? 'employes' : 'employees'}.${format}`, contentType: contentTypes[format], body };
}
