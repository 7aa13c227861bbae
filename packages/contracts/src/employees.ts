import {
  EMPLOYEE_IMPORT_STATUSES,
  EMPLOYMENT_FILTERS,
  IMPORT_ROW_ACTIONS,
} from '@mutualis/domain/employees/employment';
import { EDUCATION_CODES, END_REASON_CODES, LANGUAGES, type Language } from '@mutualis/domain/reference/people';
import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { endpoint, fileAnswer, fileUpload } from './endpoint.ts';
import { memberIdParamSchema, shortListQuerySchema, TABLE_FILE_MEDIA_TYPES, tableFileQueryFields } from './members.ts';
import { checkCode } from './messages.ts';
import { pagedListSchema, pageQueryFields } from './paging.ts';

// Real calendar dates only: a regex alone let 2026-02-30 through to the database.
const isoDate = isoDateSchema;

export const educationLevelSchema = z.enum(EDUCATION_CODES).meta({ id: 'EducationLevel' });
export const endReasonSchema = z.enum(END_REASON_CODES).meta({ id: 'EndReason' });
export const languageSchema = z.enum(LANGUAGES.map((l) => l.code) as [Language, ...Language[]]);

export const employeeSchema = z
  .object({
    id: z.string(),
    memberId: z.string(),
    memberName: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string().nullable(),
    jobTitle: z.string(),
    nocCode: z.string(),
    teer: z.number().int(),
    educationLevel: educationLevelSchema,
    language: languageSchema,
    birthYear: z.number().int().nullable(),
    hireDate: z.string(),
    endDate: z.string().nullable(),
    endReason: endReasonSchema.nullable(),
    currentHourlyWageCents: z.number().int().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Employee' });
export type Employee = z.infer<typeof employeeSchema>;

const nocCode = z.string().regex(/^[0-9][0-5][0-9]{3}$/, checkCode('noc_code'));

export const createEmployeeRequestSchema = z
  .object({
    firstName: z.string().trim().min(1).max(100),
    lastName: z.string().trim().min(1).max(100),
    email: z.string().trim().toLowerCase().email().max(254).nullable().optional(),
    jobTitle: z.string().trim().min(1).max(200),
    nocCode,
    educationLevel: educationLevelSchema,
    language: languageSchema.optional(),
    birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
    hireDate: isoDate,
    hourlyWageCents: z
      .number()
      .int()
      .min(1)
      .max(100_000)
      .optional()
      .meta({ description: 'Starting wage, effective on the hire date' }),
  })
  .meta({ id: 'CreateEmployeeRequest' });
export type CreateEmployeeRequest = z.infer<typeof createEmployeeRequestSchema>;

export const updateEmployeeRequestSchema = createEmployeeRequestSchema
  .omit({ hourlyWageCents: true })
  .partial()
  .extend({
    endDate: isoDate.nullable().optional().meta({ description: 'null to undo an end' }),
    endReason: endReasonSchema.nullable().optional(),
  })
  .meta({ id: 'UpdateEmployeeRequest' });
export type UpdateEmployeeRequest = z.infer<typeof updateEmployeeRequestSchema>;

export const endEmployeeRequestSchema = z
  .object({ endDate: isoDate, endReason: endReasonSchema })
  .meta({ id: 'EndEmployeeRequest' });
export type EndEmployeeRequest = z.infer<typeof endEmployeeRequestSchema>;

export const wageSchema = z
  .object({
    id: z.string(),
    employeeId: z.string(),
    effectiveOn: z.string(),
    hourlyWageCents: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Wage' });
export type Wage = z.infer<typeof wageSchema>;
export const wageListSchema = pagedListSchema(wageSchema, 'WageList');
export type WageList = z.infer<typeof wageListSchema>;
export const addWageRequestSchema = z
  .object({ effectiveOn: isoDate, hourlyWageCents: z.number().int().min(1).max(100_000) })
  .meta({ id: 'AddWageRequest' });
export type AddWageRequest = z.infer<typeof addWageRequestSchema>;

export const employeeSortSchema = z.enum(['name', 'hireDate', 'jobTitle', 'teer', 'member']);

const employeeFilterFields = {
  search: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: 'Part of the first or last name or e-mail; case and accents ignored' }),
  status: z.enum(EMPLOYMENT_FILTERS).default('current'),
  teer: z.coerce.number().int().min(0).max(5).optional(),
  educationLevel: educationLevelSchema.optional(),
};

export const employeeListQuerySchema = z.object({
  ...employeeFilterFields,
  sort: employeeSortSchema.default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  ...pageQueryFields,
});
export type EmployeeListQuery = z.infer<typeof employeeListQuerySchema>;

export const employeeExportQuerySchema = z.object({
  ...employeeFilterFields,
  ...tableFileQueryFields,
});
export type EmployeeExportQuery = z.infer<typeof employeeExportQuerySchema>;

export const employeeListSchema = pagedListSchema(employeeSchema, 'EmployeeList');
export type EmployeeList = z.infer<typeof employeeListSchema>;

export const importTemplateQuerySchema = z.object({ ...tableFileQueryFields });
export type ImportTemplateQuery = z.infer<typeof importTemplateQuerySchema>;

const rowErrorSchema = z.object({
  row: z.number().int(),
  field: z.string(),
  code: z.string(),
  message: z.string().meta({ description: 'In the caller’s language' }),
});

export const employeeImportPreviewSchema = z
  .object({
    importId: z.string(),
    memberId: z.string(),
    filename: z.string(),
    status: z.enum(EMPLOYEE_IMPORT_STATUSES),
    expiresAt: z.string(),
    counts: z.object({
      rows: z.number().int(),
      valid: z.number().int(),
      invalid: z.number().int(),
      toCreate: z.number().int(),
      toUpdate: z.number().int(),
    }),
    ignoredColumns: z.array(z.string()),
    errors: z
      .array(rowErrorSchema)
      .meta({ description: 'Row numbers count the header as row 1, as a spreadsheet shows them' }),
    rows: z
      .array(
        z.object({
          row: z.number().int(),
          action: z.enum(IMPORT_ROW_ACTIONS),
          firstName: z.string(),
          lastName: z.string(),
          email: z.string().nullable(),
          jobTitle: z.string(),
          nocCode: z.string(),
          teer: z.number().int().nullable(),
          educationLevel: z.string(),
          hireDate: z.string().nullable(),
          hourlyWageCents: z.number().int().nullable(),
        }),
      )
      .meta({ description: 'The first 200 rows, for display' }),
  })
  .meta({ id: 'EmployeeImportPreview' });
export type EmployeeImportPreview = z.infer<typeof employeeImportPreviewSchema>;

export const employeeImportResultSchema = z
  .object({ importId: z.string(), created: z.number().int(), updated: z.number().int(), wages: z.number().int() })
  .meta({ id: 'EmployeeImportResult' });
export type EmployeeImportResult = z.infer<typeof employeeImportResultSchema>;

export const employeeIdParamSchema = z.object({ employeeId: z.string().uuid() });
export const importParamSchema = z.object({ memberId: z.string().uuid(), importId: z.string().uuid() });

const tableFile = fileAnswer(...TABLE_FILE_MEDIA_TYPES);

/** Employees of member firms: a coordinator reaches every firm of its mutual, a member contact its own; every read is logged. */
export const employeeEndpoints = {
  listOfMutual: endpoint({
    method: 'get',
    path: '/api/employees',
    tag: 'employees',
    summary: 'Employees across every member of the mutual (search, filter, sort, page); the read is logged',
    query: employeeListQuerySchema,
    response: employeeListSchema,
  }),
  exportOfMutual: endpoint({
    method: 'get',
    path: '/api/employees/export',
    tag: 'employees',
    summary: 'Export the employees of the whole mutual as CSV or XLSX (same columns as the import); the read is logged',
    query: employeeExportQuerySchema,
    response: tableFile,
  }),
  listOfMember: endpoint({
    method: 'get',
    path: '/api/members/{memberId}/employees',
    tag: 'employees',
    summary: "A member's employees (search, filter, sort, page); the read is logged",
    params: memberIdParamSchema,
    query: employeeListQuerySchema,
    response: employeeListSchema,
  }),
  exportOfMember: endpoint({
    method: 'get',
    path: '/api/members/{memberId}/employees/export',
    tag: 'employees',
    summary: "Export a member's employees as CSV or XLSX; the read is logged",
    params: memberIdParamSchema,
    query: employeeExportQuerySchema,
    response: tableFile,
  }),
  create: endpoint({
    method: 'post',
    path: '/api/members/{memberId}/employees',
    tag: 'employees',
    summary: 'Add an employee to a member (TEER derived from the NOC code)',
    params: memberIdParamSchema,
    body: createEmployeeRequestSchema,
    response: employeeSchema,
    status: 201,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/employees/{employeeId}',
    tag: 'employees',
    summary: 'One employee; the read is logged',
    params: employeeIdParamSchema,
    response: employeeSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/employees/{employeeId}',
    tag: 'employees',
    summary: 'Change an employee (endDate + endReason end the employment; endDate null undoes it)',
    params: employeeIdParamSchema,
    body: updateEmployeeRequestSchema,
    response: employeeSchema,
  }),
  end: endpoint({
    method: 'post',
    path: '/api/employees/{employeeId}/end',
    tag: 'employees',
    summary: 'End an employment on a date, with a reason',
    params: employeeIdParamSchema,
    body: endEmployeeRequestSchema,
    response: employeeSchema,
  }),
};

/** An employee's hourly wages, newest first. */
export const wageEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/employees/{employeeId}/wages',
    tag: 'employees',
    summary: 'The hourly wage history of an employee, newest first; the read is logged',
    params: employeeIdParamSchema,
    query: shortListQuerySchema,
    response: wageListSchema,
  }),
  add: endpoint({
    method: 'post',
    path: '/api/employees/{employeeId}/wages',
    tag: 'employees',
    summary: 'Add an hourly wage from a date (replaces a wage with the same date)',
    params: employeeIdParamSchema,
    body: addWageRequestSchema,
    response: wageSchema,
    status: 201,
  }),
};

/** Employee imports: a file is previewed (nothing written), then committed all or nothing. */
export const employeeImportEndpoints = {
  template: endpoint({
    method: 'get',
    path: '/api/employees/import-template',
    tag: 'employees',
    summary: 'An employee import file to fill in: headers in French or English, one example row',
    query: importTemplateQuerySchema,
    response: tableFile,
  }),
  preview: endpoint({
    method: 'post',
    path: '/api/members/{memberId}/employees/imports',
    tag: 'employees',
    summary:
      'Upload an employee file (CSV or XLSX, French or English headers) and get a preview with row errors; nothing is written yet',
    description:
      'Send multipart/form-data with a field "file", or JSON { filename, contentBase64 }. Rows are matched to existing employees by e-mail, ' +
      'else by first name + last name + hire date (case and accents ignored): matched rows update the employee (only the columns the file has), ' +
      'the others create one. The preview is kept one hour; commit it with POST …/imports/{importId}/commit. ' +
      'A file over 15 MB is refused (413 payload_too_large), one that is not CSV or XLSX too (415 unsupported_media_type), ' +
      'and a header row without the required columns (422 import_failed).',
    params: memberIdParamSchema,
    body: fileUpload,
    response: employeeImportPreviewSchema,
    status: 201,
    otherProblems: [413, 415, 422],
  }),
  get: endpoint({
    method: 'get',
    path: '/api/members/{memberId}/employees/imports/{importId}',
    tag: 'employees',
    summary: 'An import preview again',
    params: importParamSchema,
    response: employeeImportPreviewSchema,
  }),
  commit: endpoint({
    method: 'post',
    path: '/api/members/{memberId}/employees/imports/{importId}/commit',
    tag: 'employees',
    summary:
      'Write a previewed import: every row in one transaction, or nothing (422 with the row errors; 409 if expired or already committed)',
    params: importParamSchema,
    response: employeeImportResultSchema,
    otherProblems: [422],
  }),
};
