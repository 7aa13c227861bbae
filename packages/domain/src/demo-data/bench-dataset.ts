// Benchmark data at scale (by default 100 mutuals, 20,000 firms, 500,000 employees), generated one
// mutual at a time so that memory stays small. Mutual sizes follow a Zipf-like curve: mutual 1 is
// the biggest, as a large regional mutual would be.

import { DEMO_AS_OF } from './demo-dataset.ts';
import { type GeneratedFirm, generateFirm, type MemberStatus } from './generate.ts';
import { QUEBEC_PLACES } from './names.ts';
import { FIRM_KINDS } from './occupations.ts';
import { createRng, type Rng } from './random.ts';

export interface BenchOptions {
  seed?: number | string;
  mutuals?: number;
  firms?: number;
  employees?: number;
  asOf?: string;
  isValidNeq?: (neq: string) => boolean;
}

export interface BenchMutualPlan {
  index: number;
  id: string;
  slug: string;
  name: string;
  kind: 'regional' | 'sectoral';
  regionCode: string | null;
  scianCode: string | null;
  recognisedSince: string;
  /** Employee rows (on staff and departed) of each firm. */
  firmSizes: number[];
}

export interface BenchPlan {
  seed: number | string;
  asOf: string;
  mutuals: BenchMutualPlan[];
  totalFirms: number;
  totalEmployees: number;
}

/** Splits total into n integer parts proportional to weights (largest remainder), each at least min. */
function apportion(total: number, weights: number[], min: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = total - min * weights.length;
  const raw = weights.map((w) => (w / sum) * spare);
  const parts = raw.map((r) => min + Math.floor(r));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k][1]]++;
  return parts;
}

/** A firm's size drawn like Quebec SMEs: many micro and small firms, a few medium and large. */
const rawFirmSize = (rng: Rng) =>
  rng.weighted<() => number>([
    [() => rng.int(2, 9), 45],
    [() => rng.int(10, 49), 40],
    [() => rng.int(50, 199), 13],
    [() => rng.int(200, 600), 2],
  ])();

/** Sizes of every mutual and firm, exactly summing to the requested totals. */
export function planBench(options: BenchOptions = {}): BenchPlan {
  const seed = options.seed ?? 1;
  const mutualCount = options.mutuals ?? 100;
  const firmCount = options.firms ?? 20_000;
  const employeeCount = options.employees ?? 500_000;
  const rng = createRng(`bench/${seed}`);
  const firmsPerMutual = apportion(
    firmCount,
    Array.from({ length: mutualCount }, (_, i) => 1 / Math.sqrt(i + 1)),
    1,
  );
  const raw = firmsPerMutual.map((n) => Array.from({ length: n }, () => rawFirmSize(rng)));
  const flat = apportion(employeeCount, raw.flat(), 1);
  let at = 0;
  const mutuals = firmsPerMutual.map((n, index) => {
    const place = QUEBEC_PLACES[index % QUEBEC_PLACES.length];
    const sectoral = index % 4 === 3;
    const kind = FIRM_KINDS[index % FIRM_KINDS.length];
    const number = String(index + 1).padStart(3, '0');
    const firmSizes = flat.slice(at, at + n);
    at += n;
    return {
      index,
      id: rng.uuid(),
      slug: `bench-${number}`,
      name: sectoral
        ? `Mutuelle de formation sectorielle no ${number} (SCIAN ${kind.scian})`
        : `Mutuelle de formation ${place.city} no ${number}`,
      kind: sectoral ? ('sectoral' as const) : ('regional' as const),
      regionCode: sectoral ? null : place.regionCode,
      scianCode: sectoral ? kind.scian : null,
      recognisedSince: `${2005 + (index % 15)}-0${1 + (index % 9)}-01`,
      firmSizes,
    };
  });
  return { seed, asOf: options.asOf ?? DEMO_AS_OF, mutuals, totalFirms: firmCount, totalEmployees: employeeCount };
}

const BENCH_STATUSES: readonly (readonly [MemberStatus, number])[] = [
  ['active', 88],
  ['lapsed', 7],
  ['withdrawn', 5],
];

/**
 * The firms of one planned mutual, in order, with exactly firmSizes[i] employee rows each.
 * `usedNeqs` is shared across mutuals so that NEQs are unique in the whole dataset.
 */
export function* benchFirms(
  plan: BenchPlan,
  mutual: BenchMutualPlan,
  usedNeqs: Set<string>,
  isValidNeq?: (neq: string) => boolean,
): Generator<GeneratedFirm> {
  const rng = createRng(`bench/${plan.seed}/mutual/${mutual.index}`);
  const places = mutual.regionCode ? QUEBEC_PLACES.filter((p) => p.regionCode === mutual.regionCode) : QUEBEC_PLACES;
  const kinds = mutual.kind === 'sectoral' ? FIRM_KINDS.filter((k) => k.scian === mutual.scianCode) : FIRM_KINDS;
  const usedNames = new Set<string>();
  for (let i = 0; i < mutual.firmSizes.length; i++) {
    const rows = mutual.firmSizes[i];
    const departed = rows >= 3 ? Math.round(rows * 0.09) : 0;
    const firmRng = rng.fork(i);
    const firm = generateFirm(firmRng, {
      kind: firmRng.weighted(kinds.map((k) => [k, k.frequency] as const)),
      place: firmRng.pick(places),
      headcount: rows - departed,
      status: firmRng.weighted(BENCH_STATUSES),
      asOf: plan.asOf,
      mutualSince: mutual.recognisedSince,
      usedNeqs,
      usedNames,
      emailTld: null,
      recordEmployees: true,
      departureRate: departed / Math.max(1, rows - departed),
      isValidNeq,
    });
    yield firm;
  }
}
