import type { CreateNeedRequest, Need, NeedList, UpdateNeedRequest } from '@mutualis/contracts';
import { needPrioritySchema, needStatusSchema } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, type Query } from '../../api/client.ts';

export type { Need };
export const NEED_STATUSES = needStatusSchema.options;
export const NEED_PRIORITIES = needPrioritySchema.options;
export const LANGUAGES = ['fr', 'en'] as const;
export const MODES = ['in_person', 'virtual'] as const;

/** The next `count` months written YYYY-MM, starting next month. */
export function upcomingMonths(count = 18, from = new Date()): string[] {
  const out: string[] = [];
  for (let i = 1; i <= count; i++) {
    const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + i, 1));
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

export function useNeeds(query: Query) {
  return useQuery({
    queryKey: ['needs', query],
    queryFn: () => apiFetch<NeedList>('/api/needs', { query }),
    placeholderData: (previous) => previous,
  });
}

export function useSaveNeed(id?: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateNeedRequest | UpdateNeedRequest) =>
      id ? apiFetch<Need>(`/api/needs/${id}`, { method: 'PATCH', body }) : apiFetch<Need>('/api/needs', { method: 'POST', body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['needs'] });
      void qc.invalidateQueries({ queryKey: ['demand'] });
    },
  });
}

export function useWithdrawNeed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<Need>(`/api/needs/${id}/withdraw`, { method: 'POST', body: {} }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['needs'] }),
  });
}

export function useImportNeeds() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return apiFetch<{ imported: number; needIds: string[] }>('/api/needs/import', { method: 'POST', body: form });
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['needs'] }),
  });
}

/** What a member contact may know of other firms' demand on a topic: counts only. */
export function useAnonymousDemand(topicId: string | null) {
  return useQuery({
    queryKey: ['demand', 'anonymous', topicId],
    queryFn: () => apiFetch<{ topicId: string; otherMembers: number; otherSeats: number; ownSeats: number }>(`/api/demand/topics/${topicId}`),
    enabled: Boolean(topicId),
  });
}
