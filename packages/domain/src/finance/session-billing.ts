// What each member owes for a session: its share of the session's real cost (the accepted price:
// fixed + per seat, times the seats really held), split by the mutual's cost-sharing rule (the
// pooling engine's rules), plus the fees of its late cancellations and no-shows. Re-invoicing a
// session credits a member's earlier lines in full and invoices the new figures, so that a credit
// note always reverses an invoice's lines exactly.
import { shareSession } from '../pooling/allocation.ts';
import type { AllocationRule } from '../pooling/problem.ts';
import type { SizeClass } from '../reference/size-class.ts';
import { mulDivRound, PPM, type Ppm, rateOf } from './money.ts';
import type { CancellationPolicy } from './receivables.ts';

export interface SessionPrice {
  fixedCostCents: number;
  seatCostCents: number;
}

export interface MemberSeats {
  memberId: string;
  sizeClass?: SizeClass;
  /** Seats the member holds: its participants (present or not) and, when invoicing at confirmation, reserved seats not yet named. */
  seats: number;
  /** Its participants withdrawn after the free withdrawal deadline. */
  lateCancellations: number;
  /** Its participants who held a seat and did not come. */
  noShows: number;
}

export interface MemberCharge {
  memberId: string;
  seats: number;
  shareCents: number;
  lateCancellations: number;
  lateFeeCents: number;
  noShows: number;
  noShowFeeCents: number;
}

export interface SessionCharges {
  /** The real cost: fixed + per seat × seats held. */
  costCents: number;
  seats: number;
  /** The average price of a seat, on which the fees are computed. */
  seatPriceCents: number;
  members: MemberCharge[];
}

/**
 * The members' charges for a session. The shares add up to the real cost to the cent (largest
 * remainder, inside the pooling rules); a fee is the policy's share of the average seat price,
 * rounded once per seat. A member with no seat pays no share but may owe fees.
 */
export function sessionCharges(
  price: SessionPrice,
  members: readonly MemberSeats[],
  rule: AllocationRule,
  smallFirmDiscountPpm: Ppm,
  policy: Pick<CancellationPolicy, 'lateFeePpm' | 'noShowFeePpm'>,
): SessionCharges {
  const seats = members.reduce((sum, m) => sum + m.seats, 0);
  const costCents = price.fixedCostCents + price.seatCostCents * seats;
  const seatPriceCents = seats > 0 ? mulDivRound(costCents, 1, seats) : price.fixedCostCents + price.seatCostCents;
  const holding = members.filter((m) => m.seats > 0);
  const sizeOf = new Map(members.map((m) => [m.memberId, m.sizeClass]));
  const shares =
    holding.length === 0
      ? []
      : shareSession(
          {
            fixedCostCents: price.fixedCostCents,
            seatCostCents: price.seatCostCents,
            allocations: holding.map((m) => ({ memberId: m.memberId, seats: m.seats })),
          },
          rule,
          (id) => sizeOf.get(id),
          smallFirmDiscountPpm / PPM,
        );
  const shareOf = new Map(holding.map((m, i) => [m.memberId, shares[i]]));
  return {
    costCents,
    seats,
    seatPriceCents,
    members: members.map((m) => ({
      memberId: m.memberId,
      seats: m.seats,
      shareCents: shareOf.get(m.memberId) ?? 0,
      lateCancellations: m.lateCancellations,
      lateFeeCents: m.lateCancellations * rateOf(seatPriceCents, policy.lateFeePpm),
      noShows: m.noShows,
      noShowFeeCents: m.noShows * rateOf(seatPriceCents, policy.noShowFeePpm),
    })),
  };
}

/** A member's amounts for a session, as charged or as invoiced so far (net of credit notes). */
export interface ChargedAmounts {
  shareCents: number;
  lateFeeCents: number;
  noShowFeeCents: number;
}

export const NOTHING_CHARGED: ChargedAmounts = { shareCents: 0, lateFeeCents: 0, noShowFeeCents: 0 };

/**
 * What to do for one member when a session is (re-)invoiced: nothing when the invoiced amounts
 * are the target; else credit what is invoiced (if anything) and invoice the target (if anything).
 */
export function rebillAction(invoiced: ChargedAmounts, target: ChargedAmounts): { credit: boolean; invoice: boolean } {
  const same =
    invoiced.shareCents === target.shareCents &&
    invoiced.lateFeeCents === target.lateFeeCents &&
    invoiced.noShowFeeCents === target.noShowFeeCents;
  if (same) return { credit: false, invoice: false };
  const any = (a: ChargedAmounts) => a.shareCents !== 0 || a.lateFeeCents !== 0 || a.noShowFeeCents !== 0;
  return { credit: any(invoiced), invoice: any(target) };
}

/**
 * What one more seat would cost a member before subsidies and taxes: its share with the seat
 * minus its share without it, under the same rule (other members' seats unchanged).
 */
export function marginalSeatShare(
  price: SessionPrice,
  members: readonly MemberSeats[],
  member: { memberId: string; sizeClass?: SizeClass },
  rule: AllocationRule,
  smallFirmDiscountPpm: Ppm,
): number {
  const { memberId } = member;
  const noFees = { lateFeePpm: 0, noShowFeePpm: 0 };
  const present = members.some((m) => m.memberId === memberId);
  const before =
    sessionCharges(price, members, rule, smallFirmDiscountPpm, noFees).members.find((m) => m.memberId === memberId)
      ?.shareCents ?? 0;
  const withSeat = present
    ? members.map((m) => (m.memberId === memberId ? { ...m, seats: m.seats + 1 } : m))
    : [...members, { memberId, seats: 1, lateCancellations: 0, noShows: 0, sizeClass: member.sizeClass }];
  const after =
    sessionCharges(price, withSeat, rule, smallFirmDiscountPpm, noFees).members.find((m) => m.memberId === memberId)
      ?.shareCents ?? 0;
  return after - before;
}

export type { AllocationRule };
