import {
  employeeEndpoints as employees,
  employeeImportEndpoints as imports,
  wageEndpoints as wages,
} from '@mutualis/contracts';
import { MEMBER_RECORD_ROLES } from '@mutualis/domain/accounts/roles';
import type { Context } from 'hono';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App, AppEnv } from '../http/context.ts';
import { addWage } from './add-wage.ts';
import { commitEmployeeImport } from './commit-employee-import.ts';
import { createEmployee } from './create-employee.ts';
import { endEmployee } from './end-employee.ts';
import { exportEmployees } from './export-employees.ts';
import { getEmployee } from './get-employee.ts';
import { getEmployeeImport } from './get-employee-import.ts';
import { getEmployeeImportTemplate } from './get-employee-import-template.ts';
import { listEmployees } from './list-employees.ts';
import { listWages } from './list-wages.ts';
import { previewEmployeeImport } from './preview-employee-import.ts';
import { updateEmployee } from './update-employee.ts';

/** The file answer, which browsers and proxies must not keep (personal data). */
function notStored<T>(c: Context<AppEnv>, file: T): T {
  c.header('cache-control', 'no-store');
  return file;
}

/** Employees of member firms: lists, records, ending, wages, import (preview → commit), export, template. */
export function registerEmployeeRoutes(app: App, deps: Deps) {
  serve(app, employees.listOfMutual, ['coordinator'], ({ query }, caller) =>
    listEmployees(deps, caller, { memberId: null, ...query }),
  );
  serve(app, employees.exportOfMutual, ['coordinator'], ({ query }, caller, c) =>
    notStored(c, exportEmployees(deps, caller, { memberId: null, ...query })),
  );
  serve(app, imports.template, MEMBER_RECORD_ROLES, ({ query }, caller, c) =>
    notStored(c, getEmployeeImportTemplate(deps, caller, query)),
  );
  serve(app, employees.listOfMember, MEMBER_RECORD_ROLES, ({ params, query }, caller) =>
    listEmployees(deps, caller, { ...params, ...query }),
  );
  serve(app, employees.exportOfMember, MEMBER_RECORD_ROLES, ({ params, query }, caller, c) =>
    notStored(c, exportEmployees(deps, caller, { ...params, ...query })),
  );
  serve(app, employees.create, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    createEmployee(deps, caller, { memberId: params.memberId, employee: body }),
  );
  serve(app, imports.preview, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    previewEmployeeImport(deps, caller, { memberId: params.memberId, file: body }),
  );
  serve(app, imports.get, MEMBER_RECORD_ROLES, ({ params }, caller) => getEmployeeImport(deps, caller, params));
  serve(app, imports.commit, MEMBER_RECORD_ROLES, ({ params }, caller) => commitEmployeeImport(deps, caller, params));
  serve(app, employees.get, MEMBER_RECORD_ROLES, ({ params }, caller) => getEmployee(deps, caller, params));
  serve(app, employees.update, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    updateEmployee(deps, caller, { employeeId: params.employeeId, changes: body }),
  );
  serve(app, employees.end, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    endEmployee(deps, caller, { ...params, ...body }),
  );
  serve(app, wages.list, MEMBER_RECORD_ROLES, ({ params, query }, caller) =>
    listWages(deps, caller, { ...params, ...query }),
  );
  serve(app, wages.add, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    addWage(deps, caller, { employeeId: params.employeeId, wage: body }),
  );
}
