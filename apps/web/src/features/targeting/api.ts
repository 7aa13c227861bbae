import { targetingEndpoints } from '@mutualis/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client.ts';

export type { TargetingReport } from '@mutualis/contracts';

export function useTargetingReport(period: { from?: string; to?: string }) {
  return useQuery({
    queryKey: ['targeting', period],
    queryFn: () => call(targetingEndpoints.report, { query: period }),
    placeholderData: (previous) => previous,
  });
}
