// Ten years of a mutual's governance, drawn from a profile so that mutuals tell different stories,
// as the study's four did: strong or weak leadership (board complete and attending, leaders
// active), a rich or thin ecosystem (partners, support, funding sources), membership growing or
// declining. Pure and seeded: the same mutual and seed give the same history.

import { addDays } from '../dates.ts';
import type {
  BoardOffice,
  BoardSeatKind,
  ContributionKind,
  DecisionOutcome,
  MeetingKind,
} from '../governance/board.ts';
import type { PartnerKind, SupportKind } from '../governance/ecosystem.ts';
import type { MutualBasis, RecognitionEventKind } from '../governance/recognition.ts';
import { personName } from './generate.ts';
import type { Rng } from './random.ts';

export interface GovernanceProfile {
  /** strong: a full board that meets and attends, several active leaders; weak: the opposite; improving: weak, then strong. */
  leadership: 'strong' | 'weak' | 'improving';
  /** rich: many partners of many kinds and several funders; thin: two or three; growing: few, then many. */
  ecosystem: 'rich' | 'thin' | 'growing';
  /** The recognition's story: kept; a past notice answered in time; a notice now (answer pending). */
  recognition: 'steady' | 'past_notice' | 'notice_now';
}

export interface HistoryFirm {
  id: string;
  legalName: string;
  headcount: number;
  joinedOn: string | null;
  leftOn: string | null;
}

export interface HistoryInput {
  mutualId: string;
  name: string;
  basis: MutualBasis;
  recognisedSince: string;
  /** The first year of history (at most ten years before `asOf`). */
  fromYear: number;
  asOf: string;
  firms: readonly HistoryFirm[];
  profile: GovernanceProfile;
  /** The chair's name and account, when the demo has a board member account to seat as chair. */
  chair?: { name: string; userId: string } | null;
  /** The mutual's coordinator, a leader since the start. */
  coordinatorName?: string;
}

export interface GovernanceHistory {
  file: {
    legalName: string;
    neq: string;
    incorporatedOn: string;
    address: string;
    skillsProblems: string;
    poolingRationale: string;
    collaboration: string;
    viableMembers: number;
    viabilityBudgetCents: number;
    viabilityActivity: string;
    resolution: { body: string; adoptedOn: string; reference: string } | null;
  };
  events: { kind: RecognitionEventKind; occurredOn: string; answerDueOn: string | null; note: string }[];
  seats: { id: string; kind: BoardSeatKind; label: string; position: number }[];
  boardMembers: {
    id: string;
    seatId: string;
    name: string;
    organisation: string;
    memberId: string | null;
    email: string | null;
    office: BoardOffice;
    termStart: string;
    termEnd: string | null;
    userId: string | null;
  }[];
  meetings: {
    id: string;
    heldOn: string;
    kind: MeetingKind;
    agenda: string;
    minutes: string;
    present: string[];
    absent: string[];
    decisions: { text: string; outcome: DecisionOutcome }[];
  }[];
  leaders: {
    id: string;
    name: string;
    role: 'chair' | 'coordinator' | 'champion';
    memberId: string | null;
    boardMemberId: string | null;
    since: string;
    until: string | null;
    contributions: {
      kind: ContributionKind;
      occurredOn: string;
      memberId: string | null;
      amountCents: number | null;
      note: string;
    }[];
  }[];
  partners: {
    id: string;
    name: string;
    kind: PartnerKind;
    since: string;
    until: string | null;
    website: string;
    supports: {
      kind: SupportKind;
      description: string;
      amountCents: number | null;
      startsOn: string;
      endsOn: string | null;
    }[];
    agreements: { title: string; signedOn: string; startsOn: string; endsOn: string }[];
    contacts: { name: string; roleTitle: string; email: string }[];
  }[];
  activityYears: {
    year: number;
    firmsServed: number;
    microSmallFirmsServed: number;
    workersServed: number;
    lowSkilledWorkersServed: number;
  }[];
}

const PARTNERS: Record<
  PartnerKind,
  { names: string[]; support: SupportKind; what: string; amount?: [number, number] }
> = {
  csmo: {
    names: [
      'Comité sectoriel de main-d’œuvre de la fabrication métallique',
      'Comité sectoriel de la transformation alimentaire',
      'CSMO du commerce de détail',
    ],
    support: 'organisational',
    what: 'Analyse des besoins du secteur et promotion auprès des entreprises',
  },
  college: {
    names: ['Cégep régional', 'Collège communautaire', 'Cégep de la vallée'],
    support: 'material',
    what: 'Prêt de locaux et d’ateliers pour les sessions',
  },
  school_service_centre: {
    names: ['Centre de services scolaire des Rivières', 'Centre de services scolaire des Monts'],
    support: 'material',
    what: 'Ateliers de formation professionnelle en soirée',
  },
  services_quebec: {
    names: ['Services Québec — bureau régional'],
    support: 'financial',
    what: 'Subvention de fonctionnement',
    amount: [3_000_000, 6_500_000],
  },
  employer_association: {
    names: ['Association des manufacturiers', 'Regroupement des entreprises alimentaires'],
    support: 'organisational',
    what: 'Recrutement de membres lors des activités de l’association',
  },
  chamber_of_commerce: {
    names: ['Chambre de commerce régionale', 'Chambre de commerce et d’industrie'],
    support: 'organisational',
    what: 'Diffusion de l’offre de formation aux entreprises',
  },
  funder: {
    names: [
      'Commission des partenaires du marché du travail',
      'Fondation pour la formation en entreprise',
      'Fonds de développement régional',
    ],
    support: 'financial',
    what: 'Aide financière triennale',
    amount: [1_500_000, 4_000_000],
  },
  trainer: {
    names: ['Institut de formation continue', 'Formation Pro inc.'],
    support: 'material',
    what: 'Matériel pédagogique fourni à prix coûtant',
  },
  other: { names: ['Municipalité régionale de comté'], support: 'material', what: 'Salle municipale' },
};

const DECISIONS: string[] = [
  'Adopter le budget de l’année',
  'Approuver le plan de formation mutualisé',
  'Fixer la cotisation annuelle des membres',
  'Approuver le rapport annuel d’activité',
  'Recevoir les états financiers audités',
  'Mandater la coordination pour une demande de subvention',
  'Adhérer à une entente de partenariat',
  'Nommer les signataires bancaires',
];

const yearOf = (date: string) => Number(date.slice(0, 4));
const dateIn = (rng: Rng, year: number, fromMonth = 1, toMonth = 12) =>
  `${year}-${String(rng.int(fromMonth, toMonth)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
const min = (a: string, b: string) => (a < b ? a : b);

/** How strong leadership is in a year, from 0 (absent) to 1 (full), by profile. */
function leadershipIn(profile: GovernanceProfile, year: number, fromYear: number, toYear: number): number {
  if (profile.leadership === 'strong') return 0.9;
  if (profile.leadership === 'weak') return Math.max(0.25, 0.6 - 0.06 * (year - fromYear));
  const t = (year - fromYear) / Math.max(1, toYear - fromYear);
  return 0.35 + 0.6 * t;
}

/** The governance history of one mutual from `fromYear` to the year of `asOf`. */
export function governanceHistory(rng: Rng, input: HistoryInput): GovernanceHistory {
  const toYear = yearOf(input.asOf);
  const fromYear = input.fromYear;
  const { profile } = input;
  const uuid = () => rng.uuid();
  const person = () => {
    const p = personName(rng, rng.chance(0.5));
    return `${p.firstName} ${p.lastName}`;
  };
  const firmsActive = (day: string) =>
    input.firms.filter((f) => f.joinedOn !== null && f.joinedOn <= day && (f.leftOn === null || f.leftOn > day));
  const sectoral = input.basis !== 'regional';

  // recognition
  const applied = addDays(input.recognisedSince, -rng.int(120, 200));
  const events: GovernanceHistory['events'] = [
    { kind: 'applied', occurredOn: applied, answerDueOn: null, note: 'Dépôt du dossier au ministère' },
    {
      kind: 'recognised',
      occurredOn: input.recognisedSince,
      answerDueOn: null,
      note: 'Lettre de reconnaissance du ministre',
    },
  ];
  if (profile.recognition === 'past_notice') {
    const notice = `${Math.max(yearOf(input.recognisedSince) + 2, toYear - 5)}-03-14`;
    events.push({
      kind: 'notice_given',
      occurredOn: notice,
      answerDueOn: addDays(notice, 30),
      note: 'Avis : rapport annuel remis en retard',
    });
    events.push({
      kind: 'restored',
      occurredOn: addDays(notice, 21),
      answerDueOn: null,
      note: 'Rapport annuel et états financiers remis; avis levé',
    });
  }
  if (profile.recognition === 'notice_now') {
    const notice = addDays(input.asOf, -12);
    events.push({
      kind: 'notice_given',
      occurredOn: notice,
      answerDueOn: addDays(notice, 15),
      note: 'Avis : conseil sans représentant de la main-d’œuvre et activité en baisse',
    });
  }

  // board: 4 employer seats, 2 workforce seats, 1 other
  const seats: GovernanceHistory['seats'] = [
    ...[1, 2, 3, 4].map((n) => ({ id: uuid(), kind: 'employer' as const, label: `Employeurs ${n}`, position: n - 1 })),
    ...[1, 2].map((n) => ({ id: uuid(), kind: 'workforce' as const, label: `Main-d’œuvre ${n}`, position: 3 + n })),
    { id: uuid(), kind: 'other' as const, label: sectoral ? 'Comité sectoriel' : 'Milieu de l’éducation', position: 6 },
  ];
  const boardMembers: GovernanceHistory['boardMembers'] = [];
  const start = `${fromYear}-01-01`;
  for (const seat of seats) {
    let termStart = addDays(start, -rng.int(0, 500));
    while (termStart <= input.asOf) {
      const length = rng.int(2, 4);
      const termEnd = addDays(`${yearOf(termStart) + length}-${termStart.slice(5)}`, -1);
      const year = yearOf(termStart);
      // weak or declining boards leave seats empty; an improving board fills its workforce seats late
      const vacantForWeak =
        profile.leadership === 'weak' && seat.kind === 'workforce' && termEnd >= `${toYear - 2}-01-01`;
      const vacantEarly = profile.leadership === 'improving' && seat.kind === 'workforce' && year < fromYear + 2;
      const vacantChance = seat.kind === 'other' && profile.leadership === 'weak' && rng.chance(0.4);
      if (!(vacantForWeak || vacantEarly || vacantChance)) {
        const firm = seat.kind === 'employer' ? rng.pick(input.firms.length ? input.firms : [null]) : null;
        const isChair = seat.position === 0;
        const last = termEnd >= input.asOf;
        const name = isChair && last && input.chair ? input.chair.name : person();
        boardMembers.push({
          id: uuid(),
          seatId: seat.id,
          name,
          organisation:
            seat.kind === 'workforce'
              ? rng.pick(['Syndicat des travailleurs', 'Comité des employés', 'Représentante des employés'])
              : seat.kind === 'other'
                ? rng.pick(['Cégep régional', 'Comité sectoriel'])
                : (firm?.legalName ?? ''),
          memberId: firm?.id ?? null,
          email: `${name
            .toLowerCase()
            .normalize('NFD')
            .replace(/[^a-z]+/g, '.')
            .replace(/^\.|\.$/g, '')}@exemple.demo`,
          office: isChair
            ? 'chair'
            : seat.position === 1
              ? 'treasurer'
              : seat.position === 2
                ? 'secretary'
                : 'director',
          termStart,
          termEnd: last ? null : termEnd,
          userId: isChair && last && input.chair ? input.chair.userId : null,
        });
      }
      termStart = addDays(termEnd, 1 + (vacantForWeak || vacantEarly ? 0 : rng.chance(0.15) ? rng.int(30, 120) : 0));
    }
  }
  const sittingOn = (day: string) =>
    boardMembers.filter((m) => m.termStart <= day && (m.termEnd === null || m.termEnd >= day));

  // meetings
  const meetings: GovernanceHistory['meetings'] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const strength = leadershipIn(profile, year, fromYear, toYear);
    const count = Math.max(1, Math.round(1 + strength * 5));
    const months = [2, 4, 6, 9, 11, 12].slice(0, count);
    for (const month of months) {
      const heldOn = `${year}-${String(month).padStart(2, '0')}-${String(rng.int(5, 25)).padStart(2, '0')}`;
      if (heldOn > input.asOf) continue;
      const sitting = sittingOn(heldOn);
      const present = sitting.filter(() => rng.chance(0.35 + 0.6 * strength)).map((m) => m.id);
      const kind: MeetingKind = month === 6 ? 'annual_general' : 'regular';
      const decisions = Array.from({ length: rng.int(1, 3) }, () => ({
        text: rng.pick(DECISIONS),
        outcome: rng.chance(0.9) ? ('adopted' as const) : ('deferred' as const),
      }));
      meetings.push({
        id: uuid(),
        heldOn,
        kind,
        agenda: `1. Ouverture et quorum\n2. Adoption du procès-verbal\n3. Suivi des activités de formation\n4. ${decisions[0].text}\n5. Varia`,
        minutes: `Réunion tenue le ${heldOn}; ${present.length} administrateurs présents sur ${sitting.length}.`,
        present,
        absent: sitting.filter((m) => !present.includes(m.id)).map((m) => m.id),
        decisions,
      });
    }
  }

  // leaders: the coordinator, the chairs, and champions in member firms
  const leaders: GovernanceHistory['leaders'] = [];
  const coordinator = {
    id: uuid(),
    name: input.coordinatorName ?? person(),
    role: 'coordinator' as const,
    memberId: null,
    boardMemberId: null,
    since: input.recognisedSince,
    until: null,
    contributions: [] as GovernanceHistory['leaders'][number]['contributions'],
  };
  leaders.push(coordinator);
  for (const chair of boardMembers.filter((m) => m.office === 'chair')) {
    leaders.push({
      id: uuid(),
      name: chair.name,
      role: 'chair',
      memberId: chair.memberId,
      boardMemberId: chair.id,
      since: chair.termStart,
      until: chair.termEnd,
      contributions: [],
    });
  }
  const championCount = profile.leadership === 'strong' ? 4 : profile.leadership === 'improving' ? 3 : 1;
  const champions = input.firms.filter((f) => f.joinedOn !== null && f.leftOn === null).slice(0, championCount);
  for (const [i, firm] of champions.entries()) {
    const since = profile.leadership === 'improving' ? `${fromYear + 2 + i}-03-01` : (firm.joinedOn as string);
    leaders.push({
      id: uuid(),
      name: person(),
      role: 'champion',
      memberId: firm.id,
      boardMemberId: null,
      since: [since, input.asOf].sort()[0],
      until: profile.leadership === 'weak' && i > 0 ? `${toYear - 2}-12-31` : null,
      contributions: [],
    });
  }
  const activeLeaders = (day: string) => leaders.filter((l) => l.since <= day && (l.until === null || l.until >= day));
  for (const firm of input.firms) {
    if (!firm.joinedOn || yearOf(firm.joinedOn) < fromYear) continue;
    const recruiters = activeLeaders(firm.joinedOn);
    if (recruiters.length === 0) continue;
    const who = profile.leadership === 'weak' ? coordinator : rng.pick(recruiters);
    who.contributions.push({
      kind: 'recruitment',
      occurredOn: firm.joinedOn,
      memberId: firm.id,
      amountCents: null,
      note: 'Adhésion à la suite d’une rencontre',
    });
  }
  for (let year = fromYear; year <= toYear; year++) {
    const strength = leadershipIn(profile, year, fromYear, toYear);
    for (const l of activeLeaders(`${year}-06-30`)) {
      const meetingsOut = Math.round(strength * rng.int(1, 5));
      for (let k = 0; k < meetingsOut; k++) {
        const on = dateIn(rng, year);
        if (on <= input.asOf)
          l.contributions.push({
            kind: 'meeting',
            occurredOn: on,
            memberId: null,
            amountCents: null,
            note: rng.pick(['Rencontre avec un partenaire', 'Table régionale', 'Visite d’entreprise']),
          });
      }
      if (l.role !== 'champion' && rng.chance(strength * 0.7)) {
        const on = dateIn(rng, year);
        if (on <= input.asOf)
          l.contributions.push({
            kind: 'resource',
            occurredOn: on,
            memberId: null,
            amountCents: rng.int(5, 40) * 100_000,
            note: 'Financement obtenu pour un projet de formation',
          });
      }
    }
  }

  // ecosystem
  const kinds: PartnerKind[] =
    profile.ecosystem === 'rich'
      ? [
          'services_quebec',
          'funder',
          'funder',
          'college',
          'school_service_centre',
          sectoral ? 'csmo' : 'chamber_of_commerce',
          'employer_association',
          'trainer',
          'other',
        ]
      : profile.ecosystem === 'growing'
        ? [
            'services_quebec',
            'csmo',
            'funder',
            'college',
            'employer_association',
            'chamber_of_commerce',
            'funder',
            'trainer',
          ]
        : ['services_quebec', sectoral ? 'csmo' : 'chamber_of_commerce', 'college'];
  const used = new Map<PartnerKind, number>();
  const partners: GovernanceHistory['partners'] = kinds.map((kind, i) => {
    const spec = PARTNERS[kind];
    const n = used.get(kind) ?? 0;
    used.set(kind, n + 1);
    const name = spec.names[n % spec.names.length];
    const sinceYear = profile.ecosystem === 'growing' ? fromYear + Math.floor(i * 1.1) : fromYear - rng.int(0, 3);
    const since = `${Math.min(sinceYear, toYear)}-${String(rng.int(1, 9)).padStart(2, '0')}-01`;
    const ends = profile.ecosystem === 'thin' && i > 0 ? `${toYear - 2}-06-30` : null;
    const until = ends && ends > since ? ends : null;
    const supports: GovernanceHistory['partners'][number]['supports'] = [];
    const agreements: GovernanceHistory['partners'][number]['agreements'] = [];
    for (let year = Math.max(fromYear, yearOf(since)); year <= toYear; year++) {
      const first = `${year}-${since.slice(5)}`;
      if (first > input.asOf || (until && first > until)) break;
      if (spec.amount) {
        const [lo, hi] = spec.amount;
        const thin = profile.ecosystem === 'thin' ? Math.max(0.3, 1 - 0.12 * (year - fromYear)) : 1;
        const amount = Math.round((rng.int(lo, hi) * thin) / 10_000) * 10_000;
        supports.push({
          kind: 'financial',
          description: spec.what,
          amountCents: amount,
          startsOn: first,
          endsOn: min(addDays(`${year + 1}-${since.slice(5)}`, -1), until ?? '9999-12-31'),
        });
        if ((year - yearOf(since)) % 3 === 0)
          agreements.push({
            title: `Entente ${year}–${year + 3}`,
            signedOn: addDays(first, -20),
            startsOn: first,
            endsOn: addDays(`${year + 3}-${since.slice(5)}`, -1),
          });
      } else if (rng.chance(profile.ecosystem === 'thin' ? 0.5 : 0.85)) {
        supports.push({
          kind: spec.support,
          description: spec.what,
          amountCents: spec.support === 'material' ? rng.int(5, 30) * 10_000 : null,
          startsOn: first,
          endsOn: min(`${year}-12-31`, until ?? '9999-12-31'),
        });
      }
    }
    const contact = personName(rng, rng.chance(0.5));
    return {
      id: uuid(),
      name,
      kind,
      since,
      until,
      website: `https://${name
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 30)}.demo`,
      supports,
      agreements,
      contacts: [
        {
          name: `${contact.firstName} ${contact.lastName}`,
          roleTitle: rng.pick(['Conseillère aux entreprises', 'Directeur général', 'Responsable des partenariats']),
          email: `${contact.firstName
            .toLowerCase()
            .normalize('NFD')
            .replace(/[^a-z]/g, '')}@partenaire.demo`,
        },
      ],
    };
  });

  // reach from the annual reports, up to last year
  const activityYears: GovernanceHistory['activityYears'] = [];
  for (let year = fromYear; year < toYear; year++) {
    const members = firmsActive(`${year}-12-31`);
    if (members.length === 0) continue;
    const strength = leadershipIn(profile, year, fromYear, toYear);
    const served = members.filter(() => rng.chance(0.3 + 0.45 * strength));
    const microSmall = served.filter((f) => f.headcount < 100).length;
    const workers = served.reduce(
      (n, f) => n + Math.max(1, Math.round(Math.min(f.headcount, 40) * (0.15 + 0.2 * rng.next()))),
      0,
    );
    const lowSkilled = Math.round(workers * (0.15 + 0.25 * strength * rng.next() + 0.1 * strength));
    activityYears.push({
      year,
      firmsServed: served.length,
      microSmallFirmsServed: microSmall,
      workersServed: workers,
      lowSkilledWorkersServed: Math.min(workers, lowSkilled),
    });
  }

  const neqDigits = String(1_160_000_000 + rng.int(0, 9_999_999));
  return {
    file: {
      legalName: input.name,
      neq: neqDigits,
      incorporatedOn: addDays(applied, -rng.int(200, 400)),
      address: rng.pick(['125, rue Principale', '450, boulevard de l’Industrie', '33, rue du Parc']),
      skillsProblems: sectoral
        ? 'Pénurie de main-d’œuvre qualifiée, normes d’hygiène et de salubrité, santé et sécurité, supervision de premier niveau.'
        : 'Santé et sécurité, supervision, bureautique et gestion des ressources humaines dans de petites entreprises sans service de formation.',
      poolingRationale:
        'Les entreprises membres, surtout petites, n’ont pas le volume pour organiser seules des formations; la mutualisation réunit leurs employés dans des groupes interentreprises.',
      collaboration: 'Résolutions d’adhésion des membres et engagement à partager leurs besoins de formation.',
      viableMembers: sectoral ? 8 : 20,
      viabilityBudgetCents: (sectoral ? 180_000 : 320_000) * 100,
      viabilityActivity: sectoral ? 'Une vingtaine de sessions par an.' : 'Une quarantaine de sessions par an.',
      resolution:
        input.basis === 'sectoral'
          ? {
              body: 'Comité sectoriel de main-d’œuvre du secteur',
              adoptedOn: addDays(applied, -45),
              reference: `CSMO-${yearOf(applied)}-07`,
            }
          : null,
    },
    events,
    seats,
    boardMembers,
    meetings,
    leaders,
    partners,
    activityYears,
  };
}
