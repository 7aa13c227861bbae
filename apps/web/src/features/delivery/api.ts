import type { Attestation, Enrolment, SessionDetail, SessionSummary } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/client.ts';

export type { Attestation, Enrolment, SessionDetail, SessionSummary };

export interface Roster {
  session: SessionSummary;
  meetingDays: { id: string; day: string; startsAt: string; endsAt: string; hours: number }[];
  participants: {
    enrolmentId: string;
    name: string;
    firm: string;
    jobTitle: string;
    status: string;
    outcome: 'passed' | 'not_passed' | null;
    score: number | null;
    attendance: { meetingDayId: string; present: boolean; hours: number }[];
    hoursAttended: number;
  }[];
}

export const useSessions = (status?: string) =>
  useQuery({ queryKey: ['delivery', 'sessions', status ?? ''], queryFn: () => apiFetch<SessionSummary[]>('/api/sessions', { query: { status } }) });

export const useSession = (id: string | undefined) =>
  useQuery({ queryKey: ['delivery', 'session', id], queryFn: () => apiFetch<SessionDetail>(`/api/sessions/${id}`), enabled: !!id });

export const useEnrolments = (sessionId: string, enabled: boolean) =>
  useQuery({ queryKey: ['delivery', 'enrolments', sessionId], queryFn: () => apiFetch<Enrolment[]>(`/api/sessions/${sessionId}/enrolments`), enabled });

export const useRoster = (sessionId: string, enabled: boolean) =>
  useQuery({ queryKey: ['delivery', 'roster', sessionId], queryFn: () => apiFetch<Roster>(`/api/sessions/${sessionId}/roster`), enabled });

export const useAttestations = (sessionId: string, enabled: boolean) =>
  useQuery({ queryKey: ['delivery', 'attestations', sessionId], queryFn: () => apiFetch<Attestation[]>('/api/attestations', { query: { sessionId } }), enabled });

/** The employees of the member contact's firm, to name into seats. */
export const useMyEmployees = (memberId: string | null | undefined) =>
  useQuery({
    queryKey: ['delivery', 'employees', memberId],
    queryFn: () => apiFetch<{ items: { id: string; firstName: string; lastName: string }[] }>(`/api/members/${memberId}/employees`, { query: { pageSize: 200 } }),
    enabled: !!memberId,
  });

/** Any write of the delivery API; refreshes every delivery query afterwards. */
export function useDeliveryMutation<B>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: (body: B) => string, body?: (b: B) => unknown) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (b: B) => apiFetch<unknown>(path(b), { method, body: body ? body(b) : undefined }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['delivery'] }),
  });
}
