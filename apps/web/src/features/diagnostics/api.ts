import type { CreateDiagnosticRequest, Diagnostic, UpdateDiagnosticRequest } from '@mutualis/contracts';
import type { proposedNeedLineSchema } from '@mutualis/contracts';
import { diagnosticStatusSchema } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiFetch, type Query } from '../../api/client.ts';

export type { Diagnostic };
export type DiagnosticSummary = Omit<Diagnostic, 'needs'> & { needCount: number };
export type ProposedNeedLine = z.infer<typeof proposedNeedLineSchema>;
export const DIAGNOSTIC_STATUSES = diagnosticStatusSchema.options;

export function useDiagnostics(query: Query = {}) {
  return useQuery({
    queryKey: ['diagnostics', query],
    queryFn: () => apiFetch<{ items: DiagnosticSummary[] }>('/api/diagnostics', { query }),
    select: (d) => d.items,
  });
}

export function useDiagnostic(id: string | undefined) {
  return useQuery({ queryKey: ['diagnostics', 'one', id], queryFn: () => apiFetch<Diagnostic>(`/api/diagnostics/${id}`), enabled: Boolean(id) });
}

function useDiagnosticMutation<T>(fn: (body: T) => Promise<Diagnostic>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (d) => {
      qc.setQueryData(['diagnostics', 'one', d.id], d);
      void qc.invalidateQueries({ queryKey: ['diagnostics'] });
      void qc.invalidateQueries({ queryKey: ['needs'] });
    },
  });
}

export const useCreateDiagnostic = () =>
  useDiagnosticMutation((body: CreateDiagnosticRequest) => apiFetch<Diagnostic>('/api/diagnostics', { method: 'POST', body }));
export const useUpdateDiagnostic = (id: string) =>
  useDiagnosticMutation((body: UpdateDiagnosticRequest) => apiFetch<Diagnostic>(`/api/diagnostics/${id}`, { method: 'PATCH', body }));
export const useDiagnosticStatus = (id: string) =>
  useDiagnosticMutation((status: 'in_progress' | 'completed' | 'cancelled') =>
    apiFetch<Diagnostic>(`/api/diagnostics/${id}/status`, { method: 'POST', body: { status } }),
  );
export const useSetProposedNeeds = (id: string) =>
  useDiagnosticMutation((lines: ProposedNeedLine[]) => apiFetch<Diagnostic>(`/api/diagnostics/${id}/needs`, { method: 'PUT', body: { lines } }));
export const useValidateDiagnostic = (id: string) =>
  useDiagnosticMutation((rejectedNeedIds: string[]) =>
    apiFetch<Diagnostic>(`/api/diagnostics/${id}/validate`, { method: 'POST', body: { rejectedNeedIds } }),
  );
