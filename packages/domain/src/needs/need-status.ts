// The life of a need line, as pure transition rules (a diagnostic's: ../diagnostics/).

/** A need's statuses, in the order of its life. */
export const NEED_STATUSES = ['proposed', 'open', 'planned', 'scheduled', 'closed', 'withdrawn'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** How urgent a need is for its firm. */
export const NEED_PRIORITIES = ['high', 'medium', 'low'] as const;
export type NeedPriority = (typeof NEED_PRIORITIES)[number];

/** Where a need line came from. */
export const NEED_SOURCES = ['declared', 'diagnostic', 'import'] as const;
export type NeedSource = (typeof NEED_SOURCES)[number];

// proposed: a line a diagnostic suggests, waiting for the member's validation.
// open: pooling may use it; planned: a pooling plan reserved seats for it; scheduled: a session is set.
const needTransitions: Record<NeedStatus, readonly NeedStatus[]> = {
  proposed: ['open', 'withdrawn'],
  open: ['planned', 'withdrawn'],
  planned: ['scheduled', 'open', 'withdrawn'],
  scheduled: ['closed', 'planned', 'withdrawn'],
  closed: [],
  withdrawn: [],
};

/** True when a need may go from `from` to `to` (no-op transitions are refused). */
export function canTransitionNeed(from: NeedStatus, to: NeedStatus): boolean {
  return needTransitions[from].includes(to);
}

/** The statuses a need may go to next. */
export function nextNeedStatuses(from: NeedStatus): readonly NeedStatus[] {
  return needTransitions[from];
}

/** A member contact edits or withdraws its own need only until pooling has planned it. */
export function memberMayChangeNeed(status: NeedStatus): boolean {
  return status === 'proposed' || status === 'open';
}

/** Seats of a need: the number of named employees when there are any, otherwise the declared seats. */
export function needSeats(declaredSeats: number | null | undefined, employeeIds: readonly string[]): number | null {
  if (employeeIds.length > 0) return new Set(employeeIds).size;
  return declaredSeats && declaredSeats >= 1 ? declaredSeats : null;
}

// A diagnostic's vocabulary lives in diagnostics/; kept reachable from here for the needs area.
export {
  canTransitionDiagnostic,
  DIAGNOSTIC_STATUSES,
  type DiagnosticStatus,
  diagnosticIsEditable,
} from '../diagnostics/diagnostic-status.ts';
