// Money is integer cents everywhere. The rounding rules are written here once:
// - a rate applied to an amount (taxes, subsidy coverage, interest, the 1 % obligation) is
//   rounded half away from zero to the cent, computed exactly in integers;
// - an amount split into parts (a session's cost among members, a cap among lines) is split by
//   the largest-remainder method, so that the parts add up to the amount to the cent.

/** Rates are integers in millionths (parts per million): 5 % = 50_000, 9.975 % = 99_750. */
export type Ppm = number;

export const PPM = 1_000_000;

/** True when the value is a whole number of cents that JavaScript holds exactly. */
export const isCents = (value: number): boolean => Number.isSafeInteger(value);

/** Throws when an amount is not a whole number of cents (a programming error, not user input). */
export function assertCents(value: number, what = 'amount'): number {
  if (!isCents(value)) throw new RangeError(`${what} must be a whole number of cents, got ${value}`);
  return value;
}

/** `cents × numerator / denominator`, rounded half away from zero, exact for any safe integers. */
export function mulDivRound(cents: number, numerator: number, denominator: number): number {
  assertCents(cents);
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`bad ratio ${numerator}/${denominator}`);
  }
  const product = BigInt(cents) * BigInt(numerator);
  const d = BigInt(denominator);
  const negative = product < 0n;
  const abs = negative ? -product : product;
  let q = abs / d;
  if ((abs % d) * 2n >= d) q += 1n;
  return Number(negative ? -q : q);
}

/** A rate (in millionths) of an amount, rounded half away from zero to the cent. */
export const rateOf = (cents: number, rate: Ppm): number => mulDivRound(cents, rate, PPM);

/** Parses a percentage written by a person ("9.975", "9,975", "5") into millionths; null if it is not one. */
export function ppmFromPercent(text: string): Ppm | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,4})?$/.test(t)) return null;
  const [whole, fraction = ''] = t.split('.');
  return Number(whole) * 10_000 + Number(fraction.padEnd(4, '0'));
}

/**
 * Splits `totalCents` in proportion to `weights` by the largest-remainder method: each part is
 * the floor of its exact share, and the cents left go one by one to the largest remainders
 * (ties: the earlier part). The parts always add up to the total. All-zero weights split equally.
 */
export function allocate(totalCents: number, weights: readonly number[]): number[] {
  assertCents(totalCents, 'total');
  if (weights.length === 0) {
    if (totalCents !== 0) throw new RangeError('cannot split a non-zero amount into no parts');
    return [];
  }
  if (weights.some((w) => !(w >= 0) || !Number.isFinite(w)))
    throw new RangeError('weights must be finite and non-negative');
  const sign = totalCents < 0 ? -1 : 1;
  const total = Math.abs(totalCents);
  const allZero = weights.every((w) => w === 0);
  const effective = allZero ? weights.map(() => 1) : weights;
  // Integer weights keep the shares exact; other weights are scaled to integers first.
  const scale = effective.every(Number.isSafeInteger) ? 1 : 1e6;
  const w = effective.map((x) => BigInt(Math.round(x * scale)));
  const sum = w.reduce((a, b) => a + b, 0n);
  const T = BigInt(total);
  const floors = w.map((x) => (T * x) / sum);
  const remainders = w.map((x, i) => ({ i, r: (T * x) % sum }));
  let left = Number(T - floors.reduce((a, b) => a + b, 0n));
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const parts = floors.map(Number);
  for (const { i } of remainders) {
    if (left === 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts.map((p) => p * sign + 0);
}

/** The sum of amounts in cents. */
export const sumCents = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
