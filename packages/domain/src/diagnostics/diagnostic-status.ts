// The life of a needs diagnostic, as pure transition rules.

/** A diagnostic's statuses: scheduled → in_progress → completed → validated (by the member contact); cancelled. */
export const DIAGNOSTIC_STATUSES = ['scheduled', 'in_progress', 'completed', 'validated', 'cancelled'] as const;
export type DiagnosticStatus = (typeof DIAGNOSTIC_STATUSES)[number];

/** The moves a coordinator makes (start, complete, reopen, cancel); validation is the member contact's. */
export const DIAGNOSTIC_COORDINATOR_MOVES = [
  'in_progress',
  'completed',
  'cancelled',
] as const satisfies readonly DiagnosticStatus[];
export type DiagnosticCoordinatorMove = (typeof DIAGNOSTIC_COORDINATOR_MOVES)[number];

const diagnosticTransitions: Record<DiagnosticStatus, readonly DiagnosticStatus[]> = {
  scheduled: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  // A completed diagnostic can be reopened by the coordinator until the member validates it.
  completed: ['validated', 'in_progress'],
  validated: [],
  cancelled: [],
};

/** True when a diagnostic may go from `from` to `to`. */
export function canTransitionDiagnostic(from: DiagnosticStatus, to: DiagnosticStatus): boolean {
  return diagnosticTransitions[from].includes(to);
}

/** The coordinator may change a diagnostic's content and proposed lines until it is completed. */
export function diagnosticIsEditable(status: DiagnosticStatus): boolean {
  return status === 'scheduled' || status === 'in_progress';
}
