// Funder claims: what was claimed per session, what the funder paid, and the differences. A
// payment that does not name sessions is spread over the claim's sessions in proportion to what
// was claimed on each (largest remainder, so the parts add up to the payment).
import { allocate, mulDivRound } from './money.ts';
import type { ClaimStatus } from './vocabulary.ts';

export interface ClaimedSession {
  sessionId: string;
  claimedCents: number;
}

export interface ReconciledSession extends ClaimedSession {
  receivedCents: number;
  /** Claimed minus received: positive when the funder paid less. */
  differenceCents: number;
}

/** Each session's share of what the funder paid on the claim, and the difference with what was claimed. */
export function reconcileClaim(sessions: readonly ClaimedSession[], receivedCents: number): ReconciledSession[] {
  const parts =
    sessions.length === 0
      ? []
      : allocate(
          receivedCents,
          sessions.map((s) => Math.max(0, s.claimedCents)),
        );
  return sessions.map((s, i) => ({ ...s, receivedCents: parts[i], differenceCents: s.claimedCents - parts[i] }));
}

/** Why a funder payment cannot be recorded (a message code of the server's catalogue). */
export type GrantPaymentProblem =
  | 'claim_not_submitted'
  | 'whole_cents_not_negative'
  | 'received_or_refused'
  | 'more_than_expected';

/** Why a funder payment cannot be recorded, or null: amounts are whole, not negative, and do not exceed what is still expected. */
export function grantPaymentProblem(args: {
  status: ClaimStatus;
  claimedCents: number;
  receivedCents: number;
  refusedCents: number;
  amountCents: number;
  refusingCents: number;
}): { field: string; code: GrantPaymentProblem; params?: { expectedCents: number } } | null {
  if (args.status !== 'submitted') return { field: 'claimId', code: 'claim_not_submitted' };
  if (!Number.isSafeInteger(args.amountCents) || args.amountCents < 0)
    return { field: 'amountCents', code: 'whole_cents_not_negative' };
  if (!Number.isSafeInteger(args.refusingCents) || args.refusingCents < 0)
    return { field: 'refusedCents', code: 'whole_cents_not_negative' };
  if (args.amountCents + args.refusingCents === 0) return { field: 'amountCents', code: 'received_or_refused' };
  const expected = args.claimedCents - args.receivedCents - args.refusedCents;
  if (args.amountCents + args.refusingCents > expected)
    return { field: 'amountCents', code: 'more_than_expected', params: { expectedCents: expected } };
  return null;
}

/** The claim's status once what was received and refused is known. */
export function claimStatusAfter(claimedCents: number, receivedCents: number, refusedCents: number): ClaimStatus {
  if (receivedCents + refusedCents < claimedCents) return 'submitted';
  return refusedCents > 0 ? 'partly_refused' : 'paid';
}

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/**
 * A programme's budget: used against agreed, and a forecast to the end of the term at the pace of
 * the days elapsed so far (used × term days / elapsed days), rounded half away from zero.
 */
export function budgetForecast(args: {
  startsOn: string;
  endsOn: string;
  budgetCents: number | null;
  usedCents: number;
  asOf: string;
}) {
  const termDays = dayNumber(args.endsOn) - dayNumber(args.startsOn) + 1;
  const elapsed = Math.min(termDays, Math.max(0, dayNumber(args.asOf) - dayNumber(args.startsOn) + 1));
  const forecastCents = elapsed === 0 ? args.usedCents : mulDivRound(args.usedCents, termDays, elapsed);
  return {
    budgetCents: args.budgetCents,
    usedCents: args.usedCents,
    remainingCents: args.budgetCents === null ? null : args.budgetCents - args.usedCents,
    elapsedDays: elapsed,
    termDays,
    forecastCents,
    /** Positive when the forecast goes past the budget. */
    forecastOverCents: args.budgetCents === null ? null : forecastCents - args.budgetCents,
  };
}
