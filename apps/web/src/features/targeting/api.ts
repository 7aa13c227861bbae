import { targetingEndpoints } from '@mutualis/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client.ts';

export type { TargetingReport } from '@mutualis/contracts';

/** The targeting report of the caller's mutual, or (funders, researchers) of `mutualId`; waits while `enabled` is false. */
export function useTargetingReport(period: { from?: string; to?: string }, mutualId?: string, enabled = true) {
  return useQuery({
    queryKey: ['targeting', mutualId ?? null, period],
    queryFn: () => call(targetingEndpoints.report, { query: { ...period, ...(mutualId ? { mutualId } : {}) } }),
    placeholderData: (previous) => previous,
    enabled,
  });
}
