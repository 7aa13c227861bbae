// A provider's bill for a delivered session, from its accepted quote: the fixed price plus the
// price per seat times the seats held, and the sales taxes the provider charges (recoverable by
// the mutual), each rounded once on the bill's cost.
import { type Ppm, rateOf } from './money.ts';

export interface ProviderBillAmounts {
  costCents: number;
  gstCents: number;
  qstCents: number;
  totalCents: number;
}

/** The bill's cost (fixed + per seat × seats) and taxes; no taxes when the provider does not charge them. */
export function providerBillAmounts(args: {
  fixedCents: number;
  seatCents: number;
  seats: number;
  taxable: boolean;
  gstPpm: Ppm;
  qstPpm: Ppm;
}): ProviderBillAmounts {
  const costCents = args.fixedCents + args.seatCents * args.seats;
  return billAmountsOfCost(costCents, args.taxable, args.gstPpm, args.qstPpm);
}

/** The taxes and total of a bill whose cost is known (a corrected bill). */
export function billAmountsOfCost(costCents: number, taxable: boolean, gstPpm: Ppm, qstPpm: Ppm): ProviderBillAmounts {
  const gstCents = taxable ? rateOf(costCents, gstPpm) : 0;
  const qstCents = taxable ? rateOf(costCents, qstPpm) : 0;
  return { costCents, gstCents, qstCents, totalCents: costCents + gstCents + qstCents };
}

/**
 * A session's margin for the coordinator: what was recovered (members' shares and fees before
 * subsidies, i.e. what members and funders pay together) against what the provider was paid
 * (its bill's cost, before recoverable taxes).
 */
export function sessionMargin(recoveredCents: number, providerCostCents: number) {
  return { recoveredCents, providerCostCents, marginCents: recoveredCents - providerCostCents };
}
