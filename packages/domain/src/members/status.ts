// A member's life cycle: prospect → active → lapsed / withdrawn; lapsed → active (reactivation).
// A withdrawn firm that comes back returns as a prospect on the same record, which keeps its history.

/** A member firm's statuses, in the order of its life. */
export const MEMBER_STATUSES = ['prospect', 'active', 'lapsed', 'withdrawn'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** The statuses' names in French and English (exports, reference data). */
export const MEMBER_STATUS_LABELS: Readonly<Record<MemberStatus, { fr: string; en: string }>> = {
  prospect: { fr: 'Prospect', en: 'Prospect' },
  active: { fr: 'Active', en: 'Active' },
  lapsed: { fr: 'Échue', en: 'Lapsed' },
  withdrawn: { fr: 'Retirée', en: 'Withdrawn' },
};

/** The statuses of a firm that is a member now: the ones the mutual's figures count. */
export const CURRENT_MEMBER_STATUSES = ['active'] as const satisfies readonly MemberStatus[];

/** The statuses of a firm that has left the mutual: moving there needs a reason and sets the date it left. */
export const LEFT_MEMBER_STATUSES = ['lapsed', 'withdrawn'] as const satisfies readonly MemberStatus[];

/** True when the firm is a member now (counted in the mutual's figures). */
export function memberIsCurrent(status: MemberStatus): boolean {
  return (CURRENT_MEMBER_STATUSES as readonly MemberStatus[]).includes(status);
}

/** True when the firm has left the mutual (lapsed or withdrawn). */
export function memberHasLeft(status: MemberStatus): boolean {
  return (LEFT_MEMBER_STATUSES as readonly MemberStatus[]).includes(status);
}

const ALLOWED: Record<MemberStatus, readonly MemberStatus[]> = {
  prospect: ['active', 'withdrawn'],
  active: ['lapsed', 'withdrawn'],
  lapsed: ['active', 'withdrawn'],
  withdrawn: ['prospect'],
};

/** The statuses a member may move to from `from`. */
export function allowedNextStatuses(from: MemberStatus): readonly MemberStatus[] {
  return ALLOWED[from];
}

export interface MemberLifecycle {
  status: MemberStatus;
  statusChangedOn: string;
  statusReason: string | null;
  joinedOn: string | null;
  leftOn: string | null;
}

export interface StatusChange {
  to: MemberStatus;
  /** The date the change takes effect, YYYY-MM-DD. */
  on: string;
  reason?: string | null;
}

export type StatusChangeResult =
  | { ok: true; next: MemberLifecycle }
  | { ok: false; field: 'status' | 'on' | 'reason'; code: MemberStatusProblem; params?: Record<string, string> };

/** Why a status change is refused (the server writes each in the caller's language). */
export type MemberStatusProblem =
  | 'status_unchanged'
  | 'status_change_not_allowed'
  | 'real_date'
  | 'date_in_future'
  | 'before_last_status_change'
  | 'reason_required';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Applies a status change: refuses transitions not in the table, dates before the last change
 * or after today, and lapsed/withdrawn without a reason. Joining sets joinedOn (kept on
 * reactivation); leaving sets leftOn; reactivation clears it.
 */
export function changeMemberStatus(current: MemberLifecycle, change: StatusChange, today: string): StatusChangeResult {
  if (change.to === current.status)
    return { ok: false, field: 'status', code: 'status_unchanged', params: { status: current.status } };
  if (!ALLOWED[current.status].includes(change.to)) {
    return {
      ok: false,
      field: 'status',
      code: 'status_change_not_allowed',
      params: { from: current.status, to: change.to },
    };
  }
  if (!isoDate.test(change.on)) return { ok: false, field: 'on', code: 'real_date' };
  if (change.on > today) return { ok: false, field: 'on', code: 'date_in_future' };
  if (change.on < current.statusChangedOn) {
    return { ok: false, field: 'on', code: 'before_last_status_change', params: { date: current.statusChangedOn } };
  }
  const reason = change.reason?.trim() || null;
  if (memberHasLeft(change.to) && !reason) {
    return { ok: false, field: 'reason', code: 'reason_required' };
  }
  const next: MemberLifecycle = { ...current, status: change.to, statusChangedOn: change.on, statusReason: reason };
  if (change.to === 'active') {
    next.joinedOn = current.joinedOn ?? change.on;
    next.leftOn = null;
  } else if (memberHasLeft(change.to)) {
    next.leftOn = change.on;
  } else if (change.to === 'prospect') {
    next.leftOn = null;
  }
  return { ok: true, next };
}
