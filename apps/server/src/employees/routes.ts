import { z } from '@hono/zod-openapi';
import {
  addWageRequestSchema,
  createEmployeeRequestSchema,
  employeeExportQuerySchema,
  employeeIdParamSchema,
  employeeImportFormRequestSchema,
  employeeImportJsonRequestSchema,
  employeeImportPreviewSchema,
  employeeImportResultSchema,
  employeeListQuerySchema,
  employeeListSchema,
  employeeSchema,
  endEmployeeRequestSchema,
  importParamSchema,
  importTemplateQuerySchema,
  memberIdParamSchema,
  updateEmployeeRequestSchema,
  wageListSchema,
  wageSchema,
} from '@mutualis/contracts';
import type { Context } from 'hono';
import { AppError } from '../errors.ts';
import { contentTypes, type TableFormat } from '../files/table-file.ts';
import { commitEmployeeImport, getEmployeeImport } from './commit-employee-import.ts';
import { employeeImportTemplate, exportEmployees } from './export-employees.ts';
import { listEmployees } from './list-employees.ts';
import { createEmployee, endEmployee, getEmployee, updateEmployee } from './manage-employees.ts';
import { addWage, listWages } from './manage-wages.ts';
import { previewEmployeeImport } from './preview-employee-import.ts';
import { memberScopeOf } from '../caller.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App, AppEnv } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const fileResponse = { description: 'The file (CSV UTF-8 with BOM, or XLSX)', content: { 'text/csv': { schema: z.string() }, [contentTypes.xlsx]: { schema: z.string().meta({ format: 'binary' }) } } };
const COORD_OR_CONTACT = ['coordinator', 'member_contact'] as const;
const MAX_FILE_BYTES = 15 * 1024 * 1024;

const sendFile = (c: Context<AppEnv>, format: TableFormat, file: { bytes: Uint8Array; filename: string }) =>
  c.body(file.bytes as unknown as ArrayBuffer, 200, {
    'content-type': contentTypes[format],
    'content-disposition': `attachment; filename="${file.filename}"`,
    'cache-control': 'no-store',
  }) as never;

/** The uploaded file: multipart field "file", or JSON { filename, contentBase64 }. */
async function uploadedFile(c: Context<AppEnv>): Promise<{ filename: string; bytes: Uint8Array }> {
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) throw new AppError('validation_failed', 'file: a file is required', { fields: [{ field: 'file', message: 'a file is required' }] });
    if (file.size > MAX_FILE_BYTES) throw new AppError('payload_too_large', 'The file is larger than 15 MB');
    return { filename: file.name || 'upload', bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  const body = (c.req.valid as (t: 'json') => { filename: string; contentBase64: string })('json');
  if (!body?.contentBase64) {
    throw new AppError('validation_failed', 'Send multipart field "file" or JSON { filename, contentBase64 }', { fields: [{ field: 'file', message: 'is required' }] });
  }
  if (!/^[A-Za-z0-9+/=\s]+$/.test(body.contentBase64)) {
    throw new AppError('validation_failed', 'contentBase64: is not base64', { fields: [{ field: 'contentBase64', message: 'is not base64' }] });
  }
  const bytes = new Uint8Array(Buffer.from(body.contentBase64, 'base64'));
  if (bytes.length > MAX_FILE_BYTES) throw new AppError('payload_too_large', 'The file is larger than 15 MB');
  return { filename: body.filename, bytes };
}

/** Employees of member firms: lists, records, ending, wages, import (preview → commit), export, template. */
export function registerEmployeeRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/employees',
      tags: ['employees'],
      summary: 'Employees across every member of the mutual (search, filter, sort, page); the read is logged',
      access: ['coordinator'],
      request: { query: employeeListQuerySchema },
      responses: { 200: { description: 'A page of employees', ...json(employeeListSchema) }, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      return c.json(await listEmployees(deps, actor, memberScopeOf(actor), null, c.req.valid('query')), 200);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/employees/export',
      tags: ['employees'],
      summary: 'Export the employees of the whole mutual as CSV or XLSX (same columns as the import); the read is logged',
      access: ['coordinator'],
      request: { query: employeeExportQuerySchema },
      responses: { 200: fileResponse, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      const q = c.req.valid('query');
      return sendFile(c, q.format, await exportEmployees(deps, actor, memberScopeOf(actor), null, q));
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/employees/import-template',
      tags: ['employees'],
      summary: 'An employee import file to fill in: headers in French or English, one example row',
      access: COORD_OR_CONTACT,
      request: { query: importTemplateQuerySchema },
      responses: { 200: fileResponse, ...problemResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return sendFile(c, q.format, await employeeImportTemplate(q.format, q.lang));
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/members/{memberId}/employees',
      tags: ['employees'],
      summary: "A member's employees (search, filter, sort, page); the read is logged",
      access: COORD_OR_CONTACT,
      request: { params: memberIdParamSchema, query: employeeListQuerySchema },
      responses: { 200: { description: 'A page of employees', ...json(employeeListSchema) }, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      return c.json(await listEmployees(deps, actor, memberScopeOf(actor), c.req.valid('param').memberId, c.req.valid('query')), 200);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/members/{memberId}/employees/export',
      tags: ['employees'],
      summary: "Export a member's employees as CSV or XLSX; the read is logged",
      access: COORD_OR_CONTACT,
      request: { params: memberIdParamSchema, query: employeeExportQuerySchema },
      responses: { 200: fileResponse, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      const q = c.req.valid('query');
      return sendFile(c, q.format, await exportEmployees(deps, actor, memberScopeOf(actor), c.req.valid('param').memberId, q));
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/members/{memberId}/employees',
      tags: ['employees'],
      summary: 'Add an employee to a member (TEER derived from the NOC code)',
      access: COORD_OR_CONTACT,
      request: { params: memberIdParamSchema, body: { required: true, ...json(createEmployeeRequestSchema) } },
      responses: { 201: { description: 'Created', ...json(employeeSchema) }, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      return c.json(await createEmployee(deps, actor, memberScopeOf(actor), c.req.valid('param').memberId, c.req.valid('json')), 201);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/members/{memberId}/employees/imports',
      tags: ['employees'],
      summary: 'Upload an employee file (CSV or XLSX, French or English headers) and get a preview with row errors; nothing is written yet',
      description:
        'Send multipart/form-data with a field "file", or JSON { filename, contentBase64 }. Rows are matched to existing employees by e-mail, ' +
        'else by first name + last name + hire date (case and accents ignored): matched rows update the employee (only the columns the file has), ' +
        'the others create one. The preview is kept one hour; commit it with POST …/imports/{importId}/commit.',
      access: COORD_OR_CONTACT,
      request: {
        params: memberIdParamSchema,
        body: { required: false, content: { 'multipart/form-data': { schema: employeeImportFormRequestSchema }, 'application/json': { schema: employeeImportJsonRequestSchema } } },
      },
      responses: {
        201: { description: 'The preview', ...json(employeeImportPreviewSchema) },
        413: { description: 'File too large' },
        415: { description: 'Not a CSV or XLSX file' },
        422: { description: 'The header row is unusable (missing required columns)' },
        ...problemResponses,
      },
    }),
    async (c) => {
      const actor = callerOf(c);
      const file = await uploadedFile(c);
      return c.json(await previewEmployeeImport(deps, actor, memberScopeOf(actor), c.req.valid('param').memberId, file), 201);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/members/{memberId}/employees/imports/{importId}',
      tags: ['employees'],
      summary: 'An import preview again',
      access: COORD_OR_CONTACT,
      request: { params: importParamSchema },
      responses: { 200: { description: 'The preview', ...json(employeeImportPreviewSchema) }, ...problemResponses },
    }),
    async (c) => {
      const { memberId, importId } = c.req.valid('param');
      return c.json(await getEmployeeImport(deps, memberScopeOf(callerOf(c)), memberId, importId), 200);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/members/{memberId}/employees/imports/{importId}/commit',
      tags: ['employees'],
      summary: 'Write a previewed import: every row in one transaction, or nothing (422 with the row errors; 409 if expired or already committed)',
      access: COORD_OR_CONTACT,
      request: { params: importParamSchema },
      responses: { 200: { description: 'Written', ...json(employeeImportResultSchema) }, 422: { description: 'The file has row errors; nothing was written' }, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      const { memberId, importId } = c.req.valid('param');
      return c.json(await commitEmployeeImport(deps, actor, memberScopeOf(actor), memberId, importId), 200);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/employees/{employeeId}',
      tags: ['employees'],
      summary: 'One employee; the read is logged',
      access: COORD_OR_CONTACT,
      request: { params: employeeIdParamSchema },
      responses: { 200: { description: 'The employee', ...json(employeeSchema) }, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      return c.json(await getEmployee(deps, actor, memberScopeOf(actor), c.req.valid('param').employeeId), 200);
    },
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/api/employees/{employeeId}',
      tags: ['employees'],
      summary: 'Change an employee (endDate + endReason end the employment; endDate null undoes it)',
      access: COORD_OR_CONTACT,
      request: { params: employeeIdParamSchema, body: { required: true, ...json(updateEmployeeRequestSchema) } },
      responses: { 200: { description: 'The employee', ...json(employeeSchema) }, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      return c.json(await updateEmployee(deps, actor, memberScopeOf(actor), c.req.valid('param').employeeId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/employees/{employeeId}/end',
      tags: ['employees'],
      summary: 'End an employment on a date, with a reason',
      access: COORD_OR_CONTACT,
      request: { params: employeeIdParamSchema, body: { required: true, ...json(endEmployeeRequestSchema) } },
      responses: { 200: { description: 'The employee', ...json(employeeSchema) }, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      return c.json(await endEmployee(deps, actor, memberScopeOf(actor), c.req.valid('param').employeeId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/employees/{employeeId}/wages',
      tags: ['employees'],
      summary: 'The hourly wage history of an employee, newest first; the read is logged',
      access: COORD_OR_CONTACT,
      request: { params: employeeIdParamSchema },
      responses: { 200: { description: 'Wages', ...json(wageListSchema) }, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      return c.json({ items: await listWages(deps, actor, memberScopeOf(actor), c.req.valid('param').employeeId) }, 200);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/employees/{employeeId}/wages',
      tags: ['employees'],
      summary: 'Add an hourly wage from a date (replaces a wage with the same date)',
      access: COORD_OR_CONTACT,
      request: { params: employeeIdParamSchema, body: { required: true, ...json(addWageRequestSchema) } },
      responses: { 201: { description: 'Added', ...json(wageSchema) }, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      return c.json(await addWage(deps, actor, memberScopeOf(actor), c.req.valid('param').employeeId, c.req.valid('json')), 201);
    },
  );
}
