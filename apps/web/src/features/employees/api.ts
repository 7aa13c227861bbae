import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddWageRequest,
  CreateEmployeeRequest,
  Employee,
  EmployeeImportPreview,
  EmployeeList,
  EndEmployeeRequest,
  employeeImportResultSchema,
  UpdateEmployeeRequest,
  wageSchema,
} from '@mutualis/contracts';
import type { z } from 'zod';
import { apiFetch, type Query } from '../../api/client.ts';

export type { Employee };
export type EmployeeInput = CreateEmployeeRequest;
export type Wage = z.infer<typeof wageSchema>;
export type ImportPreview = EmployeeImportPreview;
export type ImportResult = z.infer<typeof employeeImportResultSchema>;
export type ImportRowError = ImportPreview['errors'][number];

export const employeeKeys = {
  all: ['employees'] as const,
  list: (query: Query) => ['employees', 'list', query] as const,
  one: (id: string) => ['employees', 'one', id] as const,
  wages: (id: string) => ['employees', 'wages', id] as const,
};

/** Employees of one firm (memberId) or, for coordinators, of the whole mutual. */
export function useEmployees(memberId: string | undefined, query: Query) {
  return useQuery({
    queryKey: employeeKeys.list({ ...query, memberId }),
    queryFn: () => apiFetch<EmployeeList>(memberId ? `/api/members/${memberId}/employees` : '/api/employees', { query }),
    placeholderData: (previous) => previous,
  });
}

export function useEmployee(id: string | undefined) {
  return useQuery({
    queryKey: employeeKeys.one(id ?? ''),
    queryFn: () => apiFetch<Employee>(`/api/employees/${id}`),
    enabled: Boolean(id),
  });
}

export function useSaveEmployee(id: string | undefined, memberId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EmployeeInput) =>
      id
        ? apiFetch<Employee>(`/api/employees/${id}`, { method: 'PATCH', body: body satisfies UpdateEmployeeRequest })
        : apiFetch<Employee>(`/api/members/${memberId}/employees`, { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: employeeKeys.all }),
  });
}

export function useEndEmployment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndEmployeeRequest) =>
      apiFetch<Employee>(`/api/employees/${id}/end`, { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: employeeKeys.all }),
  });
}

export function useAddWage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddWageRequest) =>
      apiFetch<unknown>(`/api/employees/${id}/wages`, { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: employeeKeys.all }),
  });
}

export function useWages(id: string) {
  return useQuery({
    queryKey: employeeKeys.wages(id),
    queryFn: () => apiFetch<{ items: Wage[] }>(`/api/employees/${id}/wages`),
    select: (data) => data.items,
  });
}

/** Import in two steps: upload a file for a preview (nothing saved), then commit that preview all-or-nothing. */
export function useImportPreview(memberId: string) {
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.set('file', file);
      return apiFetch<ImportPreview>(`/api/members/${memberId}/employees/imports`, { method: 'POST', body });
    },
  });
}

export function useImportCommit(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (importId: string) =>
      apiFetch<ImportResult>(`/api/members/${memberId}/employees/imports/${importId}/commit`, { method: 'POST' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: employeeKeys.all }),
  });
}
