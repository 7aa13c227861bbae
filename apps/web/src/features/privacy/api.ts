// Personal information (Law 25): a person's file, its PDF, erasure, and the read report.
import {
  type CreateIncidentRequest,
  type IncidentListQuery,
  incidentEndpoints,
  type PersonErasure,
  type PersonFile,
  type PersonRead,
  type PersonReadQuery,
  type PrivacyOfficerRequest,
  privacyEndpoints,
  privacyOfficerEndpoints,
  type RecordPersonConsentRequest,
  retentionEndpoints,
  type SetRetentionRequest,
} from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, downloadFrom } from '../../api/client.ts';

export type { PersonErasure, PersonFile, PersonRead };

export const privacyKeys = {
  file: (employeeId: string) => ['privacy', 'file', employeeId] as const,
  reads: (query: Partial<PersonReadQuery>) => ['privacy', 'reads', query] as const,
};

export function usePersonFile(employeeId: string) {
  return useQuery({
    queryKey: privacyKeys.file(employeeId),
    queryFn: () => call(privacyEndpoints.personFile, { params: { employeeId } }),
  });
}

export const downloadPersonFilePdf = (employeeId: string) =>
  downloadFrom(privacyEndpoints.personFilePdf, { params: { employeeId } }, 'person-file.pdf');

export function useErasePerson(employeeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => call(privacyEndpoints.erase, { params: { employeeId }, body: { reason } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['privacy'] }),
  });
}

export function usePersonReads(query: Partial<PersonReadQuery>) {
  return useQuery({
    queryKey: privacyKeys.reads(query),
    queryFn: () => call(privacyEndpoints.reads, { query }),
    placeholderData: (previous) => previous,
  });
}

export type { ConfidentialityIncident, CreateIncidentRequest } from '@mutualis/contracts';

export function useIncidents(query: Partial<IncidentListQuery>) {
  return useQuery({
    queryKey: ['privacy', 'incidents', query],
    queryFn: () => call(incidentEndpoints.list, { query }),
    placeholderData: (previous) => previous,
  });
}

/** Records an incident (no id) or completes one. */
export function useSaveIncident(incidentId: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateIncidentRequest) =>
      incidentId
        ? call(incidentEndpoints.update, { params: { incidentId }, body })
        : call(incidentEndpoints.create, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['privacy', 'incidents'] }),
  });
}

export type { PrivacyOfficerRequest, RetentionAnswer, SetRetentionRequest } from '@mutualis/contracts';

export function usePrivacyOfficer() {
  return useQuery({
    queryKey: ['privacy', 'officer', 'settings'],
    queryFn: () => call(privacyOfficerEndpoints.get, {}),
  });
}

/** Names the mutual's privacy officer; the footer shows the new contact at once. */
export function useSetPrivacyOfficer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PrivacyOfficerRequest) => call(privacyOfficerEndpoints.set, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['privacy', 'officer'] }),
  });
}

export function useRetention() {
  return useQuery({ queryKey: ['privacy', 'retention'], queryFn: () => call(retentionEndpoints.get, {}) });
}

export function useSetRetention() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SetRetentionRequest) => call(retentionEndpoints.set, { body }),
    onSuccess: (answer) => client.setQueryData(['privacy', 'retention'], answer),
  });
}

export type { RecordPersonConsentRequest } from '@mutualis/contracts';

/** Records a consent given or withdrawn; the person's file shows it at once. */
export function useRecordConsent(employeeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordPersonConsentRequest) =>
      call(privacyEndpoints.recordConsent, { params: { employeeId }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: privacyKeys.file(employeeId) }),
  });
}
