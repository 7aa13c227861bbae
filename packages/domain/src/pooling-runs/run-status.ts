// The life of a pooling run: queued behind its mutual's other runs, solved in a worker thread,
// then ended one way or another. Only a succeeded run has a plan, and its plan is accepted once.

/** A run's statuses, in the order of its life (the last three end it). */
export const POOLING_RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type PoolingRunStatus = (typeof POOLING_RUN_STATUSES)[number];

/** The statuses of a run still to be solved: it shows its progress and may be cancelled. */
export const ACTIVE_POOLING_RUN_STATUSES = ['queued', 'running'] as const satisfies readonly PoolingRunStatus[];

/** True while the run waits or solves (progress is polled, cancel is offered). */
export function poolingRunIsActive(status: PoolingRunStatus): boolean {
  return (ACTIVE_POOLING_RUN_STATUSES as readonly PoolingRunStatus[]).includes(status);
}

/** True when the run ended with a plan to review, compare, re-run from and accept. */
export function poolingRunHasPlan(status: PoolingRunStatus): boolean {
  return status === 'succeeded';
}

/** True when the run's plan may still become sessions: it succeeded and was not accepted yet. */
export function poolingPlanMayBeAccepted(status: PoolingRunStatus, acceptedAt: string | null | undefined): boolean {
  return poolingRunHasPlan(status) && !acceptedAt;
}
