// The governance demo: two more mutuals beside the regional and the food-processing ones (a
// struggling regional mutual in the Bas-Saint-Laurent, a metalworking mutual whose board and
// network grew stronger), the four mutuals' governance profiles, funders, a researcher, and a
// scenario for the emulation planner — so that the scorecard and the observatory tell different
// stories, as the study's four mutuals did.
import type { FirmCount } from '../governance/emulation.ts';
import type { GeneratedFirm, MemberStatus } from './generate.ts';
import { generateFirm } from './generate.ts';
import type { GovernanceProfile } from './governance-history.ts';
import { QUEBEC_PLACES } from './names.ts';
import { FIRM_KINDS } from './occupations.ts';
import { createRng } from './random.ts';

export interface GovernanceDemoMutual {
  id: string;
  key: string;
  slug: string;
  name: string;
  kind: 'regional' | 'sectoral';
  regionCode: string | null;
  scianCode: string | null;
  recognisedSince: string;
  coordinator: { email: string; displayName: string };
  firms: GeneratedFirm[];
}

/** Each demo mutual's profile, by its key (the two of the base demo and the two added here). */
export const DEMO_GOVERNANCE_PROFILES: Record<string, GovernanceProfile> = {
  lanaudiere: { leadership: 'strong', ecosystem: 'rich', recognition: 'steady' },
  alimentaire: { leadership: 'strong', ecosystem: 'thin', recognition: 'past_notice' },
  'bas-saint-laurent': { leadership: 'weak', ecosystem: 'thin', recognition: 'notice_now' },
  usinage: { leadership: 'improving', ecosystem: 'growing', recognition: 'steady' },
};

/** Which demo mutuals consent to research (the Bas-Saint-Laurent board has not decided). */
export const DEMO_RESEARCH_CONSENT: Record<string, boolean> = {
  lanaudiere: true,
  alimentaire: true,
  'bas-saint-laurent': false,
  usinage: true,
};

/** The demo's funders and the mutuals each funds (by key); the first has the demo funder account. */
export const DEMO_FUNDERS = [
  {
    name: 'Commission des partenaires du marché du travail',
    kind: 'government' as const,
    mutuals: ['lanaudiere', 'alimentaire', 'bas-saint-laurent', 'usinage'],
  },
  { name: 'Services Québec — Lanaudière', kind: 'government' as const, mutuals: ['lanaudiere'] },
];

/** The demo's funder and researcher logins. */
export const DEMO_OBSERVER_ACCOUNTS = {
  funder: { email: 'bailleur@cpmt.demo', displayName: 'Geneviève Fortin' },
  researcher: { email: 'recherche@universite.demo', displayName: 'Olivier Brassard' },
};

/** The emulation scenario the demo funder finds: the Gaspésie's manufacturers (counts in the style of Statistics Canada's business counts). */
export const DEMO_SCENARIO = {
  name: 'Gaspésie — fabrication et transformation',
  territory: 'Gaspésie–Îles-de-la-Madeleine',
  regionCode: '11',
  firmCounts: [
    { scianCode: '311', sizeClass: 'micro', firms: 64 },
    { scianCode: '311', sizeClass: 'small', firms: 38 },
    { scianCode: '311', sizeClass: 'medium', firms: 4 },
    { scianCode: '321', sizeClass: 'micro', firms: 22 },
    { scianCode: '321', sizeClass: 'small', firms: 17 },
    { scianCode: '332', sizeClass: 'micro', firms: 31 },
    { scianCode: '332', sizeClass: 'small', firms: 19 },
    { scianCode: '336', sizeClass: 'small', firms: 6 },
  ] satisfies FirmCount[],
};

function plan(statuses: [MemberStatus, number][], sizes: () => number): { status: MemberStatus; headcount: number }[] {
  return statuses.flatMap(([status, n]) => Array.from({ length: n }, () => ({ status, headcount: sizes() })));
}

/** The two mutuals this module adds to the demo, with their member firms (same seed, same data). */
export function governanceDemoMutuals(options: {
  seed: number | string;
  asOf: string;
  isValidNeq?: (neq: string) => boolean;
}): GovernanceDemoMutual[] {
  const root = createRng(`demo/${options.seed}/governance-mutuals`);
  const usedNeqs = new Set<string>();
  const usedNames = new Set<string>();
  const usedSlugs = new Set<string>();
  const build = (
    key: string,
    base: Omit<GovernanceDemoMutual, 'id' | 'firms' | 'key'>,
    kinds: typeof FIRM_KINDS,
    places: typeof QUEBEC_PLACES,
    firms: { status: MemberStatus; headcount: number }[],
  ): GovernanceDemoMutual => {
    const rng = root.fork(key);
    return {
      ...base,
      key,
      id: rng.uuid(),
      firms: firms.map((f, i) =>
        generateFirm(rng.fork(`firm/${i}`), {
          kind: rng.weighted(kinds.map((k) => [k, k.frequency] as const)),
          place: rng.pick(places),
          headcount: f.headcount,
          status: f.status,
          asOf: options.asOf,
          mutualSince: base.recognisedSince,
          usedNeqs,
          usedNames,
          usedSlugs,
          isValidNeq: options.isValidNeq,
        }),
      ),
    };
  };
  const rng = root.fork('sizes');
  const bsl = build(
    'bas-saint-laurent',
    {
      slug: 'forma-bas-saint-laurent',
      name: 'Mutuelle de formation du Bas-Saint-Laurent',
      kind: 'regional',
      regionCode: '01',
      scianCode: null,
      recognisedSince: '2011-05-16',
      coordinator: { email: 'coordination@bas-saint-laurent.demo', displayName: 'Sophie Bérubé' },
    },
    FIRM_KINDS,
    QUEBEC_PLACES.filter((p) => ['01', '11', '12'].includes(p.regionCode)),
    plan(
      [
        ['active', 11],
        ['lapsed', 5],
        ['withdrawn', 3],
      ],
      () => rng.int(3, 28),
    ),
  );
  const metal = FIRM_KINDS.filter((k) => ['metal', 'machinery'].includes(k.key));
  const usinage = build(
    'usinage',
    {
      slug: 'forma-usinage',
      name: 'Mutuelle de formation en usinage et fabrication métallique',
      kind: 'sectoral',
      regionCode: null,
      scianCode: '332',
      recognisedSince: '2016-09-12',
      coordinator: { email: 'coordination@usinage.demo', displayName: 'Mathieu Lavoie' },
    },
    metal.length ? metal : FIRM_KINDS,
    QUEBEC_PLACES.filter((p) => ['04', '05', '12', '16', '17'].includes(p.regionCode)),
    plan(
      [
        ['active', 19],
        ['lapsed', 2],
        ['prospect', 2],
      ],
      () => rng.int(6, 60),
    ),
  );
  return [bsl, usinage];
}
