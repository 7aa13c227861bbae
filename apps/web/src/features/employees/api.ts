import {
  type AddWageRequest,
  type CreateEmployeeRequest,
  type CreateJobChangeRequest,
  type Employee,
  type EmployeeImportPreview,
  type EmployeeImportResult,
  type EmployeeListQuery,
  type EndEmployeeRequest,
  employeeEndpoints,
  employeeImportEndpoints,
  outcomeEndpoints,
  type UpdateEmployeeRequest,
  type Wage,
  wageEndpoints,
} from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, downloadFrom } from '../../api/client.ts';

export { EMPLOYMENT_FILTERS, type EmploymentFilter } from '@mutualis/domain/employees/employment';
export type { Employee, Wage };
export type EmployeeInput = CreateEmployeeRequest;
export type ImportPreview = EmployeeImportPreview;
export type ImportResult = EmployeeImportResult;
export type ImportRowError = ImportPreview['errors'][number];
/** An employee list query; from the table state (the address bar), so the server checks its values. */
export type EmployeeQuery = Partial<EmployeeListQuery>;

export const employeeKeys = {
  all: ['employees'] as const,
  list: (query: EmployeeQuery & { memberId?: string }) => ['employees', 'list', query] as const,
  one: (id: string) => ['employees', 'one', id] as const,
  wages: (id: string) => ['employees', 'wages', id] as const,
  jobChanges: (id: string) => ['employees', 'job-changes', id] as const,
};

/** Downloads the employees of one firm (memberId) or of the whole mutual as CSV or XLSX. */
export function downloadEmployees(
  memberId: string | undefined,
  query: Record<string, unknown>,
  format: 'csv' | 'xlsx',
) {
  const input = { query: { ...query, format } };
  return memberId
    ? downloadFrom(employeeEndpoints.exportOfMember, { ...input, params: { memberId } }, `employees.${format}`)
    : downloadFrom(employeeEndpoints.exportOfMutual, input, `employees.${format}`);
}

/** Employees of one firm (memberId) or, for coordinators, of the whole mutual. */
export function useEmployees(memberId: string | undefined, query: EmployeeQuery) {
  return useQuery({
    queryKey: employeeKeys.list({ ...query, memberId }),
    queryFn: () =>
      memberId
        ? call(employeeEndpoints.listOfMember, { params: { memberId }, query })
        : call(employeeEndpoints.listOfMutual, { query }),
    placeholderData: (previous) => previous,
  });
}

export function useEmployee(id: string | undefined) {
  return useQuery({
    queryKey: employeeKeys.one(id ?? ''),
    queryFn: () => call(employeeEndpoints.get, { params: { employeeId: id ?? '' } }),
    enabled: Boolean(id),
  });
}

export function useSaveEmployee(id: string | undefined, memberId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EmployeeInput) =>
      id
        ? call(employeeEndpoints.update, { params: { employeeId: id }, body: body satisfies UpdateEmployeeRequest })
        : call(employeeEndpoints.create, { params: { memberId: memberId ?? '' }, body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: employeeKeys.all }),
  });
}

export function useEndEmployment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndEmployeeRequest) => call(employeeEndpoints.end, { params: { employeeId: id }, body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: employeeKeys.all }),
  });
}

export function useAddWage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddWageRequest) => call(wageEndpoints.add, { params: { employeeId: id }, body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: employeeKeys.all }),
  });
}

/** The employee's wages, newest first (one page holds them all: up to 500). */
export function useWages(id: string) {
  return useQuery({
    queryKey: employeeKeys.wages(id),
    queryFn: () => call(wageEndpoints.list, { params: { employeeId: id }, query: { pageSize: 500 } }),
    select: (data) => data.items,
  });
}

/** The employee's job class changes, newest first (one page holds them all: up to 500). */
export function useJobChanges(id: string) {
  return useQuery({
    queryKey: employeeKeys.jobChanges(id),
    queryFn: () => call(outcomeEndpoints.jobChanges, { params: { employeeId: id }, query: { pageSize: 500 } }),
    select: (data) => data.items,
  });
}

/** Records a job class change of the employee from a date (one a day). */
export function useAddJobChange(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateJobChangeRequest) =>
      call(outcomeEndpoints.addJobChange, { params: { employeeId: id }, body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: employeeKeys.jobChanges(id) }),
  });
}

/** Import in two steps: upload a file for a preview (nothing saved), then commit that preview all-or-nothing. */
export function useImportPreview(memberId: string) {
  return useMutation({
    mutationFn: (file: File) => call(employeeImportEndpoints.preview, { params: { memberId }, body: file }),
  });
}

export function useImportCommit(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (importId: string) => call(employeeImportEndpoints.commit, { params: { memberId, importId } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: employeeKeys.all }),
  });
}

/** Downloads the import file to fill in (XLSX, headers in the language given). */
export function downloadImportTemplate(lang: string) {
  return downloadFrom(employeeImportEndpoints.template, { query: { format: 'xlsx', lang } }, 'template.xlsx');
}
