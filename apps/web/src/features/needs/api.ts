import type { CreateNeedRequest, Need, NeedListQuery, UpdateNeedRequest } from '@mutualis/contracts';
import { demandEndpoints, needEndpoints } from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client.ts';

export { NEED_PRIORITIES, NEED_STATUSES } from '@mutualis/domain/needs/need-status';
export type { Need };
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

export function useNeeds(query: Partial<NeedListQuery>) {
  return useQuery({
    queryKey: ['needs', query],
    queryFn: () => call(needEndpoints.list, { query }),
    placeholderData: (previous) => previous,
  });
}

export function useSaveNeed(id?: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateNeedRequest | UpdateNeedRequest) =>
      id
        ? call(needEndpoints.update, { params: { needId: id }, body })
        : call(needEndpoints.create, { body: body as CreateNeedRequest }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['needs'] });
      void qc.invalidateQueries({ queryKey: ['demand'] });
    },
  });
}

export function useWithdrawNeed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(needEndpoints.withdraw, { params: { needId: id }, body: {} }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['needs'] }),
  });
}

export function useImportNeeds() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => call(needEndpoints.import, { body: file }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['needs'] }),
  });
}

/** What a member contact may know of other firms' demand on a topic: counts only. */
export function useAnonymousDemand(topicId: string | null) {
  return useQuery({
    queryKey: ['demand', 'anonymous', topicId],
    queryFn: () => call(demandEndpoints.anonymous, { params: { topicId: topicId as string } }),
    enabled: Boolean(topicId),
  });
}
