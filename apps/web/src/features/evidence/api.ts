import type { EvidenceSettings } from '@mutualis/contracts';
import { evidenceEndpoints } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, downloadFrom } from '../../api/client.ts';

export type { EstimateAnswer, EvidenceDashboard, EvidenceSettings } from '@mutualis/contracts';

/** The dashboard of the caller's mutual, or (funders, researchers) of `mutualId`; waits while `enabled` is false. */
export function useEvidenceDashboard(windowStart: string | undefined, mutualId?: string, enabled = true) {
  return useQuery({
    queryKey: ['evidence', 'dashboard', mutualId ?? null, windowStart ?? null],
    queryFn: () =>
      call(evidenceEndpoints.dashboard, {
        query: { ...(mutualId ? { mutualId } : {}), ...(windowStart ? { windowStart } : {}) },
      }),
    placeholderData: (previous) => previous,
    staleTime: 60_000,
    enabled,
  });
}

export function useEvidenceSettings(mutualId?: string, enabled = true) {
  return useQuery({
    queryKey: ['evidence', 'settings', mutualId ?? null],
    queryFn: () => call(evidenceEndpoints.settings, { query: mutualId ? { mutualId } : {} }),
    enabled,
  });
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

export const downloadResearchExport = (mutualId?: string) =>
  downloadFrom(
    evidenceEndpoints.researchExport,
    { query: { format: 'csv', ...(mutualId ? { mutualId } : {}) } },
    'research-export.csv',
  );
export const downloadResearchDictionary = (mutualId?: string) =>
  downloadFrom(
    evidenceEndpoints.researchDictionary,
    { query: mutualId ? { mutualId } : {} },
    'research-export-dictionary.csv',
  );
