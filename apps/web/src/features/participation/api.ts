import { type CreateProspectRequest, participationEndpoints, type UpdateProspectRequest } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client.ts';

export type { ParticipationAnalysis, Prospect } from '@mutualis/contracts';
export { PROSPECT_STAGES, type ProspectStage } from '@mutualis/domain/participation/prospect-stage';
export { PARTICIPATION_KINDS, type ParticipationKind } from '@mutualis/domain/participation/questionnaires';
export { BARRIER_REASONS, HEARD_FROM, JOIN_REASONS } from '@mutualis/domain/participation/reasons';

export function useProspects(query: { stage?: string; search?: string }) {
  return useQuery({
    queryKey: ['prospects', query],
    queryFn: () =>
      call(participationEndpoints.prospects, { query: { ...query, stage: query.stage as never, pageSize: 500 } }),
    placeholderData: (previous) => previous,
  });
}

export function useSaveProspect(id?: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProspectRequest | UpdateProspectRequest) =>
      id
        ? call(participationEndpoints.updateProspect, { params: { prospectId: id }, body })
        : call(participationEndpoints.createProspect, { body: body as CreateProspectRequest }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['prospects'] }),
  });
}

export function useMoveProspect() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; stage: string; reasons?: string[] }) =>
      call(participationEndpoints.moveProspect, {
        params: { prospectId: input.id },
        body: { stage: input.stage as never, reasons: input.reasons as never },
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['prospects'] });
      void qc.invalidateQueries({ queryKey: ['participation'] });
    },
  });
}

/** The analysis of the caller's mutual, or (funders, researchers) of `mutualId`; waits while `enabled` is false. */
export function useParticipationAnalysis(mutualId?: string, enabled = true) {
  return useQuery({
    queryKey: ['participation', 'analysis', mutualId ?? null],
    queryFn: () => call(participationEndpoints.analysis, { query: mutualId ? { mutualId } : {} }),
    enabled,
  });
}

export function useParticipationQuestionnaires(kind?: string) {
  return useQuery({
    queryKey: ['participation', 'questionnaires', kind ?? null],
    queryFn: () => call(participationEndpoints.questionnaires, { query: { kind: kind as never, pageSize: 100 } }),
  });
}

export function useSendParticipation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { kind: string; memberIds?: string[]; prospectIds?: string[] }) =>
      call(participationEndpoints.sendQuestionnaires, { body: body as never }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['participation'] }),
  });
}
