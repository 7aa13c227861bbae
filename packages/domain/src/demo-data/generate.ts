// Generators of member firms and their employees, driven by a seeded Rng: same seed, same data.

import { addDays } from '../dates.ts';
import { isValidNeq } from '../members/neq.ts';
import type { MemberStatus } from '../members/status.ts';
import { teerOfNoc } from '../reference/noc.ts';
import type { EndReason } from '../reference/people.ts';
import {
  FIRST_NAMES_F,
  FIRST_NAMES_M,
  LAST_NAMES,
  type Place,
  phoneIn,
  postalCodeIn,
  STREETS,
  slugify,
} from './names.ts';
import { EDUCATION_BY_TEER, type FirmKind, frenchTitle, OCCUPATIONS, type Occupation } from './occupations.ts';
import type { Rng } from './random.ts';

export type { MemberStatus };

export interface GeneratedWage {
  effectiveOn: string;
  hourlyWageCents: number;
}

export interface GeneratedEmployee {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  jobTitle: string;
  nocCode: string;
  teer: number;
  educationLevel: string;
  language: 'fr' | 'en';
  birthYear: number;
  hireDate: string;
  endDate: string | null;
  endReason: EndReason | null;
  /** Oldest first; the last one is the current wage. */
  wages: GeneratedWage[];
}

export interface GeneratedContact {
  name: string;
  email: string;
  phone: string;
  roleTitle: string;
  isPrimary: boolean;
}

export interface GeneratedFirm {
  id: string;
  slug: string;
  kind: string;
  legalName: string;
  neq: string;
  scianCode: string;
  regionCode: string;
  /** Employees on staff (not counting those who left). */
  headcount: number;
  annualPayrollCents: number;
  status: MemberStatus;
  statusChangedOn: string;
  statusReason: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  consentOutcomeData: boolean;
  address: string;
  city: string;
  postalCode: string;
  phone: string;
  website: string | null;
  contacts: GeneratedContact[];
  employees: GeneratedEmployee[];
}

// ---------- dates (ISO strings, UTC arithmetic only) ----------

const DAY_MS = 86_400_000;
const toDays = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const fromDays = (days: number) => new Date(Math.round(days) * DAY_MS).toISOString().slice(0, 10);
/** The later of two ISO dates. */
const laterOf = (a: string, b: string) => [a, b].sort()[1];
const yearOf = (iso: string) => Number(iso.slice(0, 4));
const randomDateBetween = (rng: Rng, from: string, to: string) =>
  fromDays(rng.int(toDays(from), Math.max(toDays(from), toDays(to))));

// ---------- people ----------

/** Share of women by NOC broad occupational category (first digit), roughly as in Quebec. */
const WOMEN_SHARE: Record<string, number> = {
  '0': 0.3,
  '1': 0.72,
  '2': 0.22,
  '3': 0.8,
  '4': 0.7,
  '5': 0.5,
  '6': 0.55,
  '7': 0.06,
  '8': 0.2,
  '9': 0.32,
};

export function personName(rng: Rng, woman: boolean): { firstName: string; lastName: string } {
  const firstName = rng.pick(woman ? FIRST_NAMES_F : FIRST_NAMES_M);
  const lastName = rng.chance(0.08) ? `${rng.pick(LAST_NAMES)}-${rng.pick(LAST_NAMES)}` : rng.pick(LAST_NAMES);
  return { firstName, lastName };
}

const emailLocal = (first: string, last: string) => `${slugify(first)}.${slugify(last)}`.replace(/-/g, '');

// ---------- NEQ ----------

/**
 * A 10-digit Quebec enterprise number (NEQ) starting with 11 (legal person), not yet in `used`,
 * accepted by `isValid` (by default the members module's NEQ rule).
 */
export function makeNeq(rng: Rng, used: Set<string>, isValid: (neq: string) => boolean = isValidNeq): string {
  for (;;) {
    const neq = `11${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
    if (!used.has(neq) && isValid(neq)) {
      used.add(neq);
      return neq;
    }
  }
}

// ---------- employees ----------

const END_REASONS: readonly (readonly [EndReason, number])[] = [
  ['resignation', 50],
  ['end_of_contract', 15],
  ['layoff', 10],
  ['retirement', 12],
  ['dismissal', 6],
  ['other', 7],
];

const HOURS_PER_YEAR = 1950;

interface EmployeeOptions {
  occupation: Occupation;
  asOf: string;
  /** The firm's founding date: nobody was hired before it. */
  foundedOn: string;
  departed: boolean;
  isOwner: boolean;
  emailDomain: string | null;
  firmLanguage: 'fr' | 'en';
}

/** One employee with 1–3 wage rows, hired on or before asOf, gone before asOf if departed. */
export function generateEmployee(rng: Rng, o: EmployeeOptions): GeneratedEmployee {
  const woman = rng.chance(WOMEN_SHARE[o.occupation.noc[0]] ?? 0.5);
  const { firstName, lastName } = personName(rng, woman);
  const teer = teerOfNoc(o.occupation.noc)!;
  const language: 'fr' | 'en' =
    o.firmLanguage === 'en' ? (rng.chance(0.7) ? 'en' : 'fr') : rng.chance(0.06) ? 'en' : 'fr';
  const asOfYear = yearOf(o.asOf);
  const earliest = laterOf(o.foundedOn, `${asOfYear - 40}-01-01`);

  let hireDate: string;
  let endDate: string | null = null;
  let endReason: EndReason | null = null;
  if (o.departed) {
    // Left within the last five years, after at least a month on the job.
    const from = addDays(o.asOf, -5 * 365);
    endDate = randomDateBetween(rng, laterOf(from, addDays(earliest, 60)), addDays(o.asOf, -7));
    const tenureDays = Math.min(
      Math.round(-Math.log(1 - rng.next()) * 3.5 * 365) + 30,
      toDays(endDate) - toDays(earliest),
    );
    hireDate = addDays(endDate, -Math.max(30, tenureDays));
    if (hireDate < earliest) hireDate = earliest;
    endReason = rng.weighted(END_REASONS);
  } else {
    const meanYears = o.isOwner ? 15 : 6;
    const tenureDays = Math.round(-Math.log(1 - rng.next()) * meanYears * 365);
    hireDate = addDays(o.asOf, -Math.min(tenureDays, toDays(o.asOf) - toDays(earliest)));
  }
  const ageAtHire = o.isOwner ? rng.int(24, 45) : endReason === 'retirement' ? rng.int(35, 50) : rng.int(18, 52);
  let birthYear = yearOf(hireDate) - ageAtHire;
  if (endReason === 'retirement' && endDate && yearOf(endDate) - birthYear < 58)
    birthYear = yearOf(endDate) - rng.int(58, 66);
  if (!o.departed && asOfYear - birthYear > 68) birthYear = asOfYear - rng.int(55, 68);

  // Current wage in the occupation's range; earlier rows a yearly raise of 2–4.5 % below.
  const [low, high] = o.occupation.wage;
  const tenureYears = (toDays(endDate ?? o.asOf) - toDays(hireDate)) / 365;
  const position = Math.min(1, Math.max(0, rng.next() * 0.8 + Math.min(tenureYears, 10) * 0.02));
  const currentCents = Math.round((low + (high - low) * position) * 100);
  const until = endDate ?? o.asOf;
  const raiseDates: string[] = [];
  for (let y = yearOf(hireDate) + 1; y <= yearOf(until); y++) {
    const d = `${y}-05-01`;
    if (d > hireDate && d <= until) raiseDates.push(d);
  }
  const dates = [hireDate, ...raiseDates].slice(-rng.int(1, 3));
  const raise = 1 + rng.int(20, 45) / 1000;
  const wages = dates.map((effectiveOn, i) => ({
    effectiveOn,
    hourlyWageCents: Math.max(1000, Math.round(currentCents / raise ** (dates.length - 1 - i))),
  }));

  const jobTitle = language === 'en' ? o.occupation.en : frenchTitle(o.occupation, woman);
  return {
    id: rng.uuid(),
    firstName,
    lastName,
    email:
      o.emailDomain && (o.isOwner || rng.chance(0.35)) ? `${emailLocal(firstName, lastName)}@${o.emailDomain}` : null,
    jobTitle,
    nocCode: o.occupation.noc,
    teer,
    educationLevel: rng.weighted(EDUCATION_BY_TEER[teer]),
    language,
    birthYear,
    hireDate,
    endDate,
    endReason,
    wages,
  };
}

// ---------- firms ----------

const LAPSED_REASONS = [
  'Cotisation annuelle non renouvelée',
  'Aucune activité de formation depuis deux ans',
  'Changement de direction; à relancer',
];
const WITHDRAWN_REASONS = [
  "Fermeture de l'entreprise",
  "Vente de l'entreprise à un groupe qui forme à l'interne",
  'Crainte de perdre ses employés formés au profit de concurrents',
  'Formations offertes jugées peu adaptées à ses besoins',
  'Manque de temps pour libérer les employés',
];
const PROSPECT_REASONS = [
  'Diagnostic des besoins prévu',
  'Rencontre de présentation faite',
  'Référée par un membre',
  null,
];

const CONTACT_TITLES: readonly (readonly [string, string])[] = [
  ['Directrice des ressources humaines', 'f'],
  ['Directeur des ressources humaines', 'm'],
  ['Conseillère en ressources humaines', 'f'],
  ['Adjointe à la direction', 'f'],
  ['Contrôleur', 'm'],
  ['Directrice des opérations', 'f'],
  ['Directeur de production', 'm'],
];

export interface FirmOptions {
  kind: FirmKind;
  place: Place;
  /** Employees on staff to generate (0 for a prospect whose staff is not recorded: see headcount). */
  headcount: number;
  status: MemberStatus;
  asOf: string;
  /** The mutual's recognition date: nobody joined before it. */
  mutualSince: string;
  usedNeqs: Set<string>;
  usedNames: Set<string>;
  usedSlugs?: Set<string>;
  isValidNeq?: (neq: string) => boolean;
  /** Domain of generated e-mail addresses: 'slug.demo' when undefined, none when null. */
  emailTld?: string | null;
  /** Whether employees are recorded (prospects' staff usually is not). */
  recordEmployees?: boolean;
  /** Share of staff who left in the past years, recorded with an end date (default 8–12 %). */
  departureRate?: number;
}

function firmName(rng: Rng, kind: FirmKind, place: Place, used: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const pattern = rng.pick(kind.names);
    const family = rng.pick(LAST_NAMES.slice(0, 80));
    const family2 = rng.pick(LAST_NAMES.slice(0, 80));
    let name = pattern
      .replace('{family}', family)
      .replace('{family2}', family2 === family ? 'Roy' : family2)
      .replace('{place}', place.city);
    if (!name.includes('CPA') && !name.includes('Les Entreprises')) {
      name = rng.weighted([
        [`${name} inc.`, 70],
        [`${name} ltée`, 15],
        [`${name} et Fils inc.`, pattern.includes('{family}') && !name.includes('Fils') ? 8 : 0],
        [`${name} s.e.n.c.`, 3],
      ]);
    } else if (!name.includes('CPA')) name = `${name} inc.`;
    if (attempt > 20) name = `${name.replace(/ (inc\.|ltée|s\.e\.n\.c\.)$/, '')} ${attempt} inc.`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

function uniqueSlug(base: string, used: Set<string> | undefined): string {
  if (!used) return base;
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}

/** One member firm with its contacts and employees; headcount and payroll agree with its staff. */
export function generateFirm(rng: Rng, o: FirmOptions): GeneratedFirm {
  const legalName = firmName(rng, o.kind, o.place, o.usedNames);
  const slug = uniqueSlug(slugify(legalName), o.usedSlugs);
  const emailDomain = o.emailTld === null ? null : `${slug}.${o.emailTld ?? 'demo'}`;
  const asOfYear = yearOf(o.asOf);
  const foundedOn = randomDateBetween(rng, '1965-01-01', `${asOfYear - 4}-12-31`);
  const firmLanguage: 'fr' | 'en' = rng.chance(0.05) ? 'en' : 'fr';
  const recordEmployees = o.recordEmployees ?? o.status !== 'prospect';

  const employees: GeneratedEmployee[] = [];
  if (recordEmployees && o.headcount > 0) {
    const departureRate = o.departureRate ?? 0.08 + rng.next() * 0.04;
    const departed = Math.round(o.headcount * departureRate);
    for (let i = 0; i < o.headcount + departed; i++) {
      const isOwner = i === 0;
      const noc = isOwner ? o.kind.manager : o.headcount >= 40 && i === 1 ? '11200' : rng.weighted(o.kind.staff);
      employees.push(
        generateEmployee(rng, {
          occupation: OCCUPATIONS[noc],
          asOf: o.asOf,
          foundedOn,
          departed: i >= o.headcount,
          isOwner,
          emailDomain,
          firmLanguage,
        }),
      );
    }
  }
  const onStaff = employees.filter((e) => e.endDate === null);
  const hours = o.kind.key === 'restaurant' ? 1400 : HOURS_PER_YEAR;
  const annualPayrollCents = recordEmployees
    ? onStaff.reduce((sum, e) => sum + e.wages[e.wages.length - 1].hourlyWageCents * hours, 0)
    : o.headcount * rng.int(42_000, 58_000) * 100;

  // Membership history: joined after the mutual's recognition; lapsed/withdrawn later.
  const joinedOn = o.status === 'prospect' ? null : randomDateBetween(rng, o.mutualSince, addDays(o.asOf, -400));
  let leftOn: string | null = null;
  let statusChangedOn = joinedOn ?? randomDateBetween(rng, addDays(o.asOf, -120), addDays(o.asOf, -5));
  let statusReason: string | null = null;
  if (o.status === 'lapsed' || o.status === 'withdrawn') {
    leftOn = randomDateBetween(rng, addDays(joinedOn!, 365), addDays(o.asOf, -30));
    statusChangedOn = leftOn;
    statusReason = rng.pick(o.status === 'lapsed' ? LAPSED_REASONS : WITHDRAWN_REASONS);
  } else if (o.status === 'prospect') {
    statusReason = rng.pick(PROSPECT_REASONS);
  }

  const contacts: GeneratedContact[] = [];
  const [roleTitle, gender] = rng.pick(CONTACT_TITLES);
  const primary = personName(rng, gender === 'f');
  contacts.push({
    name: `${primary.firstName} ${primary.lastName}`,
    email: `rh@${emailDomain ?? `${slug}.demo`}`,
    phone: phoneIn(o.place, rng),
    roleTitle,
    isPrimary: true,
  });
  if (rng.chance(0.4)) {
    const owner = employees[0] ?? { ...personName(rng, rng.chance(0.3)), email: null };
    contacts.push({
      name: `${owner.firstName} ${owner.lastName}`,
      email: owner.email ?? `${emailLocal(owner.firstName, owner.lastName)}@${emailDomain ?? `${slug}.demo`}`,
      phone: phoneIn(o.place, rng),
      roleTitle: rng.pick(['Président', 'Propriétaire', 'Directeur général']),
      isPrimary: false,
    });
  }

  return {
    id: rng.uuid(),
    slug,
    kind: o.kind.key,
    legalName,
    neq: makeNeq(rng, o.usedNeqs, o.isValidNeq),
    scianCode: o.kind.scian,
    regionCode: o.place.regionCode,
    headcount: recordEmployees ? onStaff.length : o.headcount,
    annualPayrollCents,
    status: o.status,
    statusChangedOn,
    statusReason,
    joinedOn,
    leftOn,
    consentOutcomeData: o.status !== 'prospect' && rng.chance(0.75),
    address: `${rng.int(10, 3999)}, ${rng.pick(STREETS)}`,
    city: o.place.city,
    postalCode: postalCodeIn(o.place, rng),
    phone: phoneIn(o.place, rng),
    website: rng.chance(0.6) ? `https://${slug}.example` : null,
    contacts,
    employees,
  };
}
