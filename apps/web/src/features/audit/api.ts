import type { AuditEntry, AuditPage } from '@mutualis/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch, type Query } from '../../api/client.ts';

export type { AuditEntry };

export function useAudit(query: Query, enabled = true) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: () => apiFetch<AuditPage>('/api/audit-log', { query }),
    placeholderData: (previous) => previous,
    enabled,
  });
}
