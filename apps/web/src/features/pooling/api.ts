import type {
  AcceptedPlan,
  MyFirmSavings,
  PoolingComparison,
  PoolingRunDetail,
  PoolingRunSummary,
  RerunPoolingRun,
  StartPoolingRun,
} from '@mutualis/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/client.ts';

export type { MyFirmSavings, PoolingComparison, PoolingRunDetail, PoolingRunSummary };

const isActive = (status: string | undefined) => status === 'queued' || status === 'running';

/** The mutual's runs; refreshed every second while one of them is queued or running. */
export function usePoolingRuns() {
  return useQuery({
    queryKey: ['pooling', 'runs'],
    queryFn: () => apiFetch<PoolingRunSummary[]>('/api/pooling/runs'),
    refetchInterval: (q) => (q.state.data?.some((r) => isActive(r.status)) ? 1000 : false),
  });
}

/** One run; polled every second while it is queued or running (the live progress). */
export function usePoolingRun(runId: string | undefined) {
  return useQuery({
    queryKey: ['pooling', 'run', runId],
    queryFn: () => apiFetch<PoolingRunDetail>(`/api/pooling/runs/${runId}`),
    enabled: !!runId,
    refetchInterval: (q) => (isActive(q.state.data?.status) ? 1000 : false),
    staleTime: 0,
  });
}

export function usePoolingComparison(a: string | null, b: string | null) {
  return useQuery({
    queryKey: ['pooling', 'compare', a, b],
    queryFn: () => apiFetch<PoolingComparison>('/api/pooling/runs/compare', { query: { a, b } }),
    enabled: !!a && !!b,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['pooling'] });
}

export function useStartPoolingRun() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: StartPoolingRun) => apiFetch<PoolingRunDetail>('/api/pooling/runs', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useRerunPoolingRun(runId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RerunPoolingRun) => apiFetch<PoolingRunDetail>(`/api/pooling/runs/${runId}/rerun`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useCancelPoolingRun(runId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => apiFetch<PoolingRunDetail>(`/api/pooling/runs/${runId}/cancel`, { method: 'POST' }),
    onSuccess: invalidate,
  });
}

export function useAcceptPoolingRun(runId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => apiFetch<AcceptedPlan>(`/api/pooling/runs/${runId}/accept`, { method: 'POST', body: {} }),
    onSuccess: invalidate,
  });
}

export function useMySavings(year: number) {
  return useQuery({
    queryKey: ['my-firm', 'savings', year],
    queryFn: () => apiFetch<MyFirmSavings>('/api/my-firm/savings', { query: { year } }),
  });
}

/** Months YYYY-MM from this month on, to choose the periods of a run. */
export function upcomingPeriods(count = 18, from = new Date()): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + i, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}
