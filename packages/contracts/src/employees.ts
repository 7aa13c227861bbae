import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { pageQueryFields } from './paging.ts';

// Real calendar dates only: a regex alone let 2026-02-30 through to the database.
const isoDate = isoDateSchema;

export const educationLevelSchema = z
  .enum(['none', 'secondary', 'vocational', 'college', 'bachelor', 'graduate'])
  .meta({ id: 'EducationLevel' });
export const endReasonSchema = z
  .enum(['resignation', 'layoff', 'dismissal', 'retirement', 'end_of_contract', 'other'])
  .meta({ id: 'EndReason' });
export const languageSchema = z.enum(['fr', 'en']);

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

const nocCode = z.string().regex(/^[0-9][0-5][0-9]{3}$/, 'must be a NOC 2021 code of 5 digits (2nd digit 0–5)');

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
    hourlyWageCents: z.number().int().min(1).max(100_000).optional().meta({ description: 'Starting wage, effective on the hire date' }),
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
  .object({ id: z.string(), employeeId: z.string(), effectiveOn: z.string(), hourlyWageCents: z.number().int(), createdAt: z.string() })
  .meta({ id: 'Wage' });
export const wageListSchema = z.object({ items: z.array(wageSchema) }).meta({ id: 'WageList' });
export const addWageRequestSchema = z
  .object({ effectiveOn: isoDate, hourlyWageCents: z.number().int().min(1).max(100_000) })
  .meta({ id: 'AddWageRequest' });
export type AddWageRequest = z.infer<typeof addWageRequestSchema>;

export const employeeSortSchema = z.enum(['name', 'hireDate', 'jobTitle', 'teer', 'member']);

const employeeFilterFields = {
  search: z.string().trim().max(200).optional().meta({ description: 'Part of the first or last name or e-mail; case and accents ignored' }),
  status: z.enum(['current', 'ended', 'all']).default('current'),
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
  format: z.enum(['csv', 'xlsx']).default('csv'),
  lang: z.enum(['fr', 'en']).default('fr'),
});

export const employeeListSchema = z
  .object({ items: z.array(employeeSchema), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() })
  .meta({ id: 'EmployeeList' });
export type EmployeeList = z.infer<typeof employeeListSchema>;

export const importTemplateQuerySchema = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  lang: z.enum(['fr', 'en']).default('fr'),
});

export const employeeImportJsonRequestSchema = z
  .object({
    filename: z.string().trim().min(1).max(255).meta({ description: 'Ends with .csv or .xlsx' }),
    contentBase64: z.string().min(1),
  })
  .meta({ id: 'EmployeeImportJsonRequest' });

export const employeeImportFormRequestSchema = z.object({ file: z.any().meta({ type: 'string', format: 'binary' }) });

const rowErrorSchema = z.object({ row: z.number().int(), field: z.string(), message: z.string() });

export const employeeImportPreviewSchema = z
  .object({
    importId: z.string(),
    memberId: z.string(),
    filename: z.string(),
    status: z.enum(['preview', 'committed']),
    expiresAt: z.string(),
    counts: z.object({
      rows: z.number().int(),
      valid: z.number().int(),
      invalid: z.number().int(),
      toCreate: z.number().int(),
      toUpdate: z.number().int(),
    }),
    ignoredColumns: z.array(z.string()),
    errors: z.array(rowErrorSchema).meta({ description: 'Row numbers count the header as row 1, as a spreadsheet shows them' }),
    rows: z
      .array(
        z.object({
          row: z.number().int(),
          action: z.enum(['create', 'update', 'invalid']),
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

export const employeeIdParamSchema = z.object({ employeeId: z.string().uuid() });
export const importParamSchema = z.object({ memberId: z.string().uuid(), importId: z.string().uuid() });
