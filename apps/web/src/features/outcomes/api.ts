import type { FirmYearFields } from '@mutualis/contracts';
import { outcomeEndpoints } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, downloadFrom } from '../../api/client.ts';

export type { ConsentState, FirmYear, FirmYearFields, FirmYearView, OutcomeFirm } from '@mutualis/contracts';
export { PRODUCTIVITY_MEASURES } from '@mutualis/domain/outcomes/firm-year';

export type FirmKey = { kind: 'member'; memberId: string } | { kind: 'prospect'; prospectId: string };

export function useOutcomeFirms(year: number, reported?: 'yes' | 'no') {
  return useQuery({
    queryKey: ['outcomes', 'firms', year, reported ?? null],
    queryFn: () => call(outcomeEndpoints.firms, { query: { year, reported, pageSize: 500 } }),
    placeholderData: (previous) => previous,
  });
}

export function useFirmYear(firm: FirmKey | null, year: number) {
  return useQuery({
    queryKey: ['outcomes', 'year', firm, year],
    enabled: firm !== null,
    queryFn: () =>
      firm?.kind === 'prospect'
        ? call(outcomeEndpoints.prospectYear, { params: { prospectId: firm.prospectId, year } })
        : call(outcomeEndpoints.memberYear, { params: { memberId: (firm as { memberId: string }).memberId, year } }),
  });
}

export function useSaveFirmYear(firm: FirmKey | null, year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: FirmYearFields) =>
      firm?.kind === 'prospect'
        ? call(outcomeEndpoints.saveProspectYear, { params: { prospectId: firm.prospectId, year }, body })
        : call(outcomeEndpoints.saveMemberYear, {
            params: { memberId: (firm as { memberId: string }).memberId, year },
            body,
          }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['outcomes'] }),
  });
}

export function useRecordConsent(firm: FirmKey | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { granted: boolean; givenByName?: string; givenByTitle?: string; via?: 'app' | 'paper' }) =>
      firm?.kind === 'prospect'
        ? call(outcomeEndpoints.recordProspectConsent, { params: { prospectId: firm.prospectId }, body })
        : call(outcomeEndpoints.recordMemberConsent, {
            params: { memberId: (firm as { memberId: string }).memberId },
            body,
          }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['outcomes'] });
      void qc.invalidateQueries({ queryKey: ['prospects'] });
    },
  });
}

export function useSendOutcomeForms() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { year: number; includeProspects?: boolean }) => call(outcomeEndpoints.sendForms, { body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['outcomes'] }),
  });
}

export function useImportOutcomes() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => call(outcomeEndpoints.import, { body: file }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['outcomes'] }),
  });
}

export const downloadOutcomeTemplate = (format: 'csv' | 'xlsx') =>
  downloadFrom(outcomeEndpoints.template, { query: { format } }, `outcomes-template.${format}`);

/** The last complete year: the yearly form asks about it. */
export const lastCompleteYear = () => new Date().getFullYear() - 1;
