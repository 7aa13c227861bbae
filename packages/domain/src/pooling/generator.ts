// A seeded generator of realistic pooling problems, for demos, tests and benchmarks.
// Same options → same problem (a small PRNG, no Math.random).

export interface GeneratorOptions {
  seed: number;
  needs: number;
  offers: number;
  periods: number;
  regions: number;
  topics: number;
  members: number;
  /** optional policy overrides written into the problem */
  timeLimitSeconds?: number;
  minMembersPerSession?: number;
  /** a need accepts 1 to this many consecutive periods (default 3) */
  maxNeedPeriods?: number;
}

/** Defaults for options left out: sizes scale with the number of needs. */
export function defaultGeneratorOptions(partial: Partial<GeneratorOptions>): GeneratorOptions {
  const needs = partial.needs ?? 300;
  return {
    seed: partial.seed ?? 1,
    needs,
    offers: partial.offers ?? Math.max(1, Math.round(needs / 5)),
    periods: partial.periods ?? 6,
    regions: partial.regions ?? 6,
    topics: partial.topics ?? Math.min(300, Math.max(3, Math.round(Math.sqrt(needs)))),
    members: partial.members ?? Math.max(1, Math.round(needs / 5)),
    timeLimitSeconds: partial.timeLimitSeconds,
    minMembersPerSession: partial.minMembersPerSession,
    maxNeedPeriods: partial.maxNeedPeriods,
  };
}

/** sfc32: a small, fast, well-distributed 32-bit generator. */
function prng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

const TOPICS = [
  'forklift-safety',
  'whmis',
  'first-aid',
  'fall-protection',
  'lockout-tagout',
  'confined-spaces',
  'excel-intermediate',
  'excel-advanced',
  'supervisory-skills',
  'leadership',
  'customer-service',
  'sales-techniques',
  'digital-marketing',
  'accounting-basics',
  'payroll',
  'hr-management',
  'workplace-harassment',
  'lean-manufacturing',
  'quality-iso-9001',
  'welding-basics',
  'industrial-electricity',
  'hydraulics',
  'cnc-programming',
  'food-safety',
  'english-at-work',
  'french-at-work',
  'project-management',
  'time-management',
  'cybersecurity-awareness',
  'inventory-management',
];

/** Quebec's administrative regions are numbered 01 to 17. */
function regionCode(i: number): string {
  return String(i + 1).padStart(2, '0');
}

function periodCode(i: number): string {
  const year = 2027 + Math.floor(i / 12);
  return `${year}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Generates a problem as JSON (the spec's format): members with size classes, needs clustered by member region and popular topics, offers from providers. */
export function generatePoolingProblem(options: GeneratorOptions): Record<string, unknown> {
  const rand = prng(options.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const periods = Array.from({ length: Math.max(1, options.periods) }, (_, i) => periodCode(i));
  const regions = Array.from({ length: Math.max(1, options.regions) }, (_, i) => regionCode(i));
  const topics = Array.from({ length: Math.max(1, options.topics) }, (_, i) =>
    i < TOPICS.length ? TOPICS[i] : `${TOPICS[i % TOPICS.length]}-${Math.floor(i / TOPICS.length) + 1}`,
  );
  // Zipf-like topic popularity: a few topics gather most needs.
  const weights = topics.map((_, i) => 1 / (i + 1) ** 0.8);
  const total = weights.reduce((t, w) => t + w, 0);
  const cumulative: number[] = [];
  weights.reduce((acc, w) => {
    cumulative.push((acc + w) / total);
    return acc + w;
  }, 0);
  const pickTopic = () => {
    const r = rand();
    const i = cumulative.findIndex((c) => r < c);
    return topics[i < 0 ? topics.length - 1 : i];
  };

  const sizeClasses = ['micro', 'small', 'medium', 'large'] as const;
  const members = Array.from({ length: Math.max(1, options.members) }, (_, i) => {
    const r = rand();
    const sizeClass = r < 0.4 ? sizeClasses[0] : r < 0.8 ? sizeClasses[1] : r < 0.95 ? sizeClasses[2] : sizeClasses[3];
    return { id: `m${i + 1}`, sizeClass, region: pick(regions), english: rand() < 0.12 };
  });

  const needs = Array.from({ length: options.needs }, (_, i) => {
    const m = pick(members);
    const big = m.sizeClass === 'medium' || m.sizeClass === 'large';
    let seats = 1;
    while (seats < (big ? 25 : 8) && rand() < (big ? 0.75 : 0.55)) seats++;
    const r = rand();
    const languages = m.english ? (r < 0.6 ? ['en'] : ['en', 'fr']) : r < 0.85 ? ['fr'] : ['fr', 'en'];
    const rm = rand();
    const modes = rm < 0.5 ? ['in_person', 'virtual'] : rm < 0.88 ? ['in_person'] : ['virtual'];
    const span = int(1, Math.min(Math.max(1, options.maxNeedPeriods ?? 3), periods.length));
    const start = int(0, periods.length - span);
    return {
      id: `n${i + 1}`,
      memberId: m.id,
      topic: pickTopic(),
      seats,
      region: rand() < 0.9 ? m.region : pick(regions),
      languages,
      modes,
      periods: periods.slice(start, start + span),
    };
  });

  const offers = Array.from({ length: options.offers }, (_, i) => {
    // every topic gets an offer before popular topics get more
    const topic = i < topics.length ? topics[i] : pickTopic();
    const virtual = rand() < 0.3;
    const nRegions = Math.min(regions.length, int(1, 4));
    const offerRegions: string[] = [];
    while (offerRegions.length < nRegions) {
      const g = pick(regions);
      if (!offerRegions.includes(g)) offerRegions.push(g);
    }
    offerRegions.sort();
    const allPeriods = rand() < 0.5;
    const offerPeriods = allPeriods ? periods : periods.filter(() => rand() < 0.6);
    if (offerPeriods.length === 0) offerPeriods.push(pick(periods));
    const minSeats = int(4, 8);
    return {
      id: `o${i + 1}`,
      providerId: `p${(i % Math.max(1, Math.round(options.offers / 3))) + 1}`,
      topic,
      language: rand() < 0.85 ? 'fr' : 'en',
      mode: virtual ? 'virtual' : 'in_person',
      regions: virtual ? [] : offerRegions,
      periods: offerPeriods,
      fixedCost: int(12, 60) * 50,
      seatCost: int(8, 50) * 5,
      minSeats,
      maxSeats: Math.min(20, minSeats + int(4, 14)),
      maxSessions: int(1, 4),
    };
  });

  const policy: Record<string, unknown> = {
    unservedSeatPenalty: 1000,
    minMembersPerSession: options.minMembersPerSession ?? 1,
  };
  if (options.timeLimitSeconds !== undefined) policy.timeLimitSeconds = options.timeLimitSeconds;
  else policy.timeLimitSeconds = 30;
  return {
    periods,
    needs,
    offers,
    members: members.map((m) => ({ id: m.id, sizeClass: m.sizeClass })),
    policy,
  };
}
