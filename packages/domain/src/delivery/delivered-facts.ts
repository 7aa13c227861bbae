// What a session delivered, from its meeting days and its attendance: the one source of the dates,
// hours and participants that the activity register (s.15), the attestations (s.14) and the roster
// state. A course's nominal duration never enters here.
import { hasCompleted } from './attestation.ts';

export interface FactDay {
  id: string;
  /** 'YYYY-MM-DD'. */
  day: string;
  hours: number;
}

export interface FactMark {
  enrolmentId: string;
  meetingDayId: string;
  present: boolean;
  hours: number;
}

export interface DeliveredParticipant {
  enrolmentId: string;
  /** Hours present, over the session's meeting days (rounded to the hundredth). */
  hoursAttended: number;
  /** Meeting days present. */
  daysPresent: number;
  /** Present at least once. */
  attended: boolean;
  /** Present at least the completion threshold of the scheduled hours: an attestation is due. */
  completed: boolean;
}

export interface DeliveredFacts {
  /** The meeting days, in order ('YYYY-MM-DD'). */
  days: string[];
  firstDay: string | null;
  lastDay: string | null;
  /** The session's hours: the sum of its meeting days' hours. */
  hoursScheduled: number;
  /** Each participant who held a seat, in the order given. */
  participants: DeliveredParticipant[];
  /** Participants present at least once. */
  attended: number;
  /** Participants who completed (attestations due). */
  completed: number;
  /** Hours present, summed over participants (participant-hours). */
  participantHours: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The delivered facts of a session: dates and hours from its meeting days, each participant's hours
 * from the attendance marked on those days (a mark on another day, or an absence, counts 0), and
 * who completed under the mutual's threshold (a share, 0.8 by default).
 */
export function deliveredFacts(input: {
  days: readonly FactDay[];
  participants: readonly { enrolmentId: string }[];
  attendance: readonly FactMark[];
  completionThreshold?: number;
}): DeliveredFacts {
  const days = [...input.days].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const dayIds = new Set(days.map((d) => d.id));
  const hoursScheduled = round2(days.reduce((sum, d) => sum + d.hours, 0));
  const participants = input.participants.map(({ enrolmentId }) => {
    const marks = input.attendance.filter(
      (a) => a.enrolmentId === enrolmentId && a.present && dayIds.has(a.meetingDayId),
    );
    const hoursAttended = round2(marks.reduce((sum, a) => sum + a.hours, 0));
    const daysPresent = new Set(marks.map((a) => a.meetingDayId)).size;
    return {
      enrolmentId,
      hoursAttended,
      daysPresent,
      attended: daysPresent > 0,
      completed: hasCompleted(hoursAttended, hoursScheduled, input.completionThreshold ?? 0.8),
    };
  });
  const distinct = [...new Set(days.map((d) => d.day))];
  return {
    days: distinct,
    firstDay: distinct[0] ?? null,
    lastDay: distinct[distinct.length - 1] ?? null,
    hoursScheduled,
    participants,
    attended: participants.filter((p) => p.attended).length,
    completed: participants.filter((p) => p.completed).length,
    participantHours: round2(participants.reduce((sum, p) => sum + p.hoursAttended, 0)),
  };
}
