// Receivables ageing, cancellation fees and what a mutual would owe the provincial fund if it
// ceased (s.12).
import { mulDivRound, type Ppm, rateOf } from './money.ts';

export const AGEING_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The ageing bucket of an invoice issued on `issuedOn`, as of `asOf`: 0–30, 31–60, 61–90 or over 90 days. */
export function ageingBucket(issuedOn: string, asOf: string): AgeingBucket {
  const age = days(issuedOn, asOf);
  if (age <= 30) return '0-30';
  if (age <= 60) return '31-60';
  if (age <= 90) return '61-90';
  return '90+';
}

/** Amounts due by ageing bucket. */
export function ageing(
  invoices: readonly { issuedOn: string; dueCents: number }[],
  asOf: string,
): Record<AgeingBucket, number> {
  const out: Record<AgeingBucket, number> = { '0-30': 0, '31-60': 0, '61-90': 0, '90+': 0 };
  for (const i of invoices) if (i.dueCents > 0) out[ageingBucket(i.issuedOn, asOf)] += i.dueCents;
  return out;
}

export interface CancellationPolicy {
  /** A withdrawal this many days or more before the first meeting day costs nothing. */
  freeUntilDaysBefore: number;
  /** Fee on a late withdrawal, as a share of the seat's price. */
  lateFeePpm: Ppm;
  /** Fee for a participant who did not come, as a share of the seat's price. */
  noShowFeePpm: Ppm;
}

export const DEFAULT_CANCELLATION_POLICY: CancellationPolicy = {
  freeUntilDaysBefore: 10,
  lateFeePpm: 500_000,
  noShowFeePpm: 1_000_000,
};

/** What a withdrawal or absence costs the member: 'free', 'late' or 'no_show', and the fee in cents. */
export function cancellationFee(
  policy: CancellationPolicy,
  seatPriceCents: number,
  event: { kind: 'withdrawal'; on: string; startsOn: string } | { kind: 'no_show' },
) {
  if (event.kind === 'no_show')
    return { outcome: 'no_show' as const, feeCents: rateOf(seatPriceCents, policy.noShowFeePpm) };
  if (days(event.on, event.startsOn) >= policy.freeUntilDaysBefore) return { outcome: 'free' as const, feeCents: 0 };
  return { outcome: 'late' as const, feeCents: rateOf(seatPriceCents, policy.lateFeePpm) };
}

/**
 * What the mutual would owe the provincial fund if it ceased on `asOf` (s.12): the 1 % payments it
 * received and has not spent on training (spending uses the oldest payments first), each with
 * simple interest at `annualRatePpm` from the day it was received.
 */
export function cessationLiability(
  payments: readonly { on: string; cents: number }[],
  spentCents: number,
  asOf: string,
  annualRatePpm: Ppm,
) {
  let toSpend = spentCents;
  let principalCents = 0;
  let interestCents = 0;
  for (const p of [...payments].sort((a, b) => a.on.localeCompare(b.on))) {
    const used = Math.min(p.cents, Math.max(0, toSpend));
    toSpend -= used;
    const unspent = p.cents - used;
    if (unspent <= 0) continue;
    principalCents += unspent;
    interestCents += mulDivRound(rateOf(unspent, annualRatePpm), Math.max(0, days(p.on, asOf)), 365);
  }
  return { principalCents, interestCents, totalCents: principalCents + interestCents };
}
