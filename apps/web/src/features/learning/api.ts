import { type AttestationExpiryQuery, learningEndpoints } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client.ts';

export type { AttestationExpiry, LearnerRecord } from '@mutualis/contracts';
export { EXPIRY_FILTERS, type ExpiryFilter, type ExpiryStatus } from '@mutualis/domain/learning/validity';

const keys = {
  all: ['learning'] as const,
  record: (employeeId: string) => ['learning', 'record', employeeId] as const,
  expiries: (query: Partial<AttestationExpiryQuery>) => ['learning', 'expiries', query] as const,
};

/** An employee's learner record: sessions, hours, attestations and their expiry, questionnaires' status. */
export const useLearnerRecord = (employeeId: string | undefined) =>
  useQuery({
    queryKey: keys.record(employeeId ?? ''),
    queryFn: () => call(learningEndpoints.record, { params: { employeeId: employeeId as string } }),
    enabled: Boolean(employeeId),
  });

/** Attestations that expire within the horizon or have expired, soonest first. */
export const useExpiries = (query: Partial<AttestationExpiryQuery>) =>
  useQuery({
    queryKey: keys.expiries(query),
    queryFn: () => call(learningEndpoints.expiries, { query }),
    placeholderData: (previous) => previous,
  });

/** One click: the renewal need of an attestation; the record, the expiries and the needs show it. */
export function useCreateRenewalNeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (attestationId: string) => call(learningEndpoints.renew, { params: { attestationId } }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.all });
      void client.invalidateQueries({ queryKey: ['needs'] });
    },
  });
}
