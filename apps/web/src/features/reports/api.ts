import { reportEndpoints as r } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, downloadFrom } from '../../api/client.ts';

export type { AnnualReport, OnePercentStatement } from '@mutualis/contracts';

const money = ['money'];

export const useOnePercentList = (year: number, page: number) =>
  useQuery({
    queryKey: [...money, 'one-percent', year, page],
    queryFn: () => call(r.onePercentList, { query: { year, page, pageSize: 50 } }),
    placeholderData: (p) => p,
  });
export const useOnePercent = (memberId: string | null | undefined, year: number) =>
  useQuery({
    queryKey: [...money, 'one-percent', memberId, year],
    queryFn: () => call(r.onePercent, { params: { memberId: memberId as string, year } }),
    enabled: Boolean(memberId),
  });
export function useDeclareOnePercent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      memberId,
      year,
      payrollCents,
      otherSpendingCents,
    }: {
      memberId: string;
      year: number;
      payrollCents: number;
      otherSpendingCents: number;
    }) => call(r.declareOnePercent, { params: { memberId, year }, body: { payrollCents, otherSpendingCents } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: money }),
  });
}
export function useRemitShortfall() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, year }: { memberId: string; year: number }) =>
      call(r.remitShortfall, { params: { memberId, year }, body: {} }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: money }),
  });
}
export const downloadOnePercentPdf = (memberId: string, year: number, lang: 'fr' | 'en') =>
  downloadFrom(r.onePercentPdf, { params: { memberId, year }, query: { lang } }, `releve-1-pourcent-${year}.pdf`);

export const useAnnualReport = (fiscalYearStart?: string) =>
  useQuery({
    queryKey: [...money, 'annual', fiscalYearStart],
    queryFn: () => call(r.annualReport, { query: { fiscalYearStart } }),
  });
export const downloadAnnualReport = (kind: 'pdf' | 'xlsx', fiscalYearStart?: string, lang?: 'fr' | 'en') =>
  kind === 'pdf'
    ? downloadFrom(r.annualReportPdf, { query: { fiscalYearStart, lang } }, 'rapport-annuel.pdf')
    : downloadFrom(r.annualReportXlsx, { query: { fiscalYearStart } }, 'rapport-annuel.xlsx');
export function useSubmitAnnualReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (fiscalYearStart: string) => call(r.submitAnnualReport, { body: { fiscalYearStart } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: money }),
  });
}
export const useReportDeadline = () => useQuery({ queryKey: [...money, 'deadline'], queryFn: () => call(r.deadline) });
export const useCessation = () => useQuery({ queryKey: [...money, 'cessation'], queryFn: () => call(r.cessation) });
