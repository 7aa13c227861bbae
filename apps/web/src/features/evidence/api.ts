import type { EvidenceSettings } from '@mutualis/contracts';
import { evidenceEndpoints } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, downloadFrom } from '../../api/client.ts';

export type { EvidenceDashboard, EstimateAnswer, EvidenceSettings } from '@mutualis/contracts';

export function useEvidenceDashboard(windowStart?: string) {
  return useQuery({
    queryKey: ['evidence', 'dashboard', windowStart ?? null],
    queryFn: () => call(evidenceEndpoints.dashboard, { query: windowStart ? { windowStart } : {} }),
    placeholderData: (previous) => previous,
    staleTime: 60_000,
  });
}

export function useEvidenceSettings() {
  return useQuery({ queryKey: ['evidence', 'settings'], queryFn: () => call(evidenceEndpoints.settings) });
}

export function useSaveEvidenceSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: EvidenceSettings) => call(evidenceEndpoints.saveSettings, { body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['evidence'] });
      void qc.invalidateQueries({ queryKey: ['targeting'] });
    },
  });
}

export const downloadResearchExport = () => downloadFrom(evidenceEndpoints.researchExport, { query: { format: 'csv' } }, 'research-export.csv');
export const downloadResearchDictionary = () => downloadFrom(evidenceEndpoints.researchDictionary, {}, 'research-export-dictionary.csv');
