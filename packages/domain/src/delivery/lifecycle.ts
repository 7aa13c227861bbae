// The life of a training session, from the pooling plan to the evaluated activity.

export const SESSION_STATES = [
  'proposed',
  'confirmed',
  'scheduled',
  'in_delivery',
  'delivered',
  'evaluated',
  'cancelled',
] as const;
export type SessionState = (typeof SESSION_STATES)[number];

/** The transitions a session may take; cancellation only before delivery starts. */
export const ALLOWED_TRANSITIONS: Record<SessionState, readonly SessionState[]> = {
  proposed: ['confirmed', 'cancelled'],
  confirmed: ['scheduled', 'cancelled'],
  scheduled: ['in_delivery', 'cancelled'],
  in_delivery: ['delivered'],
  delivered: ['evaluated'],
  evaluated: [],
  cancelled: [],
};

/** What the guards need to know about a session at the moment of a transition. */
export interface SessionFacts {
  state: SessionState;
  /** Confirmed participants plus reserved seats not yet named. */
  seatsCommitted: number;
  seatsMin: number;
  seatsMax: number;
  /** Distinct member firms holding confirmed seats or reservations. */
  distinctFirms: number;
  /** The mutual's setting min_firms_per_session. */
  minFirms: number;
  meetingDays: number;
  hasPlace: boolean;
  hasTrainer: boolean;
  /** 'YYYY-MM-DD' of the first meeting day, if any. */
  firstDay: string | null;
  today: string;
  /** Missing fields of the activity register entry (s.15); empty when complete. */
  registerMissing: string[];
  /** Participants still without attendance for every meeting day. */
  attendanceMissing: number;
}

export type TransitionRefusal =
  | { code: 'transition_not_allowed'; message: string }
  | { code: 'minimum_not_reached'; message: string }
  | { code: 'too_few_firms'; message: string }
  | { code: 'reason_required'; message: string }
  | { code: 'not_scheduled'; message: string }
  | { code: 'not_started'; message: string }
  | { code: 'register_incomplete'; message: string; missing: string[] }
  | { code: 'attendance_incomplete'; message: string };

export interface TransitionRequest {
  to: SessionState;
  reason?: string | null;
  /** The coordinator's go/no-go decision to go ahead below the minimum (reason required). */
  override?: boolean;
}

/** Decides whether a transition is allowed; returns null when it is, or the first refusal. */
export function checkTransition(facts: SessionFacts, request: TransitionRequest): TransitionRefusal | null {
  const { state } = facts;
  const { to } = request;
  if (!ALLOWED_TRANSITIONS[state].includes(to)) {
    return { code: 'transition_not_allowed', message: `A ${state} session cannot become ${to}` };
  }
  const reason = request.reason?.trim() ?? '';
  switch (to) {
    case 'cancelled':
      if (!reason) return { code: 'reason_required', message: 'A cancellation needs a reason' };
      return null;
    case 'confirmed': {
      if (request.override) {
        if (!reason) return { code: 'reason_required', message: 'Confirming below the minimum needs a reason' };
        return null;
      }
      if (facts.seatsCommitted < facts.seatsMin) {
        return {
          code: 'minimum_not_reached',
          message: `${facts.seatsCommitted} of the ${facts.seatsMin} minimum seats are filled`,
        };
      }
      if (facts.distinctFirms < facts.minFirms) {
        return {
          code: 'too_few_firms',
          message: `${facts.distinctFirms} firm(s) take part; the mutual requires ${facts.minFirms}`,
        };
      }
      return null;
    }
    case 'scheduled':
      if (facts.meetingDays === 0 || !facts.hasPlace || !facts.hasTrainer) {
        const missing = [
          facts.meetingDays === 0 ? 'meeting days' : null,
          facts.hasPlace ? null : 'place or virtual link',
          facts.hasTrainer ? null : 'trainer',
        ].filter(Boolean);
        return { code: 'not_scheduled', message: `Scheduling needs: ${missing.join(', ')}` };
      }
      return null;
    case 'in_delivery':
      if (!facts.firstDay || facts.firstDay > facts.today) {
        return { code: 'not_started', message: 'Delivery starts on the first meeting day' };
      }
      return null;
    case 'delivered':
      if (facts.attendanceMissing > 0) {
        return {
          code: 'attendance_incomplete',
          message: `Attendance is missing for ${facts.attendanceMissing} participant(s)`,
        };
      }
      if (facts.registerMissing.length > 0) {
        return {
          code: 'register_incomplete',
          message: `The activity register entry is incomplete: ${facts.registerMissing.join(', ')}`,
          missing: facts.registerMissing,
        };
      }
      return null;
    default:
      return null;
  }
}

/** True when the session runs with fewer firms than the mutual's rule (allowed, but tagged). */
export function isSingleFirm(distinctFirms: number): boolean {
  return distinctFirms <= 1;
}

export type GoNoGo = 'open' | 'go' | 'alert';

/**
 * The go/no-go rule: before the date the session is open; on or after it, a proposed
 * session whose minimum (seats and firms) is not reached raises an alert for the coordinator.
 */
export function goNoGoStatus(input: {
  state: SessionState;
  goNoGoDate: string | null;
  today: string;
  seatsCommitted: number;
  seatsMin: number;
  distinctFirms: number;
  minFirms: number;
}): GoNoGo {
  const met = input.seatsCommitted >= input.seatsMin && input.distinctFirms >= input.minFirms;
  if (input.state !== 'proposed') return input.state === 'cancelled' ? 'open' : 'go';
  if (met) return 'go';
  if (input.goNoGoDate && input.today >= input.goNoGoDate) return 'alert';
  return 'open';
}
