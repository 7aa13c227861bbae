import type {
  MyFirmSavings,
  PoolingComparison,
  PoolingRunDetail,
  PoolingRunSummary,
  RerunPoolingRun,
  StartPoolingRun,
} from '@mutualis/contracts';
import { poolingRunEndpoints, savingsEndpoints } from '@mutualis/contracts';
import { pathOf } from '@mutualis/contracts/endpoint';
import { poolingRunIsActive } from '@mutualis/domain/pooling-runs/run-status';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, downloadFrom } from '../../api/client.ts';

export { poolingPlanMayBeAccepted, poolingRunIsActive } from '@mutualis/domain/pooling-runs/run-status';
export type { MyFirmSavings, PoolingComparison, PoolingRunDetail, PoolingRunSummary };

/** As many runs as the list ever showed, in one page. */
const RUNS_PAGE_SIZE = 200;
/** A firm's savings lines of every year, in one page. */
const SAVINGS_PAGE_SIZE = 500;

/** The mutual's runs; refreshed every second while one of them is queued or running. */
export function usePoolingRuns() {
  return useQuery({
    queryKey: ['pooling', 'runs'],
    queryFn: () => call(poolingRunEndpoints.list, { query: { pageSize: RUNS_PAGE_SIZE } }),
    refetchInterval: (q) => (q.state.data?.items.some((r) => poolingRunIsActive(r.status)) ? 1000 : false),
  });
}

/** One run; polled every second while it is queued or running (the live progress). */
export function usePoolingRun(runId: string | undefined) {
  return useQuery({
    queryKey: ['pooling', 'run', runId],
    queryFn: () => call(poolingRunEndpoints.get, { params: { runId: runId as string } }),
    enabled: !!runId,
    refetchInterval: (q) => (q.state.data && poolingRunIsActive(q.state.data.status) ? 1000 : false),
    staleTime: 0,
  });
}

export function usePoolingComparison(a: string | null, b: string | null) {
  return useQuery({
    queryKey: ['pooling', 'compare', a, b],
    queryFn: () => call(poolingRunEndpoints.compare, { query: { a: a as string, b: b as string } }),
    enabled: !!a && !!b,
  });
}

/** Where a run's full input (problem and adjustments, JSON) is downloaded from. */
export const poolingProblemHref = (runId: string) => pathOf(poolingRunEndpoints.problem, { runId });

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['pooling'] });
}

export function useStartPoolingRun() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: StartPoolingRun) => call(poolingRunEndpoints.start, { body }),
    onSuccess: invalidate,
  });
}

export function useRerunPoolingRun(runId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: RerunPoolingRun) => call(poolingRunEndpoints.rerun, { params: { runId }, body }),
    onSuccess: invalidate,
  });
}

export function useCancelPoolingRun(runId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => call(poolingRunEndpoints.cancel, { params: { runId } }),
    onSuccess: invalidate,
  });
}

export function useAcceptPoolingRun(runId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => call(poolingRunEndpoints.accept, { params: { runId }, body: {} }),
    onSuccess: invalidate,
  });
}

export function useMySavings(year: number) {
  return useQuery({
    queryKey: ['my-firm', 'savings', year],
    queryFn: () => call(savingsEndpoints.mine, { query: { year, pageSize: SAVINGS_PAGE_SIZE } }),
  });
}

/** Downloads the firm's savings statement of a year (a PDF, `lang` first) under the server's name. */
export function downloadSavingsStatement(year: number, lang: 'fr' | 'en') {
  return downloadFrom(savingsEndpoints.statement, { query: { year, lang } }, `statement-${year}.pdf`);
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
