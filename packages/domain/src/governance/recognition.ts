// Recognition of a training mutual (Règlement sur les mutuelles de formation, s.1, s.3–5, s.7):
// who may be recognised, what the application must show, and the life of the recognition.
// Pure rules: the dates are passed in, the history is a list of events.
import { addDays } from '../dates.ts';

/** The bases on which a mutual may be recognised (s.3): a CSMO, a parity committee, or a group of employers. */
export const MUTUAL_BASES = [
  'regional',
  'sectoral',
  'client_subcontractor',
  'specific_clientele',
  'csmo',
  'parity_committee',
] as const;
export type MutualBasis = (typeof MUTUAL_BASES)[number];

/** The bases that are groups of employers: a non-profit legal person whose board must follow s.3. */
export const EMPLOYER_GROUP_BASES = [
  'regional',
  'sectoral',
  'client_subcontractor',
  'specific_clientele',
] as const satisfies readonly MutualBasis[];

/** True when the mutual is a group of employers (not a CSMO nor a parity committee). */
export const isEmployerGroup = (basis: MutualBasis): boolean =>
  (EMPLOYER_GROUP_BASES as readonly MutualBasis[]).includes(basis);

/** A sectoral group of employers needs the supporting resolution of its sector's workforce committee (s.5). */
export const requiresSupportingResolution = (basis: MutualBasis): boolean => basis === 'sectoral';

/** Where a mutual stands with the Ministry. `none`: it never applied. */
export const RECOGNITION_STATUSES = [
  'none',
  'applied',
  'recognised',
  'refused',
  'under_notice',
  'suspended',
  'revoked',
] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

/** What can happen to a recognition; each event moves the status. */
export const RECOGNITION_EVENTS = [
  'applied',
  'recognised',
  'refused',
  'notice_given',
  'suspended',
  'revoked',
  'restored',
] as const;
export type RecognitionEventKind = (typeof RECOGNITION_EVENTS)[number];

/** s.7: at least this many days between the written notice and a suspension or revocation. */
export const NOTICE_MIN_DAYS = 10;

const MOVES: Record<RecognitionEventKind, { from: readonly RecognitionStatus[]; to: RecognitionStatus }> = {
  applied: { from: ['none', 'refused', 'revoked'], to: 'applied' },
  recognised: { from: ['applied'], to: 'recognised' },
  refused: { from: ['applied'], to: 'refused' },
  notice_given: { from: ['recognised'], to: 'under_notice' },
  suspended: { from: ['under_notice'], to: 'suspended' },
  revoked: { from: ['under_notice', 'suspended'], to: 'revoked' },
  restored: { from: ['under_notice', 'suspended'], to: 'recognised' },
};

export interface RecognitionEvent {
  kind: RecognitionEventKind;
  /** The day it happened (ISO date). */
  occurredOn: string;
  /** For a notice: the last day the mutual may answer (at least NOTICE_MIN_DAYS after the notice). */
  answerDueOn?: string | null;
}

export type RecognitionRefusal =
  | { reason: 'transition_not_allowed'; from: RecognitionStatus }
  | { reason: 'before_last_event'; lastOn: string }
  | { reason: 'answer_due_missing' }
  | { reason: 'notice_too_short'; earliestDueOn: string }
  | { reason: 'answer_period_running'; answerDueOn: string };

/** The earliest answer deadline a notice given on `noticeOn` may set (s.7: ≥ 10 days to respond). */
export const earliestAnswerDue = (noticeOn: string): string => addDays(noticeOn, NOTICE_MIN_DAYS);

/** The events that may follow a status (for the forms). */
export function nextRecognitionEvents(status: RecognitionStatus): RecognitionEventKind[] {
  return RECOGNITION_EVENTS.filter((k) => MOVES[k].from.includes(status));
}

/** The status after a history of events (in the order they happened); `none` for an empty history. */
export function recognitionStatusOf(events: readonly RecognitionEvent[]): RecognitionStatus {
  let status: RecognitionStatus = 'none';
  for (const e of events) status = MOVES[e.kind].to;
  return status;
}

/** The status on a day: the events that happened on or before it. */
export function recognitionStatusOn(events: readonly RecognitionEvent[], day: string): RecognitionStatus {
  return recognitionStatusOf(events.filter((e) => e.occurredOn <= day));
}

/** The notice in force: the last `notice_given` since the mutual was last (re)recognised. */
function pendingNotice(events: readonly RecognitionEvent[]): RecognitionEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i].kind === 'notice_given') return events[i];
    if (events[i].kind === 'recognised' || events[i].kind === 'restored') return undefined;
  }
  return undefined;
}

/**
 * Whether `next` may follow the history: the move must be allowed from the current status, dates
 * never go back, a notice gives at least 10 days to answer, and a suspension or revocation waits
 * for the answer deadline of the notice in force (s.7). Returns null when allowed, else the reason.
 */
export function checkRecognitionEvent(
  history: readonly RecognitionEvent[],
  next: RecognitionEvent,
): RecognitionRefusal | null {
  const from = recognitionStatusOf(history);
  if (!MOVES[next.kind].from.includes(from)) return { reason: 'transition_not_allowed', from };
  const last = history.at(-1);
  if (last && next.occurredOn < last.occurredOn) return { reason: 'before_last_event', lastOn: last.occurredOn };
  if (next.kind === 'notice_given') {
    if (!next.answerDueOn) return { reason: 'answer_due_missing' };
    const earliest = earliestAnswerDue(next.occurredOn);
    if (next.answerDueOn < earliest) return { reason: 'notice_too_short', earliestDueOn: earliest };
  }
  if (next.kind === 'suspended' || (next.kind === 'revoked' && from === 'under_notice')) {
    const notice = pendingNotice(history);
    const due = notice?.answerDueOn ?? (notice ? earliestAnswerDue(notice.occurredOn) : null);
    if (due && next.occurredOn <= due) return { reason: 'answer_period_running', answerDueOn: due };
  }
  return null;
}

/**
 * s.1: payments to a mutual count as training spending only while it is recognised. A mutual under
 * notice is still recognised until it is suspended or revoked.
 */
export function paymentsCountAsTrainingSpending(status: RecognitionStatus): boolean {
  return status === 'recognised' || status === 'under_notice';
}

/** A span of days, both ends included (ISO dates). */
export interface DaySpan {
  from: string;
  to: string;
}

/**
 * s.1 over a period (a statement's year): the spans of days within [from, to] when payments to the
 * mutual did not count as training spending — before it was recognised, while suspended, refused or
 * revoked. An event changes the status from its own day. Empty when they counted throughout.
 */
export function spansPaymentsDidNotCount(events: readonly RecognitionEvent[], from: string, to: string): DaySpan[] {
  const spans: DaySpan[] = [];
  let counts = paymentsCountAsTrainingSpending(recognitionStatusOn(events, from));
  let start = from;
  for (const [i, e] of events.entries()) {
    if (e.occurredOn <= from || e.occurredOn > to) continue;
    const next = paymentsCountAsTrainingSpending(recognitionStatusOf(events.slice(0, i + 1)));
    if (next === counts) continue;
    // two events of one day: the day takes the last one's status, so a span may end before it starts
    const end = addDays(e.occurredOn, -1);
    if (!counts && end >= start) spans.push({ from: start, to: end });
    counts = next;
    start = e.occurredOn;
  }
  if (!counts) spans.push({ from: start, to });
  return spans;
}

/** The answer deadline of the notice in force, when the mutual is under notice. */
export function answerDueOf(events: readonly RecognitionEvent[]): string | null {
  if (recognitionStatusOf(events) !== 'under_notice') return null;
  const notice = pendingNotice(events);
  return notice ? (notice.answerDueOn ?? earliestAnswerDue(notice.occurredOn)) : null;
}

/** What a recognition file must hold (s.4–5), as the facts the application shows. */
export interface RecognitionFileFacts {
  basis: MutualBasis;
  legalName: string | null;
  neq: string | null;
  skillsProblems: string;
  poolingRationale: string;
  hasSupportingResolution: boolean;
  activeMembers: number;
  /** The members the file says the mutual needs to be viable. */
  viableMembers: number | null;
  boardBreaches: number;
}

export const RECOGNITION_FILE_GAPS = [
  'legal_name',
  'neq',
  'skills_problems',
  'pooling_rationale',
  'supporting_resolution',
  'viability_target',
  'too_few_members',
  'board_breaks_rules',
] as const;
export type RecognitionFileGap = (typeof RECOGNITION_FILE_GAPS)[number];

/** What the file still lacks before it can be sent (s.4–5), in the order of the application form. */
export function recognitionFileGaps(f: RecognitionFileFacts): RecognitionFileGap[] {
  const gaps: RecognitionFileGap[] = [];
  if (!f.legalName?.trim()) gaps.push('legal_name');
  if (!f.neq?.trim()) gaps.push('neq');
  if (!f.skillsProblems.trim()) gaps.push('skills_problems');
  if (!f.poolingRationale.trim()) gaps.push('pooling_rationale');
  if (requiresSupportingResolution(f.basis) && !f.hasSupportingResolution) gaps.push('supporting_resolution');
  if (f.viableMembers === null) gaps.push('viability_target');
  else if (f.activeMembers < f.viableMembers) gaps.push('too_few_members');
  if (isEmployerGroup(f.basis) && f.boardBreaches > 0) gaps.push('board_breaks_rules');
  return gaps;
}
