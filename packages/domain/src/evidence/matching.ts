// Nearest-neighbour matching on the propensity score for the effect on the treated (ATT),
// 1 neighbour, with replacement, and the Abadie–Imbens standard error.
//
// Each treated unit i is matched to the control(s) nearest to it on the score. When several
// controls are exactly as near, they share the match equally (weights 1/kᵢ): this is Abadie and
// Imbens's definition of the matched set, makes the result independent of the order of the rows,
// and is what R's Matching::Match(ties = TRUE) does.
//   τ̂ = (1/N₁) Σ_{i treated} (Yᵢ − Ŷᵢ(0)),      Ŷᵢ(0) = Σⱼ wᵢⱼ Yⱼ
// Variance (Abadie and Imbens 2006, Econometrica 74(1), population ATT; Matching::Match with
// sample = FALSE, Var.calc = 1):
//   V = (1/N₁²) [ Σ_{i treated} (Yᵢ − Ŷᵢ(0) − τ̂)² + Σ_{j control} σ̂ⱼ² (Kⱼ² − KKⱼ) ]
//   Kⱼ = Σᵢ wᵢⱼ (how much of a match j is), KKⱼ = Σᵢ wᵢⱼ²,
//   σ̂ⱼ² = the sample variance of Y over j and its nearest other control(s) on the score
//         (the conditional variance estimated by matching within the group, J = 1).
// It treats the score as known: it does not add the correction for an estimated score
// (Abadie and Imbens 2016).

export interface MatchingResult {
  estimate: number;
  standardError: number;
  /** For balance: treated 1, each control Kⱼ (0 when never used). */
  weights: Float64Array;
  /** Treated units whose nearest controls were tied (they share the match). */
  treatedWithTies: number;
  /** Distinct controls used at least once. */
  controlsUsed: number;
}

/** Controls sorted by score, with the start of each run of equal scores. */
interface SortedControls {
  order: Int32Array; // row indices of controls, by score
  scores: Float64Array; // their scores, ascending
}

function sortControls(scores: Float64Array, treated: Uint8Array): SortedControls {
  const rows: number[] = [];
  for (let i = 0; i < treated.length; i++) if (treated[i] === 0) rows.push(i);
  rows.sort((a, b) => scores[a] - scores[b] || a - b);
  const order = Int32Array.from(rows);
  return { order, scores: Float64Array.from(rows, (r) => scores[r]) };
}

/** First position whose score is >= value (binary search). */
function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Positions [from, to) of the run of equal scores that contains position p. */
function runAround(sorted: Float64Array, p: number): [number, number] {
  let from = p;
  let to = p + 1;
  while (from > 0 && sorted[from - 1] === sorted[p]) from--;
  while (to < sorted.length && sorted[to] === sorted[p]) to++;
  return [from, to];
}

/**
 * The positions of the controls nearest to `score`, leaving out position `self` (for matching a
 * control within its own group): all those at the smallest distance.
 */
function nearestPositions(sorted: Float64Array, score: number, self = -1): number[] {
  const at = lowerBound(sorted, score);
  // Candidates: the run just below the score and the run at or above it (skipping self); the
  // first is strictly below the score, so the two runs never overlap.
  let below = at - 1;
  if (below === self) below--;
  let above = at;
  if (above === self) above++;
  const dBelow = below >= 0 ? score - sorted[below] : Number.POSITIVE_INFINITY;
  const dAbove = above < sorted.length ? sorted[above] - score : Number.POSITIVE_INFINITY;
  const nearest = Math.min(dBelow, dAbove);
  const positions: number[] = [];
  if (dBelow === nearest) {
    const [from, to] = runAround(sorted, below);
    for (let q = from; q < to; q++) if (q !== self) positions.push(q);
  }
  if (dAbove === nearest) {
    const [from, to] = runAround(sorted, above);
    for (let q = from; q < to; q++) if (q !== self) positions.push(q);
  }
  return positions;
}

/**
 * Matches every treated row to its nearest control(s) on the score (with replacement, ties shared)
 * and returns the ATT with its Abadie–Imbens standard error; needs at least 2 controls.
 */
export function matchOnScore(scores: Float64Array, treated: Uint8Array, outcome: Float64Array): MatchingResult {
  const sorted = sortControls(scores, treated);
  const n = treated.length;
  const k = new Float64Array(n); // Kⱼ
  const kk = new Float64Array(n); // KKⱼ
  const effects: number[] = [];
  let treatedWithTies = 0;
  for (let i = 0; i < n; i++) {
    if (treated[i] !== 1) continue;
    const positions = nearestPositions(sorted.scores, scores[i]);
    if (positions.length > 1) treatedWithTies++;
    const w = 1 / positions.length;
    let counterfactual = 0;
    for (const q of positions) {
      const j = sorted.order[q];
      counterfactual += w * outcome[j];
      k[j] += w;
      kk[j] += w * w;
    }
    effects.push(outcome[i] - counterfactual);
  }
  const nTreated = effects.length;
  let estimate = 0;
  for (const e of effects) estimate += e;
  estimate /= nTreated;

  let variance = 0;
  for (const e of effects) variance += (e - estimate) ** 2;
  let controlsUsed = 0;
  for (let q = 0; q < sorted.order.length; q++) {
    const j = sorted.order[q];
    if (k[j] === 0) continue;
    controlsUsed++;
    const reuse = k[j] * k[j] - kk[j];
    if (reuse <= 0) continue;
    // σ̂ⱼ²: sample variance of Y over j and its nearest other control(s).
    const group = [j, ...nearestPositions(sorted.scores, sorted.scores[q], q).map((p) => sorted.order[p])];
    let mean = 0;
    for (const r of group) mean += outcome[r];
    mean /= group.length;
    let squares = 0;
    for (const r of group) squares += (outcome[r] - mean) ** 2;
    variance += (squares / (group.length - 1)) * reuse;
  }
  variance /= nTreated * nTreated;

  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) weights[i] = treated[i] === 1 ? 1 : k[i];
  return { estimate, standardError: Math.sqrt(variance), weights, treatedWithTies, controlsUsed };
}
