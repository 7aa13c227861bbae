// What the participation questionnaires and the membership history say, as aggregates: how often
// each reason is given, overall and by size class, sector and region; mean scales; and how
// membership changes from year to year. A group of fewer than 3 answering firms is suppressed, and
// so is a count of 1 or 2 firms.

import { cellIsShown, SUPPRESSION } from '../outcomes/suppression.ts';
import { scianSectorOf } from '../reference/scian.ts';
import { sizeClassOf } from '../reference/size-class.ts';
import { PARTICIPATION_QUESTIONNAIRES, type ParticipationKind } from './questionnaires.ts';

export interface AnsweredParticipation {
  kind: ParticipationKind;
  firmId: string;
  headcount: number;
  scianCode: string;
  regionCode: string;
  answers: Record<string, unknown>;
}

export const BREAKDOWNS = ['all', 'sizeClass', 'sector', 'region'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export interface ReasonCount {
  reason: string;
  /** Firms giving the reason; null when 1 or 2 (suppressed). */
  firms: number | null;
  /** Share of the group's answering firms, in %; null when suppressed. */
  sharePct: number | null;
}

export interface ReasonGroup {
  /** The group's code: 'all', a size class, a 2-digit SCIAN sector, a region code. */
  group: string;
  /** Answering firms; null (with every count) when fewer than 3. */
  firms: number | null;
  reasons: ReasonCount[];
}

export interface ScaleMean {
  question: string;
  mean: number | null;
  firms: number | null;
}

export interface KindAnalysis {
  kind: ParticipationKind;
  sent: number;
  answered: number;
  /** Reasons by breakdown: the "reasons" question of the kind (join reasons at joining and renewal, barriers at exit and for prospects). */
  reasons: Record<Breakdown, ReasonGroup[]>;
  /** The "concerns" question where the kind has one. */
  concerns: ReasonGroup[];
  scales: ScaleMean[];
}

const countShown = (n: number) => (n === 0 || n >= SUPPRESSION.minFirms ? n : null);

function groupOf(a: AnsweredParticipation, breakdown: Breakdown): string {
  if (breakdown === 'all') return 'all';
  if (breakdown === 'sizeClass') return sizeClassOf(a.headcount);
  if (breakdown === 'sector') return scianSectorOf(a.scianCode)?.code ?? a.scianCode.slice(0, 2);
  return a.regionCode;
}

function reasonGroups(
  answered: readonly AnsweredParticipation[],
  question: string,
  options: readonly string[],
  breakdown: Breakdown,
): ReasonGroup[] {
  const groups = new Map<string, AnsweredParticipation[]>();
  for (const a of answered) {
    const key = groupOf(a, breakdown);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, members]) => {
      const firms = new Set(members.map((m) => m.firmId)).size;
      const shown = cellIsShown({ people: null, firms });
      return {
        group,
        firms: shown ? firms : null,
        reasons: options.map((reason) => {
          const n = new Set(
            members
              .filter((m) => Array.isArray(m.answers[question]) && (m.answers[question] as string[]).includes(reason))
              .map((m) => m.firmId),
          ).size;
          const count = shown ? countShown(n) : null;
          return { reason, firms: count, sharePct: count === null ? null : (100 * count) / firms };
        }),
      };
    });
}

/** The analysis of one kind of questionnaire: `sent` and `answered` counts, reasons by breakdown, concerns, scale means. */
export function analyseParticipation(
  kind: ParticipationKind,
  sent: number,
  answered: readonly AnsweredParticipation[],
): KindAnalysis {
  const mine = answered.filter((a) => a.kind === kind);
  const questions = PARTICIPATION_QUESTIONNAIRES[kind];
  const reasonsQuestion = questions.find((q) => q.id === 'reasons');
  const concernsQuestion = questions.find((q) => q.id === 'concerns');
  const options = (q: typeof reasonsQuestion) => (q && 'options' in q ? q.options : []);
  const reasons = Object.fromEntries(
    BREAKDOWNS.map((b) => [b, reasonsQuestion ? reasonGroups(mine, 'reasons', options(reasonsQuestion), b) : []]),
  ) as Record<Breakdown, ReasonGroup[]>;
  const scales: ScaleMean[] = questions
    .filter((q) => q.kind === 'scale')
    .map((q) => {
      const values = mine.filter((a) => typeof a.answers[q.id] === 'number');
      const firms = new Set(values.map((v) => v.firmId)).size;
      const shown = cellIsShown({ people: null, firms });
      return {
        question: q.id,
        mean: shown ? values.reduce((s, v) => s + (v.answers[q.id] as number), 0) / values.length : null,
        firms: shown ? firms : null,
      };
    });
  return {
    kind,
    sent,
    answered: mine.length,
    reasons,
    concerns: concernsQuestion ? reasonGroups(mine, 'concerns', options(concernsQuestion), 'all') : [],
    scales,
  };
}

export interface MembershipRecord {
  joinedOn: string | null;
  leftOn: string | null;
}

export interface MembershipYear {
  year: number;
  /** Members on 1 January. */
  atStart: number;
  joined: number | null;
  left: number | null;
  /** Members on 31 December. */
  atEnd: number;
  /** Share of the members at the start still members at the end, in %. */
  retentionPct: number | null;
}

/**
 * Membership year by year from each member's joining and leaving dates: members at the start,
 * joins, departures (lapsed or withdrawn), members at the end, and the year's retention. Counts of
 * 1 or 2 joins or departures are suppressed (null); the stocks are the mutual's own size.
 */
export function membershipFlows(
  members: readonly MembershipRecord[],
  fromYear: number,
  toYear: number,
): MembershipYear[] {
  const out: MembershipYear[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    const memberOn = (m: MembershipRecord, day: string) =>
      m.joinedOn !== null && m.joinedOn <= day && (m.leftOn === null || m.leftOn > day);
    const atStart = members.filter((m) => memberOn(m, start)).length;
    const atEnd = members.filter((m) => memberOn(m, end)).length;
    const joined = members.filter((m) => m.joinedOn !== null && m.joinedOn >= start && m.joinedOn <= end).length;
    const left = members.filter(
      (m) => m.leftOn !== null && m.leftOn >= start && m.leftOn <= end && m.joinedOn !== null && m.joinedOn < m.leftOn,
    ).length;
    const stayed = members.filter((m) => memberOn(m, start) && memberOn(m, end)).length;
    out.push({
      year,
      atStart,
      joined: countShown(joined),
      left: countShown(left),
      atEnd,
      retentionPct: atStart > 0 ? (100 * stayed) / atStart : null,
    });
  }
  return out;
}
