import type { Attestation, CalendarFeedListItem, Enrolment, Mutual, RegisterEntryDto, SessionDetail, SessionSummary } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/client.ts';

export type { Attestation, CalendarFeedListItem, Enrolment, Mutual, RegisterEntryDto, SessionDetail, SessionSummary };

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

export interface EvaluationResults {
  scope: { sessionId: string | null; courseId: string | null; providerId: string | null };
  sessions: number;
  levels: { level: number; sent: number; responses: number; means: Record<string, number | null> }[];
  outcomes: { passed: number; notPassed: number; none: number };
}

/** The mutual of the signed-in coordinator, with its delivery settings. */
export const useMutual = (mutualId: string | null | undefined) =>
  useQuery({ queryKey: ['delivery', 'mutual', mutualId], queryFn: () => apiFetch<Mutual>(`/api/mutuals/${mutualId}`), enabled: !!mutualId });

export const useRegister = (year: number) =>
  useQuery({ queryKey: ['delivery', 'register', year], queryFn: () => apiFetch<RegisterEntryDto[]>('/api/register', { query: { year } }) });

/** Evaluation results of one session, or over a course, a provider or all delivered sessions. */
export const useEvaluation = (scope: { sessionId?: string; courseId?: string; providerId?: string }, enabled = true) =>
  useQuery({
    queryKey: ['delivery', 'evaluation', scope],
    queryFn: () =>
      scope.sessionId
        ? apiFetch<EvaluationResults>(`/api/sessions/${scope.sessionId}/evaluation`)
        : apiFetch<EvaluationResults>('/api/evaluation-results', { query: { courseId: scope.courseId, providerId: scope.providerId } }),
    enabled,
  });

export const useCalendarFeeds = () => useQuery({ queryKey: ['delivery', 'feeds'], queryFn: () => apiFetch<CalendarFeedListItem[]>('/api/calendar-feeds') });

/** Attestations of a firm or of one participant (a member contact: only its firm's). */
export const useAttestationList = (query: { memberId?: string; employeeId?: string }, enabled = true) =>
  useQuery({ queryKey: ['delivery', 'attestation-list', query], queryFn: () => apiFetch<Attestation[]>('/api/attestations', { query }), enabled });

/** Firms of the mutual (coordinator), for pickers. */
export const useMemberOptions = (enabled = true) =>
  useQuery({
    queryKey: ['delivery', 'member-options'],
    queryFn: () => apiFetch<{ items: { id: string; legalName: string }[] }>('/api/members', { query: { pageSize: 200 } }),
    select: (d) => d.items.map((m) => ({ value: m.id, label: m.legalName })),
    enabled,
  });

/** Employees of one firm, for pickers. */
export const useEmployeeOptions = (memberId: string | null | undefined) =>
  useQuery({
    queryKey: ['delivery', 'employees', memberId],
    queryFn: () => apiFetch<{ items: { id: string; firstName: string; lastName: string }[] }>(`/api/members/${memberId}/employees`, { query: { pageSize: 200 } }),
    select: (d) => d.items.map((e) => ({ value: e.id, label: `${e.firstName} ${e.lastName}` })),
    enabled: !!memberId,
  });
