// Deterministic ordering and integer rounding helpers shared by the pooling engine.

/** Compares ids in natural order ("n2" < "n10"), independent of locale; equal only for equal strings. */
export function compareIds(a: string, b: string): number {
  const ra = a.match(/\d+|\D+/g) ?? [];
  const rb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    const x = ra[i];
    const y = rb[i];
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const nx = BigInt(x);
      const ny = BigInt(y);
      if (nx !== ny) return nx < ny ? -1 : 1;
      if (x.length !== y.length) return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  if (ra.length !== rb.length) return ra.length - rb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Splits `total` integer units in proportion to `weights` with the largest-remainder method:
 * the parts are integers, sum exactly to `total`, and ties go to the lower index.
 */
export function splitByLargestRemainder(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  let sum = 0;
  for (const w of weights) sum += w;
  if (sum <= 0)
    return splitByLargestRemainder(
      total,
      weights.map(() => 1),
    );
  const parts = new Array<number>(n);
  const rest: { i: number; r: number }[] = [];
  let given = 0;
  for (let i = 0; i < n; i++) {
    const exact = (total * weights[i]) / sum;
    const floor = Math.floor(exact + 1e-9);
    parts[i] = floor;
    given += floor;
    rest.push({ i, r: exact - floor });
  }
  rest.sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; given < total; k++, given++) parts[rest[k % n].i]++;
  return parts;
}

/** Rounds cents to dollars for output (exact for integer cents). */
export function centsToDollars(cents: number): number {
  return Math.round(cents) / 100;
}
