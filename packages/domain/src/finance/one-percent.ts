// The "1 % law": an employer whose payroll exceeds the year's threshold must spend at least the
// year's rate of its payroll on eligible training, or pay the shortfall to the provincial fund
// (FDRCMO) or to a recognised mutual. Threshold and rate are versioned by year. Payments to the
// mutual count only on the days it was recognised (s.1): the governance area's history gives the
// spans of days when they did not, and a payment received on one of them is left out.
import { mulDivRound, type Ppm, rateOf } from './money.ts';

export interface OnePercentRule {
  /** First calendar year the rule applies to. */
  fromYear: number;
  thresholdCents: number;
  ratePpm: Ppm;
}

/** $1,000,000 and 1 % before 2015; $2,000,000 and 1 % since (versioned; a later change adds a row). */
export const ONE_PERCENT_RULES: readonly OnePercentRule[] = [
  { fromYear: 1995, thresholdCents: 100_000_000, ratePpm: 10_000 },
  { fromYear: 2015, thresholdCents: 200_000_000, ratePpm: 10_000 },
];

/** The rule in force for a calendar year. */
export function onePercentRuleFor(year: number, rules: readonly OnePercentRule[] = ONE_PERCENT_RULES): OnePercentRule {
  const rule = [...rules].sort((a, b) => b.fromYear - a.fromYear).find((r) => r.fromYear <= year);
  if (!rule) throw new RangeError(`no 1 % rule for ${year}`);
  return rule;
}

/** Wages paid to employees while in training: hours attended × hourly wage, each rounded to the cent. */
export function trainingWagesCents(
  participations: readonly { hoursAttended: number; hourlyWageCents: number }[],
): number {
  return participations.reduce(
    (sum, p) => sum + mulDivRound(p.hourlyWageCents, Math.round(p.hoursAttended * 100), 100),
    0,
  );
}

/** A span of days, both ends included (ISO dates): the governance area's `DaySpan`, restated by shape. */
export interface NotRecognisedSpan {
  from: string;
  to: string;
}

/** s.1: a payment received on this day counts as training spending unless the day falls in one of the spans. */
export function paymentCountsOn(day: string, notRecognised: readonly NotRecognisedSpan[]): boolean {
  return !notRecognised.some((s) => s.from <= day && day <= s.to);
}

export interface OnePercentStatement {
  year: number;
  rule: OnePercentRule;
  payrollCents: number;
  /** Payroll above the threshold: the law applies. */
  subject: boolean;
  obligationCents: number;
  /** Eligible spending through the mutual: session shares, dues and fees paid on days it was recognised (s.1). */
  throughMutualCents: number;
  /** Paid to the mutual (before taxes) on days it was not recognised: not training spending (s.1). */
  notCountedCents: number;
  /** The spans of the year when the mutual was not recognised (empty: recognised every day of it). */
  notRecognised: NotRecognisedSpan[];
  trainingWagesCents: number;
  otherDeclaredCents: number;
  eligibleCents: number;
  shortfallCents: number;
}

/**
 * A member's statement for a calendar year: obligation, eligible spending and shortfall (never
 * negative). `paidToMutualCents` are the payments received on days the mutual was recognised,
 * `notCountedCents` those received on the days of `notRecognised` (sorted with `paymentCountsOn`).
 */
export function onePercentStatement(args: {
  year: number;
  payrollCents: number;
  paidToMutualCents: number;
  notCountedCents: number;
  notRecognised: readonly NotRecognisedSpan[];
  trainingWagesCents: number;
  otherDeclaredCents: number;
  rules?: readonly OnePercentRule[];
}): OnePercentStatement {
  const rule = onePercentRuleFor(args.year, args.rules);
  const subject = args.payrollCents > rule.thresholdCents;
  const obligationCents = subject ? rateOf(args.payrollCents, rule.ratePpm) : 0;
  const throughMutualCents = args.paidToMutualCents;
  const eligibleCents = throughMutualCents + args.trainingWagesCents + args.otherDeclaredCents;
  return {
    year: args.year,
    rule,
    payrollCents: args.payrollCents,
    subject,
    obligationCents,
    throughMutualCents,
    notCountedCents: args.notCountedCents,
    notRecognised: args.notRecognised.map((s) => ({ from: s.from, to: s.to })),
    trainingWagesCents: args.trainingWagesCents,
    otherDeclaredCents: args.otherDeclaredCents,
    eligibleCents,
    shortfallCents: Math.max(0, obligationCents - eligibleCents),
  };
}
