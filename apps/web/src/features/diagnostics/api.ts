import type {
  ClientInput,
  CreateDiagnosticRequest,
  Diagnostic,
  DiagnosticSummary,
  ProposedNeedLine,
  UpdateDiagnosticRequest,
} from '@mutualis/contracts';
import { diagnosticEndpoints } from '@mutualis/contracts';
import type { DiagnosticCoordinatorMove } from '@mutualis/domain/diagnostics/diagnostic-status';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client.ts';

export {
  canTransitionDiagnostic,
  DIAGNOSTIC_STATUSES,
  type DiagnosticStatus,
  diagnosticIsEditable,
} from '@mutualis/domain/diagnostics/diagnostic-status';
export type { Diagnostic, DiagnosticSummary, ProposedNeedLine };

/** The filters of the diagnostic list (one page of up to 500 is read). */
export type DiagnosticQuery = Omit<
  NonNullable<ClientInput<typeof diagnosticEndpoints.list>['query']>,
  'page' | 'pageSize'
>;

export function useDiagnostics(query: DiagnosticQuery = {}) {
  return useQuery({
    queryKey: ['diagnostics', query],
    queryFn: () => call(diagnosticEndpoints.list, { query: { ...query, pageSize: 500 } }),
    select: (d) => d.items,
  });
}

export function useDiagnostic(id: string | undefined) {
  return useQuery({
    queryKey: ['diagnostics', 'one', id],
    queryFn: () => call(diagnosticEndpoints.get, { params: { diagnosticId: id as string } }),
    enabled: Boolean(id),
  });
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
  useDiagnosticMutation((body: CreateDiagnosticRequest) => call(diagnosticEndpoints.create, { body }));
export const useUpdateDiagnostic = (id: string) =>
  useDiagnosticMutation((body: UpdateDiagnosticRequest) =>
    call(diagnosticEndpoints.update, { params: { diagnosticId: id }, body }),
  );
export const useDiagnosticStatus = (id: string) =>
  useDiagnosticMutation((status: DiagnosticCoordinatorMove) =>
    call(diagnosticEndpoints.transition, { params: { diagnosticId: id }, body: { status } }),
  );
export const useSetProposedNeeds = (id: string) =>
  useDiagnosticMutation((lines: ProposedNeedLine[]) =>
    call(diagnosticEndpoints.setProposedNeeds, { params: { diagnosticId: id }, body: { lines } }),
  );
export const useValidateDiagnostic = (id: string) =>
  useDiagnosticMutation((rejectedNeedIds: string[]) =>
    call(diagnosticEndpoints.validate, { params: { diagnosticId: id }, body: { rejectedNeedIds } }),
  );
