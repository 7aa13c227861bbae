// The demo: a regional mutual in Lanaudière (about 40 member firms, about 600 employees) and
// a smaller sectoral food-processing mutual, with providers and one account per role.

import type { EvidenceHistory } from './evidence-history.ts';
import { type GeneratedFirm, generateFirm, type MemberStatus } from './generate.ts';
import { LANAUDIERE_PLACES, type Place, QUEBEC_PLACES, slugify } from './names.ts';
import { FIRM_KINDS, type FirmKind, FOOD_FIRM_KINDS } from './occupations.ts';
import { createRng, type Rng } from './random.ts';

/** The default seed of the demo data. */
export const DEMO_SEED = 2026;
/** The demo data describes the world as of this date (fixed, so that the same seed gives the same data). */
export const DEMO_AS_OF = '2026-11-01';

export type DemoRole =
  | 'platform_admin'
  | 'coordinator'
  | 'member_contact'
  | 'trainer'
  | 'board_viewer'
  | 'funder'
  | 'researcher';

export interface GeneratedProvider {
  id: string;
  slug: string;
  name: string;
  kind: 'recognised_institution' | 'accredited_trainer' | 'accredited_body';
  accreditationNumber: string | null;
  email: string;
  phone: string;
}

export interface GeneratedMutual {
  id: string;
  key: string;
  slug: string;
  name: string;
  kind: 'regional' | 'sectoral';
  regionCode: string | null;
  scianCode: string | null;
  recognisedSince: string;
  providers: GeneratedProvider[];
  firms: GeneratedFirm[];
}

export interface GeneratedAccount {
  email: string;
  displayName: string;
  role: DemoRole;
  locale: 'fr' | 'en';
  mutualId: string | null;
  memberId: string | null;
  providerId: string | null;
}

export interface DemoDataset {
  seed: number | string;
  asOf: string;
  mutuals: GeneratedMutual[];
  accounts: GeneratedAccount[];
  /** The member-contact logins the README documents: the two biggest active firms of the regional mutual. */
  featuredMemberLogins: { email: string; firm: string; mutual: string }[];
  /** Several years of outcomes with a simulated effect of training (evidence-history.ts), when simulated. */
  evidence?: EvidenceHistory;
}

export interface DemoOptions {
  seed?: number | string;
  asOf?: string;
  /** The members module's NEQ check, so that every generated NEQ passes it. */
  isValidNeq?: (neq: string) => boolean;
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

const TRAINER_NAMES = [
  'Sylvie Riopel',
  'Denis Laporte',
  'Nadia Benali',
  'Luc Champagne',
  'Hélène Granger',
  'Yves Mailhot',
];

const repeat = <T>(n: number, make: () => T) => Array.from({ length: n }, make);

interface FirmPlan {
  headcount: number;
  status: MemberStatus;
  kinds: readonly FirmKind[];
}

/** Firm sizes and statuses: mostly micro and small firms, a few big enough to fall under the 1 % law. */
function regionalPlan(rng: Rng): FirmPlan[] {
  const manufacturing = FIRM_KINDS.filter((k) =>
    ['metal', 'machinery', 'plastics', 'food', 'furniture'].includes(k.key),
  );
  const big: FirmPlan[] = repeat(4, () => ({ headcount: rng.int(42, 62), status: 'active', kinds: manufacturing }));
  const statuses: MemberStatus[] = shuffle(rng, [
    ...repeat<MemberStatus>(27, () => 'active'),
    ...repeat<MemberStatus>(4, () => 'prospect'),
    ...repeat<MemberStatus>(3, () => 'lapsed'),
    ...repeat<MemberStatus>(2, () => 'withdrawn'),
  ]);
  const sizes = shuffle(rng, [...repeat(17, () => rng.int(2, 9)), ...repeat(19, () => rng.int(10, 22))]);
  const rest = sizes.map((headcount, i) => ({ headcount, status: statuses[i], kinds: FIRM_KINDS }));
  return shuffle(rng, [...big, ...rest]);
}

function sectoralPlan(rng: Rng): FirmPlan[] {
  const statuses: MemberStatus[] = [
    'active',
    'active',
    'active',
    'active',
    'active',
    'active',
    'active',
    'prospect',
    'lapsed',
  ];
  const sizes = [rng.int(3, 9), rng.int(3, 9), ...repeat(5, () => rng.int(8, 18)), rng.int(22, 32), rng.int(22, 32)];
  return shuffle(
    rng,
    sizes.map((headcount, i) => ({ headcount, status: statuses[i], kinds: FOOD_FIRM_KINDS })),
  );
}

const pickKind = (rng: Rng, kinds: readonly FirmKind[]) => rng.weighted(kinds.map((k) => [k, k.frequency] as const));

function provider(rng: Rng, name: string, kind: GeneratedProvider['kind'], place: Place): GeneratedProvider {
  const slug = slugify(name);
  return {
    id: rng.uuid(),
    slug,
    name,
    kind,
    accreditationNumber: kind === 'recognised_institution' ? null : `AGR-${rng.int(10000, 99999)}`,
    email: `info@${slug}.demo`,
    phone: `${place.areaCode} ${rng.int(200, 989)}-${String(rng.int(0, 9999)).padStart(4, '0')}`,
  };
}

/** The whole demo dataset; the same options always give the same dataset. */
export function generateDemoDataset(options: DemoOptions = {}): DemoDataset {
  const seed = options.seed ?? DEMO_SEED;
  const asOf = options.asOf ?? DEMO_AS_OF;
  const root = createRng(`demo/${seed}`);
  const usedNeqs = new Set<string>();
  const usedNames = new Set<string>();
  const usedSlugs = new Set<string>();

  const build = (
    rng: Rng,
    base: Omit<GeneratedMutual, 'providers' | 'firms' | 'id'>,
    plan: FirmPlan[],
    places: readonly Place[],
    providers: (r: Rng) => GeneratedProvider[],
  ): GeneratedMutual => ({
    ...base,
    id: rng.uuid(),
    providers: providers(rng.fork('providers')),
    firms: plan.map((p, i) =>
      generateFirm(rng.fork(`firm/${i}`), {
        kind: pickKind(rng, p.kinds),
        place: rng.pick(places),
        headcount: p.headcount,
        status: p.status,
        asOf,
        mutualSince: base.recognisedSince,
        usedNeqs,
        usedNames,
        usedSlugs,
        isValidNeq: options.isValidNeq,
      }),
    ),
  });

  const lanaudiereRng = root.fork('lanaudiere');
  const lanaudiere = build(
    lanaudiereRng,
    {
      key: 'lanaudiere',
      slug: 'forma-lanaudiere',
      name: 'Mutuelle de formation Lanaudière',
      kind: 'regional',
      regionCode: '14',
      scianCode: null,
      recognisedSince: '2009-04-01',
    },
    regionalPlan(lanaudiereRng.fork('plan')),
    LANAUDIERE_PLACES,
    (r) => [
      provider(r, 'Institut technique des Moulins', 'recognised_institution', LANAUDIERE_PLACES[4]),
      provider(r, 'Formaction Joliette', 'accredited_trainer', LANAUDIERE_PLACES[0]),
      provider(r, 'Groupe conseil Virage RH', 'accredited_body', LANAUDIERE_PLACES[3]),
      provider(r, 'Soudure Pro Formation', 'accredited_trainer', LANAUDIERE_PLACES[1]),
    ],
  );

  const foodRng = root.fork('alimentaire');
  const foodPlaces = QUEBEC_PLACES.filter((p) =>
    ['14', '16', '17', '12', '03', '05', '13', '15'].includes(p.regionCode),
  );
  const alimentaire = build(
    foodRng,
    {
      key: 'alimentaire',
      slug: 'forma-alimentaire',
      name: 'Mutuelle de formation de la transformation alimentaire',
      kind: 'sectoral',
      regionCode: null,
      scianCode: '311',
      recognisedSince: '2014-09-15',
    },
    sectoralPlan(foodRng.fork('plan')),
    foodPlaces,
    (r) => [
      provider(r, 'Académie des métiers de bouche', 'accredited_trainer', foodPlaces[0]),
      provider(r, 'Hygiène alimentaire Formation', 'accredited_body', foodPlaces[1]),
    ],
  );

  const mutuals = [lanaudiere, alimentaire];
  const accounts: GeneratedAccount[] = [
    {
      email: 'admin@mutualis.demo',
      displayName: 'Admin Mutualis',
      role: 'platform_admin',
      locale: 'fr',
      mutualId: null,
      memberId: null,
      providerId: null,
    },
    {
      email: 'coordination@lanaudiere.demo',
      displayName: 'Julie Gagnon',
      role: 'coordinator',
      locale: 'fr',
      mutualId: lanaudiere.id,
      memberId: null,
      providerId: null,
    },
    {
      email: 'ca@lanaudiere.demo',
      displayName: 'Marc-André Lefebvre',
      role: 'board_viewer',
      locale: 'fr',
      mutualId: lanaudiere.id,
      memberId: null,
      providerId: null,
    },
    {
      email: 'coordination@alimentaire.demo',
      displayName: 'Karim Haddad',
      role: 'coordinator',
      locale: 'fr',
      mutualId: alimentaire.id,
      memberId: null,
      providerId: null,
    },
  ];
  for (const mutual of mutuals) {
    for (const p of mutual.providers) {
      accounts.push({
        email: `formateur@${p.slug}.demo`,
        displayName: TRAINER_NAMES[accounts.length % TRAINER_NAMES.length],
        role: 'trainer',
        locale: 'fr',
        mutualId: mutual.id,
        memberId: null,
        providerId: p.id,
      });
    }
    for (const firm of mutual.firms) {
      const contact = firm.contacts[0];
      accounts.push({
        email: contact.email,
        displayName: contact.name,
        role: 'member_contact',
        locale: firm.employees[0]?.language ?? 'fr',
        mutualId: mutual.id,
        memberId: firm.id,
        providerId: null,
      });
    }
  }

  const featuredMemberLogins = lanaudiere.firms
    .filter((f) => f.status === 'active')
    .sort((a, b) => b.headcount - a.headcount || a.legalName.localeCompare(b.legalName))
    .slice(0, 2)
    .map((f) => ({ email: f.contacts[0].email, firm: f.legalName, mutual: lanaudiere.name }));

  return { seed, asOf, mutuals, accounts, featuredMemberLogins };
}
