import type { Role } from '../src/db/tables.ts';
import type { ParamIds, World } from './tenancy-registry.ts';

// The needs-and-catalogue routes' part of the tenancy registry: topics, courses, diagnostics,
// needs and requests for quotes in mutual A (members A1, A2; provider A and another provider)
// and mutual B.

const rand = () => Math.random().toString(36).slice(2, 8);

/** Creates a topic, courses, diagnostics, needs and requests for quotes in A and B. */
export async function prepareNeeds(world: World) {
  const db = world.ctx.deps.db;
  const topic = (mutualId: string) =>
    db
      .insertInto('topic')
      .values({ mutual_id: mutualId, code: `tenancy-${rand()}`, name_fr: 'Sujet', name_en: 'Topic' })
      .returning(['id', 'mutual_id'])
      .executeTakeFirstOrThrow();
  const topicA = await topic(world.mutualA.id);
  const topicB = await topic(world.mutualB.id as string);
  const otherProviderA = await db
    .insertInto('provider')
    .values({ mutual_id: world.mutualA.id, name: 'Other provider (needs)' })
    .returning(['id', 'mutual_id'])
    .executeTakeFirstOrThrow();
  const course = (t: { id: string; mutual_id: string }, providerId: string) =>
    db
      .insertInto('course')
      .values({
        mutual_id: t.mutual_id,
        provider_id: providerId,
        topic_id: t.id,
        status: 'approved',
        title_fr: 'Cours',
        title_en: 'Course',
        duration_hours: 7,
        language: 'fr',
        mode: 'in_person',
        regions: ['06'],
        periods: ['2027-02'],
        fixed_cost_cents: 100_000,
        seat_cost_cents: 5_000,
        min_seats: 4,
        max_seats: 12,
      })
      .returning(['id', 'mutual_id'])
      .executeTakeFirstOrThrow();
  const diagnostic = (member: { id: string; mutual_id: string }) =>
    db
      .insertInto('diagnostic')
      .values({ mutual_id: member.mutual_id, member_id: member.id, scheduled_on: '2026-12-01', status: 'completed' })
      .returning(['id', 'mutual_id'])
      .executeTakeFirstOrThrow();
  const need = (member: { id: string; mutual_id: string }, t: { id: string }) =>
    db
      .insertInto('need')
      .values({
        mutual_id: member.mutual_id,
        member_id: member.id,
        topic_id: t.id,
        seats: 2,
        languages: ['fr'],
        modes: ['in_person'],
        region_code: '06',
        periods: ['2027-02'],
      })
      .returning(['id', 'mutual_id'])
      .executeTakeFirstOrThrow();
  const quote = async (t: { id: string; mutual_id: string }, providerId: string, needId: string) => {
    const q = await db
      .insertInto('quote_request')
      .values({
        mutual_id: t.mutual_id,
        topic_id: t.id,
        title: 'Demande',
        seats: 2,
        members_count: 1,
        need_ids: [needId],
      })
      .returning(['id', 'mutual_id'])
      .executeTakeFirstOrThrow();
    await db
      .insertInto('quote_request_provider')
      .values({ quote_request_id: q.id, provider_id: providerId, mutual_id: t.mutual_id })
      .execute();
    return q;
  };
  const e = world.extra;
  e.topicA = topicA;
  e.topicB = topicB;
  e.courseA = await course(topicA, world.providerA.id);
  e.courseAOther = await course(topicA, otherProviderA.id);
  e.courseB = await course(topicB, world.providerB.id);
  e.diagnosticA1 = await diagnostic(world.memberA1);
  e.diagnosticA2 = await diagnostic(world.memberA2);
  e.diagnosticB1 = await diagnostic(world.memberB1);
  e.needA1 = await need(world.memberA1, topicA);
  e.needA2 = await need(world.memberA2, topicA);
  e.needB1 = await need(world.memberB1, topicB);
  e.quoteA = await quote(topicA, world.providerA.id, e.needA1.id);
  e.quoteAOther = await quote(topicA, otherProviderA.id, e.needA2.id);
  e.quoteB = await quote(topicB, world.providerB.id, e.needB1.id);
}

const memberScoped = (own: string, a2: string, b1: string): ParamIds => ({
  own: (w) => w.extra[own].id,
  foreign: (w, role) => (role === 'member_contact' ? [w.extra[a2].id, w.extra[b1].id] : [w.extra[b1].id]),
});
const providerScoped = (own: string, aOther: string, b: string): ParamIds => ({
  own: (w) => w.extra[own].id,
  foreign: (w, role) => (role === 'trainer' ? [w.extra[aOther].id, w.extra[b].id] : [w.extra[b].id]),
});

export const needsParams: Record<string, ParamIds> = {
  topicId: { own: (w) => w.extra.topicA.id, foreign: (w) => [w.extra.topicB.id] },
  courseId: providerScoped('courseA', 'courseAOther', 'courseB'),
  diagnosticId: memberScoped('diagnosticA1', 'diagnosticA2', 'diagnosticB1'),
  needId: memberScoped('needA1', 'needA2', 'needB1'),
  quoteRequestId: providerScoped('quoteA', 'quoteAOther', 'quoteB'),
};

const UUID = '3f0c6f0e-4d7b-4c55-9a51-0d2b0f7e9a11';

export const needsBodies: Record<string, (w: World) => unknown> = {
  'POST /api/topics': () => ({ nameFr: 'Nouveau sujet', nameEn: `New topic ${rand()}` }),
  'POST /api/topics/starter': () => undefined,
  'PATCH /api/topics/{topicId}': () => ({ nameEn: 'Renamed topic' }),
  'POST /api/topics/{topicId}/retire': () => undefined,
  'POST /api/topics/{topicId}/restore': () => undefined,
  'POST /api/providers': () => ({ name: 'New provider', kind: 'accredited_trainer' }),
  'PATCH /api/providers/{providerId}': () => ({ phone: '514 555-0101' }),
  'POST /api/courses': (w) => ({
    providerId: w.providerA.id,
    topicId: w.extra.topicA.id,
    titleFr: 'Cours',
    titleEn: 'Course',
    durationHours: 7,
    language: 'fr',
    mode: 'in_person',
    regions: ['06'],
    periods: ['2027-02'],
    fixedCostCents: 100_000,
    seatCostCents: 5_000,
    minSeats: 4,
    maxSeats: 12,
  }),
  'PATCH /api/courses/{courseId}': () => ({ titleEn: 'Renamed course' }),
  'POST /api/courses/{courseId}/approve': () => ({ revisionId: UUID }),
  'POST /api/courses/{courseId}/reject': () => ({ revisionId: UUID, note: 'no' }),
  'POST /api/courses/{courseId}/retire': () => undefined,
  'POST /api/courses/{courseId}/reinstate': () => undefined,
  'POST /api/diagnostics': (w) => ({ memberId: w.memberA1.id, scheduledOn: '2026-12-15' }),
  'PATCH /api/diagnostics/{diagnosticId}': () => ({ notes: 'Notes' }),
  'POST /api/diagnostics/{diagnosticId}/status': () => ({ status: 'in_progress' }),
  'PUT /api/diagnostics/{diagnosticId}/needs': () => ({ lines: [] }),
  'POST /api/diagnostics/{diagnosticId}/validate': () => ({}),
  'POST /api/needs': (w) => ({
    topicId: w.extra.topicA.id,
    seats: 2,
    languages: ['fr'],
    modes: ['in_person'],
    periods: ['2027-02'],
  }),
  'POST /api/needs/import': () => ({
    filename: 'needs.csv',
    contentBase64: Buffer.from('topic,seats,languages,modes,periods\r\nnope,2,fr,in_person,2027-02\r\n').toString(
      'base64',
    ),
  }),
  'PATCH /api/needs/{needId}': () => ({ seats: 3 }),
  'POST /api/needs/{needId}/withdraw': () => ({}),
  'POST /api/needs/{needId}/status': () => ({ status: 'planned' }),
  'POST /api/demand/pooling-problem': () => ({ periods: ['2027-02'] }),
  'POST /api/quotes': (w) => ({ topicId: w.extra.topicA.id, title: 'Demande', providerIds: [w.providerA.id] }),
  'POST /api/quotes/{quoteRequestId}/answer': () => ({
    fixedCostCents: 100_000,
    seatCostCents: 5_000,
    minSeats: 4,
    maxSeats: 12,
    periods: ['2027-02'],
  }),
  'POST /api/quotes/{quoteRequestId}/decline': () => ({}),
  'POST /api/quotes/{quoteRequestId}/accept': () => ({ responseId: UUID }),
  'POST /api/quotes/{quoteRequestId}/cancel': () => ({}),
};

/** Ids of B (and, per role, of A records the role must not see) that no list may show. */
export function needsForeignIds(w: World, role: Role): string[] {
  const e = w.extra;
  if (!e.topicB) return [];
  const ids = [e.topicB.id, e.courseB.id, e.diagnosticB1.id, e.needB1.id, e.quoteB.id];
  if (role === 'member_contact') ids.push(e.diagnosticA2.id, e.needA2.id);
  if (role === 'trainer') ids.push(e.courseAOther.id, e.quoteAOther.id);
  return ids;
}
