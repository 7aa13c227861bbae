import { dashboardEndpoints } from '@mutualis/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client.ts';

/** The member contact's own firm at a glance: headcount, current and former employees, current employees by TEER. */
export function useMyFirmSummary() {
  return useQuery({ queryKey: ['my-firm', 'summary'], queryFn: () => call(dashboardEndpoints.myFirm) });
}
