// Funding programmes are data, not code: coverage of eligible costs, caps, eligible cost
// categories and eligibility rules. The subsidy of a member's share of a session is computed
// here and shown on the invoice with the caps that applied.
import type { SizeClass } from '../reference/size-class.ts';
import { mulDivRound, type Ppm, rateOf } from './money.ts';

export const COST_CATEGORIES = ['trainer_fees', 'materials', 'trainee_wages', 'travel'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export interface FundingProgramme {
  id: string;
  funderId: string;
  /** The programme's term (e.g. three years), inclusive. */
  startsOn: string;
  endsOn: string;
  /** Share of eligible costs covered, in millionths (50 % = 500_000). */
  coveragePpm: Ppm;
  eligibleCategories: readonly CostCategory[];
  caps: {
    perParticipantHourCents?: number | null;
    perActivityCents?: number | null;
    perMemberPerYearCents?: number | null;
    perYearCents?: number | null;
  };
  eligibility: {
    sizeClasses?: readonly SizeClass[] | null;
    /** Participants count only if their occupation's TEER is one of these. */
    teerLevels?: readonly number[] | null;
    regions?: readonly string[] | null;
  };
}

export interface SubsidyCase {
  on: string;
  member: { sizeClass: SizeClass; regionCode: string };
  /** The member's participants in the session. */
  participants: readonly { teer: number | null; hours: number }[];
  /** The member's costs for the session by category (its share of the trainer's fees, the trainees' wages…). */
  costs: Partial<Record<CostCategory, number>>;
  /** Subsidies of this programme already granted: on this session (all members), to this member this year, in all this year. */
  used: { activityCents: number; memberYearCents: number; programmeYearCents: number };
}

export const SUBSIDY_LIMITS = [
  'outside_term',
  'size_class',
  'region',
  'no_eligible_participant',
  'per_participant_hour',
  'per_activity',
  'per_member_per_year',
  'per_year',
] as const;
export type SubsidyLimit = (typeof SUBSIDY_LIMITS)[number];

export interface Subsidy {
  cents: number;
  /** Eligible costs before coverage. */
  eligibleCents: number;
  /** Why the subsidy is smaller than coverage × eligible costs (or zero), in the order applied. */
  limits: SubsidyLimit[];
}

/**
 * The subsidy a programme grants on a member's share of a session: coverage of the eligible
 * categories' costs, pro-rated to the participants who meet the TEER rule, then each cap in turn
 * (per participant-hour, per activity, per member per year, per year), never below zero.
 */
export function subsidyFor(programme: FundingProgramme, c: SubsidyCase): Subsidy {
  const none = (limit: SubsidyLimit): Subsidy => ({ cents: 0, eligibleCents: 0, limits: [limit] });
  if (c.on < programme.startsOn || c.on > programme.endsOn) return none('outside_term');
  const e = programme.eligibility;
  if (e.sizeClasses?.length && !e.sizeClasses.includes(c.member.sizeClass)) return none('size_class');
  if (e.regions?.length && !e.regions.includes(c.member.regionCode)) return none('region');
  const eligibleParticipants = c.participants.filter(
    (p) => !e.teerLevels?.length || (p.teer !== null && e.teerLevels.includes(p.teer)),
  );
  if (c.participants.length > 0 && eligibleParticipants.length === 0) return none('no_eligible_participant');
  const costs = programme.eligibleCategories.reduce((sum, cat) => sum + (c.costs[cat] ?? 0), 0);
  const eligibleCents =
    c.participants.length === 0 ? costs : mulDivRound(costs, eligibleParticipants.length, c.participants.length);
  let cents = rateOf(eligibleCents, programme.coveragePpm);
  const limits: SubsidyLimit[] = [];
  const cap = (limit: SubsidyLimit, max: number | null | undefined) => {
    if (max === null || max === undefined) return;
    const room = Math.max(0, max);
    if (cents > room) {
      cents = room;
      limits.push(limit);
    }
  };
  const hours = eligibleParticipants.reduce((sum, p) => sum + p.hours, 0);
  const perHour = programme.caps.perParticipantHourCents;
  cap('per_participant_hour', perHour == null ? null : Math.round(perHour * hours));
  cap(
    'per_activity',
    programme.caps.perActivityCents == null ? null : programme.caps.perActivityCents - c.used.activityCents,
  );
  cap(
    'per_member_per_year',
    programme.caps.perMemberPerYearCents == null ? null : programme.caps.perMemberPerYearCents - c.used.memberYearCents,
  );
  cap('per_year', programme.caps.perYearCents == null ? null : programme.caps.perYearCents - c.used.programmeYearCents);
  return { cents, eligibleCents, limits };
}
