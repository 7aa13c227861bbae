// The audit page's API: a page of the audit log.
import { type AuditEntry, type AuditQuery, auditEndpoints } from '@mutualis/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client.ts';

export type { AuditEntry };

export function useAudit(query: Partial<AuditQuery>, enabled = true) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: () => call(auditEndpoints.list, { query }),
    placeholderData: (previous) => previous,
    enabled,
  });
}
