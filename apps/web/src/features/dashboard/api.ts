import { type Dashboard, dashboardEndpoints } from '@mutualis/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client.ts';

export type { Dashboard };

/** The mutual's figures (coordinators and board viewers; no names for board viewers). */
export function useDashboard() {
  return useQuery({ queryKey: ['dashboard'], queryFn: () => call(dashboardEndpoints.mutual) });
}
