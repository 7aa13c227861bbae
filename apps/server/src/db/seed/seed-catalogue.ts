// Demo needs and catalogue: starter topics for each mutual, providers' details, approved courses
// (varied topics, languages, modes, regions, prices), one course with a trainer's pending change,
// diagnostics in every state, needs spread across the member firms (cells that pool well and
// cells that cannot, each for a different reason) and a request for quote half answered.
import type { GeneratedFirm, GeneratedMutual, Rng } from '@mutualis/domain/demo-data/index';
import type { Insertable } from 'kysely';
import { installStarterTopics } from '../../topics/index.ts';
import type { Db } from '../client.ts';
import type { Database } from '../tables.ts';
import { insertInBatches } from './batch.ts';
import type { DemoSeedStep } from './context.ts';

type Row<T extends keyof Database> = Insertable<Database[T]>;
type Lang = 'fr' | 'en';
type Mode = 'in_person' | 'virtual';

/** Months the demo courses and needs run in (the demo describes the world as of 2026-11-01). */
const months = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `2027-${String(from + i).padStart(2, '0')}`);

/** How long a course's attestations stay valid, by topic (the demo's certifications that expire). */
const VALIDITY_MONTHS: Record<string, number> = { 'health-safety.whmis': 12, 'health-safety.first-aid': 36 };

interface CourseSpec {
  key: string;
  provider: number;
  topic: string;
  fr: string;
  en: string;
  language: Lang;
  mode: Mode;
  regions: string[];
  periods: string[];
  hours: number;
  fixed: number;
  seat: number;
  min: number;
  max: number;
  status?: 'approved' | 'proposed' | 'retired';
}

interface NeedSpec {
  topic: string;
  /** Seats of each firm, one need per firm (firms drawn from the active members). */
  seats: number[];
  languages: Lang[];
  modes: Mode[];
  periods: string[];
  regionCode?: string;
  priority?: 'high' | 'medium' | 'low';
  maxPrice?: number;
  status?: 'open' | 'planned' | 'withdrawn' | 'closed';
}

interface MutualPlan {
  providerRegions: string[][];
  courses: CourseSpec[];
  needs: NeedSpec[];
}

const LANAUDIERE: MutualPlan = {
  providerRegions: [['14', '15', '16'], ['14'], ['14', '15', '13'], ['14', '16']],
  courses: [
    {
      key: 'forklift',
      provider: 0,
      topic: 'health-safety.forklift',
      fr: 'Conduite sécuritaire du chariot élévateur',
      en: 'Safe forklift operation',
      language: 'fr',
      mode: 'in_person',
      regions: ['14'],
      periods: months(2, 5),
      hours: 16,
      fixed: 180_000,
      seat: 9_500,
      min: 6,
      max: 12,
    },
    {
      key: 'whmis',
      provider: 1,
      topic: 'health-safety.whmis',
      fr: 'SIMDUT 2015 en ligne',
      en: 'WHMIS 2015 online',
      language: 'fr',
      mode: 'virtual',
      regions: [],
      periods: months(1, 6),
      hours: 4,
      fixed: 60_000,
      seat: 4_000,
      min: 5,
      max: 20,
    },
    {
      key: 'whmis-en',
      provider: 1,
      topic: 'health-safety.whmis',
      fr: 'SIMDUT 2015 (anglais)',
      en: 'WHMIS 2015 (English)',
      language: 'en',
      mode: 'virtual',
      regions: [],
      periods: ['2027-03', '2027-05'],
      hours: 4,
      fixed: 60_000,
      seat: 4_500,
      min: 5,
      max: 15,
    },
    {
      key: 'first-aid',
      provider: 0,
      topic: 'health-safety.first-aid',
      fr: 'Secourisme en milieu de travail',
      en: 'Workplace first aid',
      language: 'fr',
      mode: 'in_person',
      regions: ['14'],
      periods: ['2027-06'],
      hours: 16,
      fixed: 150_000,
      seat: 7_000,
      min: 6,
      max: 12,
    },
    {
      key: 'supervising',
      provider: 2,
      topic: 'management.supervising-team',
      fr: 'Superviser une équipe au quotidien',
      en: 'Supervising a team day to day',
      language: 'fr',
      mode: 'in_person',
      regions: ['14', '15'],
      periods: ['2027-02', '2027-04'],
      hours: 21,
      fixed: 320_000,
      seat: 15_000,
      min: 8,
      max: 14,
    },
    {
      key: 'spreadsheets',
      provider: 1,
      topic: 'digital.spreadsheets',
      fr: 'Excel pour la production',
      en: 'Excel for production staff',
      language: 'fr',
      mode: 'virtual',
      regions: [],
      periods: months(1, 4),
      hours: 12,
      fixed: 90_000,
      seat: 6_000,
      min: 6,
      max: 16,
    },
    {
      key: 'welding',
      provider: 3,
      topic: 'trades.welding',
      fr: 'Soudage MIG et TIG : perfectionnement',
      en: 'MIG and TIG welding: advanced',
      language: 'fr',
      mode: 'in_person',
      regions: ['14'],
      periods: months(3, 6),
      hours: 60,
      fixed: 450_000,
      seat: 35_000,
      min: 4,
      max: 8,
    },
    {
      key: 'lean',
      provider: 0,
      topic: 'production.lean',
      fr: 'Initiation au lean manufacturing',
      en: 'Lean manufacturing basics',
      language: 'fr',
      mode: 'in_person',
      regions: ['14'],
      periods: ['2027-04', '2027-05'],
      hours: 14,
      fixed: 250_000,
      seat: 12_000,
      min: 10,
      max: 16,
    },
    {
      key: 'french',
      provider: 2,
      topic: 'languages.workplace-french',
      fr: 'Français au travail (virtuel)',
      en: 'Workplace French (virtual)',
      language: 'fr',
      mode: 'virtual',
      regions: [],
      periods: months(1, 6),
      hours: 30,
      fixed: 240_000,
      seat: 9_000,
      min: 6,
      max: 10,
    },
    {
      key: 'harassment',
      provider: 2,
      topic: 'hr.harassment-prevention',
      fr: 'Prévenir le harcèlement au travail',
      en: 'Preventing workplace harassment',
      language: 'fr',
      mode: 'virtual',
      regions: [],
      periods: months(1, 6),
      hours: 3,
      fixed: 45_000,
      seat: 2_500,
      min: 4,
      max: 25,
    },
    {
      key: 'cnc',
      provider: 3,
      topic: 'trades.cnc',
      fr: 'Programmation CNC',
      en: 'CNC programming',
      language: 'fr',
      mode: 'in_person',
      regions: ['14'],
      periods: months(3, 6),
      hours: 45,
      fixed: 380_000,
      seat: 28_000,
      min: 4,
      max: 8,
      status: 'proposed',
    },
    {
      key: 'maintenance',
      provider: 0,
      topic: 'production.maintenance',
      fr: 'Maintenance préventive (ancienne version)',
      en: 'Preventive maintenance (old version)',
      language: 'fr',
      mode: 'in_person',
      regions: ['14'],
      periods: ['2026-10'],
      hours: 21,
      fixed: 210_000,
      seat: 9_000,
      min: 6,
      max: 12,
      status: 'retired',
    },
  ],
  needs: [
    // Pools well: six firms, enough seats for the in-person course (minimum 6) in March.
    {
      topic: 'health-safety.forklift',
      seats: [3, 2, 4, 2, 3, 2],
      languages: ['fr'],
      modes: ['in_person'],
      periods: ['2027-02', '2027-03'],
      priority: 'high',
    },
    {
      topic: 'health-safety.forklift',
      seats: [2],
      languages: ['fr'],
      modes: ['in_person'],
      periods: ['2027-03', '2027-04'],
      regionCode: '15',
    }, // region not served
    {
      topic: 'health-safety.whmis',
      seats: [4, 3, 2, 5, 2],
      languages: ['fr'],
      modes: ['virtual', 'in_person'],
      periods: months(1, 3),
    },
    { topic: 'health-safety.whmis', seats: [2], languages: ['en'], modes: ['virtual'], periods: ['2027-03'] }, // below the minimum
    {
      topic: 'health-safety.first-aid',
      seats: [4, 3, 3],
      languages: ['fr'],
      modes: ['in_person'],
      periods: ['2027-02', '2027-03'],
    }, // no period
    {
      topic: 'management.supervising-team',
      seats: [2, 2, 3],
      languages: ['fr'],
      modes: ['in_person'],
      periods: ['2027-04'],
      priority: 'high',
    }, // 7 of 8 seats
    {
      topic: 'digital.spreadsheets',
      seats: [3, 2, 2, 4],
      languages: ['fr', 'en'],
      modes: ['virtual'],
      periods: ['2027-02', '2027-03'],
      maxPrice: 20_000,
    },
    {
      topic: 'trades.welding',
      seats: [3, 2],
      languages: ['fr'],
      modes: ['in_person'],
      periods: ['2027-04', '2027-05'],
      priority: 'high',
    },
    { topic: 'production.lean', seats: [3, 3], languages: ['fr'], modes: ['in_person'], periods: ['2027-04'] }, // below the minimum
    { topic: 'trades.plc', seats: [2, 3], languages: ['fr'], modes: ['in_person'], periods: ['2027-05'] }, // no course on the topic
    { topic: 'trades.cnc', seats: [2], languages: ['fr'], modes: ['in_person'], periods: ['2027-04'] }, // the course is only proposed
    {
      topic: 'languages.workplace-french',
      seats: [4, 2],
      languages: ['fr'],
      modes: ['in_person'],
      periods: ['2027-03'],
    }, // no mode match
    {
      topic: 'hr.harassment-prevention',
      seats: [1, 2, 2],
      languages: ['fr'],
      modes: ['virtual'],
      periods: ['2027-01', '2027-02'],
    },
    {
      topic: 'finance.cost-accounting',
      seats: [1],
      languages: ['fr'],
      modes: ['in_person', 'virtual'],
      periods: ['2027-05'],
      priority: 'low',
    },
    // History: needs already planned, withdrawn or closed.
    {
      topic: 'health-safety.lockout',
      seats: [4, 3],
      languages: ['fr'],
      modes: ['in_person'],
      periods: ['2027-01'],
      status: 'planned',
    },
    {
      topic: 'marketing.customer-service',
      seats: [2],
      languages: ['fr'],
      modes: ['virtual'],
      periods: ['2027-02'],
      status: 'withdrawn',
    },
    {
      topic: 'health-safety.whmis',
      seats: [5],
      languages: ['fr'],
      modes: ['in_person'],
      periods: ['2026-09'],
      status: 'closed',
    },
  ],
};

const ALIMENTAIRE: MutualPlan = {
  providerRegions: [
    ['14', '16', '17', '03'],
    ['14', '15', '16', '17', '12', '03', '05', '13'],
  ],
  courses: [
    {
      key: 'food-safety',
      provider: 1,
      topic: 'production.food-safety',
      fr: 'Hygiène et salubrité alimentaires (MAPAQ)',
      en: 'Food hygiene and safety (MAPAQ)',
      language: 'fr',
      mode: 'in_person',
      regions: ['14', '16', '17', '03'],
      periods: months(2, 4),
      hours: 12,
      fixed: 140_000,
      seat: 6_500,
      min: 5,
      max: 15,
    },
    {
      key: 'food-safety-en',
      provider: 1,
      topic: 'production.food-safety',
      fr: 'Hygiène alimentaire (anglais, virtuel)',
      en: 'Food hygiene (English, virtual)',
      language: 'en',
      mode: 'virtual',
      regions: [],
      periods: months(1, 6),
      hours: 6,
      fixed: 80_000,
      seat: 5_000,
      min: 6,
      max: 20,
    },
    {
      key: 'butchery',
      provider: 0,
      topic: 'trades.mechanics',
      fr: 'Entretien des équipements de découpe',
      en: 'Cutting equipment maintenance',
      language: 'fr',
      mode: 'in_person',
      regions: ['14', '16'],
      periods: ['2027-03', '2027-05'],
      hours: 14,
      fixed: 160_000,
      seat: 8_000,
      min: 4,
      max: 10,
    },
  ],
  needs: [
    {
      topic: 'production.food-safety',
      seats: [3, 2, 2],
      languages: ['fr'],
      modes: ['in_person'],
      periods: ['2027-02', '2027-03'],
      priority: 'high',
    },
    { topic: 'production.food-safety', seats: [2, 1], languages: ['en'], modes: ['virtual'], periods: ['2027-03'] },
    {
      topic: 'trades.mechanics',
      seats: [2],
      languages: ['fr'],
      modes: ['in_person'],
      periods: ['2027-05'],
      regionCode: '05',
    },
    {
      topic: 'sustainability.waste-reduction',
      seats: [2, 2],
      languages: ['fr'],
      modes: ['virtual'],
      periods: ['2027-04'],
    },
  ],
};

const PLANS: Record<string, MutualPlan> = { lanaudiere: LANAUDIERE, alimentaire: ALIMENTAIRE };

const CONTACT_ROLES = ['Responsable des inscriptions', 'Conseillère pédagogique', 'Direction'];

function providerUpdates(mutual: GeneratedMutual, plan: MutualPlan) {
  return mutual.providers.map((p, i) => ({
    id: p.id,
    regions: plan.providerRegions[i] ?? [],
    website: `https://${p.slug}.demo`,
    contacts: JSON.stringify([
      {
        name: `Service aux entreprises ${p.name}`,
        role: CONTACT_ROLES[i % CONTACT_ROLES.length],
        email: p.email,
        phone: p.phone,
      },
    ]),
    notes: i === 0 ? 'Tarifs préférentiels pour les membres de la mutuelle.' : '',
  }));
}

interface Built {
  courses: Row<'course'>[];
  revisions: Row<'course_revision'>[];
  needs: Row<'need'>[];
  diagnostics: Row<'diagnostic'>[];
  quote: {
    request: Row<'quote_request'>;
    providers: Row<'quote_request_provider'>[];
    responses: Row<'quote_response'>[];
    events: Row<'quote_event'>[];
  } | null;
}

const at = (date: string, hour = 10) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

/** Everything of one mutual, drawn from its plan; `topic` maps codes to the mutual's topic ids. */
function build(
  mutual: GeneratedMutual,
  plan: MutualPlan,
  topic: (code: string) => string,
  rng: Rng,
  coordinatorId: string | null,
  featured: readonly string[],
): Built {
  const mutualId = mutual.id;
  const active = mutual.firms.filter((f) => f.status === 'active');
  const courseIds = new Map<string, string>();
  const courses: Row<'course'>[] = plan.courses.map((c) => {
    const id = rng.uuid();
    courseIds.set(c.key, id);
    const status = c.status ?? 'approved';
    return {
      id,
      mutual_id: mutualId,
      provider_id: mutual.providers[c.provider].id,
      topic_id: topic(c.topic),
      status,
      title_fr: c.fr,
      title_en: c.en,
      description_fr: `${c.fr} : formation de ${c.hours} h offerte aux entreprises membres.`,
      description_en: `${c.en}: a ${c.hours}-hour course for member firms.`,
      objectives: 'Appliquer les bonnes pratiques au poste de travail; connaître les obligations légales.',
      content: 'Théorie, démonstrations, exercices pratiques et évaluation des apprentissages.',
      duration_hours: c.hours,
      language: c.language,
      mode: c.mode,
      regions: c.regions,
      periods: c.periods,
      fixed_cost_cents: c.fixed,
      seat_cost_cents: c.seat,
      min_seats: c.min,
      max_seats: c.max,
      max_sessions_per_period: c.mode === 'virtual' ? 2 : 1,
      // attestations that must be renewed: WHMIS/SIMDUT every year, first aid every three years
      validity_months: VALIDITY_MONTHS[c.topic] ?? null,
      approved_at: status === 'proposed' ? null : at('2026-09-15'),
      approved_by: status === 'proposed' ? null : coordinatorId,
    };
  });

  // A trainer proposed a change to one approved course: it waits for the coordinator.
  const revisions: Row<'course_revision'>[] = [];
  const revised = plan.courses.find((c) => c.key === 'welding' || c.key === 'butchery');
  if (revised) {
    revisions.push({
      mutual_id: mutualId,
      course_id: courseIds.get(revised.key) as string,
      provider_id: mutual.providers[revised.provider].id,
      proposed: JSON.stringify({ seatCostCents: revised.seat + 3_000, periods: [...revised.periods, '2027-07'] }),
      status: 'pending',
      submitted_at: at('2026-10-28', 14),
    });
  }

  // Needs: each spec takes the next firms of a shuffled list of active members, so that
  // firms appear in several cells and no cell has the same firm twice.
  const order = [...active];
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  let cursor = 0;
  const nextFirm = (): GeneratedFirm => order[cursor++ % order.length];
  const needs: Row<'need'>[] = [];
  for (const spec of plan.needs) {
    for (const seats of spec.seats) {
      const firm = nextFirm();
      const created = `2026-${String(rng.int(8, 10)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      needs.push({
        id: rng.uuid(),
        mutual_id: mutualId,
        member_id: firm.id,
        topic_id: topic(spec.topic),
        seats,
        noc_code: firm.employees[0]?.nocCode ?? null,
        languages: spec.languages,
        modes: spec.modes,
        region_code: spec.regionCode ?? firm.regionCode,
        periods: spec.periods,
        priority: spec.priority ?? 'medium',
        max_price_per_seat_cents: spec.maxPrice ?? null,
        status: spec.status ?? 'open',
        status_changed_at: at(created),
        source: rng.chance(0.2) ? 'import' : 'declared',
        created_at: at(created, 9),
        updated_at: at(created, 9),
      });
    }
  }

  // Diagnostics: one per state. The completed one (with proposed lines) waits for the member.
  const diagnostics: Row<'diagnostic'>[] = [];
  const states = ['validated', 'completed', 'in_progress', 'scheduled', 'cancelled'] as const;
  // The completed diagnostic goes to the featured firm (its contact can validate it in the demo).
  // The featured firms (the README's member logins) come first, in their order; then by headcount.
  const rank = (legalName: string) => (featured.includes(legalName) ? featured.indexOf(legalName) : featured.length);
  const byHeadcount = [...active].sort(
    (a, b) =>
      rank(a.legalName) - rank(b.legalName) || b.headcount - a.headcount || a.legalName.localeCompare(b.legalName),
  );
  states.forEach((status, i) => {
    const firm = byHeadcount[i % byHeadcount.length];
    const id = rng.uuid();
    const day = ['2026-09-12', '2026-10-20', '2026-10-30', '2026-11-18', '2026-10-05'][i];
    const started = status !== 'scheduled' && status !== 'cancelled';
    const done = status === 'completed' || status === 'validated';
    const noc = firm.employees[0]?.nocCode ?? '94100';
    diagnostics.push({
      id,
      mutual_id: mutualId,
      member_id: firm.id,
      status,
      scheduled_on: day,
      conducted_by: coordinatorId,
      challenges: started
        ? 'Roulement du personnel de production; nouveaux équipements à maîtriser; relève des superviseurs.'
        : '',
      skills_gaps: JSON.stringify(
        started
          ? [
              {
                nocCode: noc,
                jobTitle: firm.employees[0]?.jobTitle ?? 'Opérateur',
                description: 'Sécurité des équipements de manutention',
                employees: 4,
              },
              {
                nocCode: '0',
                jobTitle: 'Chef d’équipe',
                description: 'Encadrer une équipe et donner de la rétroaction',
                employees: 2,
              },
            ]
          : [],
      ),
      priorities: started ? 'Santé et sécurité avant tout, puis supervision.' : '',
      constraints: JSON.stringify({
        languages: ['fr'],
        modes: ['in_person', 'virtual'],
        regionCode: firm.regionCode,
        periods: months(2, 5),
        maxPricePerSeatCents: 40_000,
        notes: 'Éviter les semaines de fin de mois.',
      }),
      notes: status === 'cancelled' ? 'Reporté à la demande de l’entreprise.' : '',
      started_at: started ? at(day, 9) : null,
      completed_at: done ? at(day, 12) : null,
      validated_at: status === 'validated' ? at('2026-09-20') : null,
    });
    if (done) {
      const lines: Array<[string, number, string[]]> = [
        ['health-safety.forklift', 3, ['2027-03', '2027-04']],
        ['management.supervising-team', 2, ['2027-04']],
      ];
      for (const [code, seats, periods] of lines) {
        needs.push({
          id: rng.uuid(),
          mutual_id: mutualId,
          member_id: firm.id,
          topic_id: topic(code),
          diagnostic_id: id,
          seats,
          noc_code: code.startsWith('management') ? '0' : noc,
          languages: ['fr'],
          modes: ['in_person'],
          region_code: firm.regionCode,
          periods,
          priority: 'high',
          max_price_per_seat_cents: 40_000,
          status: status === 'validated' ? 'open' : 'proposed',
          status_changed_at: at(day, 12),
          source: 'diagnostic',
          created_at: at(day, 12),
          updated_at: at(day, 12),
        });
      }
    }
  });

  // A request for quote in progress: the supervision cell misses one seat for the current course;
  // two providers were asked, one answered.
  let quote: Built['quote'] = null;
  const supervising = plan.courses.find((c) => c.key === 'supervising');
  if (supervising) {
    const topicId = topic(supervising.topic);
    const asked = needs.filter((n) => n.topic_id === topicId && n.status === 'open');
    const requestId = rng.uuid();
    const [answering, waiting] = [mutual.providers[0], mutual.providers[2]];
    const responseId = rng.uuid();
    quote = {
      request: {
        id: requestId,
        mutual_id: mutualId,
        topic_id: topicId,
        title: 'Superviser une équipe — cohorte du printemps 2027',
        details: 'Cohorte interentreprises à Joliette; formation en français, en présentiel, en avril 2027.',
        region_code: '14',
        language: 'fr',
        modes: ['in_person'],
        periods: ['2027-04'],
        seats: asked.reduce((s, n) => s + (n.seats as number), 0),
        members_count: new Set(asked.map((n) => n.member_id)).size,
        need_ids: asked.map((n) => n.id as string),
        response_due_on: '2026-11-30',
        created_by: coordinatorId,
        created_at: at('2026-10-25'),
        updated_at: at('2026-10-29'),
      },
      providers: [
        {
          quote_request_id: requestId,
          provider_id: answering.id,
          mutual_id: mutualId,
          status: 'answered',
          sent_at: at('2026-10-25'),
          answered_at: at('2026-10-29'),
        },
        {
          quote_request_id: requestId,
          provider_id: waiting.id,
          mutual_id: mutualId,
          status: 'sent',
          sent_at: at('2026-10-25'),
        },
      ],
      responses: [
        {
          id: responseId,
          mutual_id: mutualId,
          quote_request_id: requestId,
          provider_id: answering.id,
          fixed_cost_cents: 280_000,
          seat_cost_cents: 14_000,
          min_seats: 6,
          max_seats: 12,
          periods: ['2027-04'],
          duration_hours: 21,
          conditions: 'Salle fournie par une entreprise hôte; matériel didactique inclus.',
          submitted_at: at('2026-10-29'),
        },
      ],
      events: [
        {
          mutual_id: mutualId,
          quote_request_id: requestId,
          at: at('2026-10-25'),
          actor_user_id: coordinatorId,
          kind: 'created',
          detail: JSON.stringify({
            seats: asked.reduce((s, n) => s + (n.seats as number), 0),
            members: new Set(asked.map((n) => n.member_id)).size,
            needs: asked.length,
          }),
        },
        {
          mutual_id: mutualId,
          quote_request_id: requestId,
          provider_id: answering.id,
          at: at('2026-10-25'),
          actor_user_id: coordinatorId,
          kind: 'sent',
          detail: '{}',
        },
        {
          mutual_id: mutualId,
          quote_request_id: requestId,
          provider_id: waiting.id,
          at: at('2026-10-25'),
          actor_user_id: coordinatorId,
          kind: 'sent',
          detail: '{}',
        },
        {
          mutual_id: mutualId,
          quote_request_id: requestId,
          provider_id: answering.id,
          at: at('2026-10-29'),
          actor_user_id: null,
          kind: 'answered',
          detail: JSON.stringify({ responseId }),
        },
      ],
    };
  }
  return { courses, revisions, needs, diagnostics, quote };
}

async function coordinatorOf(db: Db, mutualId: string): Promise<string | null> {
  const row = await db
    .selectFrom('app_user')
    .select('id')
    .where('mutual_id', '=', mutualId)
    .where('role', '=', 'coordinator')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Topics, catalogue, diagnostics, needs and a request for quote for every demo mutual. */
export const seedCatalogue: DemoSeedStep = {
  name: 'catalogue',
  async run({ db, dataset, rng, log }) {
    const counts = { topics: 0, courses: 0, needs: 0, diagnostics: 0, quotes: 0 };
    for (const mutual of dataset.mutuals) {
      counts.topics += await installStarterTopics(db, mutual.id);
      const plan = PLANS[mutual.key];
      if (!plan) continue;
      const topicRows = await db
        .selectFrom('topic')
        .select(['id', 'code'])
        .where('mutual_id', '=', mutual.id)
        .execute();
      const ids = new Map(topicRows.map((t) => [t.code, t.id]));
      const topic = (code: string) => {
        const id = ids.get(code);
        if (!id) throw new Error(`demo seed: no starter topic ${code}`);
        return id;
      };
      for (const p of providerUpdates(mutual, plan)) {
        const { id, ...set } = p;
        await db.updateTable('provider').set(set).where('id', '=', id).execute();
      }
      const coordinatorId = await coordinatorOf(db, mutual.id);
      const built = build(
        mutual,
        plan,
        topic,
        rng.fork(mutual.key),
        coordinatorId,
        dataset.featuredMemberLogins.filter((l) => l.mutual === mutual.name).map((l) => l.firm),
      );
      await insertInBatches(db, 'course', built.courses);
      await insertInBatches(db, 'course_revision', built.revisions);
      await insertInBatches(db, 'diagnostic', built.diagnostics);
      await insertInBatches(db, 'need', built.needs);
      if (built.quote) {
        await insertInBatches(db, 'quote_request', [built.quote.request]);
        await insertInBatches(db, 'quote_request_provider', built.quote.providers);
        await insertInBatches(db, 'quote_response', built.quote.responses);
        await insertInBatches(db, 'quote_event', built.quote.events);
        counts.quotes++;
      }
      counts.courses += built.courses.length;
      counts.needs += built.needs.length;
      counts.diagnostics += built.diagnostics.length;
    }
    log(
      `seeded ${counts.topics} topics, ${counts.courses} courses, ${counts.diagnostics} diagnostics, ${counts.needs} needs and ${counts.quotes} request(s) for quote`,
    );
  },
};
