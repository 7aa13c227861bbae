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

const isIn = <T extends string>(states: readonly T[], state: string): state is T =>
  (states as readonly string[]).includes(state);

/** Before delivery: a session takes enrolments, withdrawals, substitutions, seat requests, reservation and meeting-day changes. */
export const OPEN_FOR_ENROLMENT = ['proposed', 'confirmed', 'scheduled'] as const satisfies readonly SessionState[];
export const sessionIsOpenForEnrolment = (state: string): boolean => isIn(OPEN_FOR_ENROLMENT, state);

/** Confirmed or scheduled: every member contact of the mutual sees the session, even without seats in it. */
export const OPEN_TO_EVERY_MEMBER = ['confirmed', 'scheduled'] as const satisfies readonly SessionState[];
export const sessionIsOpenToEveryMember = (state: string): boolean => isIn(OPEN_TO_EVERY_MEMBER, state);

/** Not yet certain to happen: calendars show the session as tentative. */
export const TENTATIVE_STATES = ['proposed', 'confirmed'] as const satisfies readonly SessionState[];
export const sessionIsTentative = (state: string): boolean => isIn(TENTATIVE_STATES, state);

/** Participants hold their invitation: changes they would see (title, place, link, days) are e-mailed to them. */
export const ANNOUNCED_STATES = ['scheduled', 'in_delivery'] as const satisfies readonly SessionState[];
export const sessionIsAnnounced = (state: string): boolean => isIn(ANNOUNCED_STATES, state);

/** Live and not delivered yet: the needs behind its seats still wait for it. */
export const STILL_TO_DELIVER = [...OPEN_FOR_ENROLMENT, 'in_delivery'] as const satisfies readonly SessionState[];
export const sessionIsStillToDeliver = (state: string): boolean => isIn(STILL_TO_DELIVER, state);

/** The activity took place (or is taking place): it has a roster and an entry in the year's register. */
export const HELD_STATES = ['in_delivery', 'delivered', 'evaluated'] as const satisfies readonly SessionState[];
export const sessionWasHeld = (state: string): boolean => isIn(HELD_STATES, state);

/** Delivered (evaluated or not): attestations are issued and evaluation results are read. */
export const DELIVERED_STATES = ['delivered', 'evaluated'] as const satisfies readonly SessionState[];
export const sessionIsDelivered = (state: string): boolean => isIn(DELIVERED_STATES, state);

/** Over (delivered, evaluated or cancelled): the session can no longer be edited. */
export const FINISHED_STATES = [...DELIVERED_STATES, 'cancelled'] as const satisfies readonly SessionState[];
export const sessionIsFinished = (state: string): boolean => isIn(FINISHED_STATES, state);

/** Participants' results (passed, not passed, score) are recorded during delivery and until the evaluation closes. */
export const TAKES_RESULTS = ['in_delivery', 'delivered'] as const satisfies readonly SessionState[];
export const sessionTakesResults = (state: string): boolean => isIn(TAKES_RESULTS, state);

/** Attendance is recorded only while the session is in delivery. */
export const sessionTakesAttendance = (state: string): boolean => state === 'in_delivery';

/** What the session's history records: its creation, changes, transitions, go/no-go alerts and seat changes or requests. */
export const SESSION_EVENT_KINDS = ['created', 'transition', 'change', 'go_no_go_alert', 'reservation'] as const;
export type SessionEventKind = (typeof SESSION_EVENT_KINDS)[number];

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

/** Why a transition is refused: a stable code, its figures (`params`) and the English sentence. */
export type TransitionRefusal =
  | { code: 'transition_not_allowed'; message: string; params?: undefined }
  | { code: 'minimum_not_reached'; message: string; params: { committed: number; minimum: number } }
  | { code: 'too_few_firms'; message: string; params: { firms: number; minimum: number } }
  | { code: 'reason_required'; message: string; params?: undefined }
  | {
      code: 'not_scheduled';
      message: string;
      params?: undefined;
      missing: ('meetingDays' | 'place' | 'trainerUserId')[];
    }
  | { code: 'not_started'; message: string; params?: undefined }
  | { code: 'register_incomplete'; message: string; params?: undefined; missing: string[] }
  | { code: 'attendance_incomplete'; message: string; params: { count: number } };

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
          params: { committed: facts.seatsCommitted, minimum: facts.seatsMin },
        };
      }
      if (facts.distinctFirms < facts.minFirms) {
        return {
          code: 'too_few_firms',
          message: `${facts.distinctFirms} firm(s) take part; the mutual requires ${facts.minFirms}`,
          params: { firms: facts.distinctFirms, minimum: facts.minFirms },
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
        const fields = [
          facts.meetingDays === 0 ? 'meetingDays' : null,
          facts.hasPlace ? null : 'place',
          facts.hasTrainer ? null : 'trainerUserId',
        ] as const;
        return {
          code: 'not_scheduled',
          message: `Scheduling needs: ${missing.join(', ')}`,
          missing: fields.filter((f) => f !== null),
        };
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
          params: { count: facts.attendanceMissing },
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

/** The go/no-go reading of a session: still open, going ahead, or an alert (minimum not reached at the decision date). */
export const GO_NO_GO_STATUSES = ['open', 'go', 'alert'] as const;
export type GoNoGo = (typeof GO_NO_GO_STATUSES)[number];

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
