import type { Role } from '../src/db/tables.ts';
import type { ParamIds, World } from './tenancy-registry.ts';

// The governance, observatory and emulation routes' part of the tenancy registry: recognition
// events, documents, board seats, members and meetings, leaders, partners and agreements in mutual
// A and mutual B; funder A (funds A) and funder B (funds B); A consents to research, B does not;
// emulation scenarios of funder A, funder B and of a platform administrator.

const rand = () => Math.random().toString(36).slice(2, 8);

/** Creates the governance records of A and B, the funders and the scenarios. */
export async function prepareGovernance(world: World) {
  const db = world.ctx.deps.db;
  const e = world.extra;
  for (const [key, mutual] of [
    ['A', world.mutualA],
    ['B', world.mutualB],
  ] as const) {
    const mutualId = mutual.id;
    const event = await db
      .insertInto('recognition_event')
      .values({ mutual_id: mutualId, kind: 'applied', occurred_on: '2015-01-10' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const seat = await db
      .insertInto('board_seat')
      .values({ mutual_id: mutualId, kind: 'employer', label: `Siège ${key}` })
      .returning('id')
      .executeTakeFirstOrThrow();
    const member = await db
      .insertInto('board_member')
      .values({
        mutual_id: mutualId,
        seat_id: seat.id,
        name: `Administratrice ${key}`,
        office: 'chair',
        term_start: '2020-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const meeting = await db
      .insertInto('board_meeting')
      .values({ mutual_id: mutualId, held_on: '2026-03-01', agenda: 'Ordre du jour' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const leader = await db
      .insertInto('leader')
      .values({ mutual_id: mutualId, name: `Leader ${key}`, role: 'chair', since: '2020-01-01' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const partner = await db
      .insertInto('partner')
      .values({ mutual_id: mutualId, name: `Partenaire ${key}`, kind: 'college', since: '2019-01-01' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const agreement = await db
      .insertInto('partner_agreement')
      .values({ mutual_id: mutualId, partner_id: partner.id, title: 'Entente', starts_on: '2024-01-01' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const document = await db
      .insertInto('governance_document')
      .values({
        mutual_id: mutualId,
        owner_kind: 'board_meeting',
        owner_id: meeting.id,
        filename: 'pv.txt',
        content_type: 'text/plain',
        size_bytes: 3,
        content: new TextEncoder().encode('abc'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const funder = await db
      .insertInto('funder')
      .values({ name: `Bailleur ${key} ${rand()}`, kind: 'government' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('funder_mutual').values({ funder_id: funder.id, mutual_id: mutualId }).execute();
    // the mutual's own funder (tenancy-finance.ts) is this organisation; B's claim was sent to it,
    // so funder A's account must never see it in its received claims
    const own = e[`mutualFunder${key}`];
    if (own) {
      await db.updateTable('mutual_funder').set({ platform_funder_id: funder.id }).where('id', '=', own.id).execute();
      if (key === 'B')
        await db
          .updateTable('funding_claim')
          .set({ status: 'submitted', submitted_on: '2026-07-05', claimed_cents: 10_000 })
          .where('id', '=', e.claimB.id)
          .execute();
    }
    await db
      .insertInto('research_consent')
      .values({ mutual_id: mutualId, consented: key === 'A', decided_on: '2026-01-15' })
      .execute();
    const author = await db
      .insertInto('app_user')
      .values({
        email: `tenancy-planner-${key}-${rand()}@example.test`,
        display_name: `Planner ${key}`,
        role: 'funder',
        funder_id: funder.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const scenario = await db
      .insertInto('emulation_scenario')
      .values({
        owner_funder_id: funder.id,
        created_by: author.id,
        name: `Scénario ${key}`,
        territory: 'Gaspésie',
        firm_counts: JSON.stringify([{ scianCode: '332', sizeClass: 'small', firms: 40 }]),
        assumptions: JSON.stringify({}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [name, row] of Object.entries({
      event,
      seat,
      boardMember: member,
      meeting,
      leader,
      partner,
      agreement,
      document,
      funder,
      scenario,
    })) {
      e[`${name}${key}`] = { id: row.id, mutual_id: mutualId };
    }
  }
  // A platform administrator's own scenario: funders and researchers never see it.
  const admin = await db
    .insertInto('app_user')
    .values({ email: `tenancy-admin-${rand()}@example.test`, display_name: 'Admin planner', role: 'platform_admin' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const own = await db
    .insertInto('emulation_scenario')
    .values({
      created_by: admin.id,
      name: 'Scénario plateforme',
      territory: 'Nord',
      firm_counts: '[]',
      assumptions: '{}',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  e.scenarioPlatform = { id: own.id };
}

const byMutual = (name: string): ParamIds => ({
  own: (w) => w.extra[`${name}A`].id,
  foreign: (w) => [w.extra[`${name}B`].id],
});

export const governanceParams: Record<string, ParamIds> = {
  eventId: byMutual('event'),
  documentId: byMutual('document'),
  seatId: byMutual('seat'),
  boardMemberId: byMutual('boardMember'),
  meetingId: byMutual('meeting'),
  leaderId: byMutual('leader'),
  partnerId: byMutual('partner'),
  agreementId: byMutual('agreement'),
  // only the platform administrator reaches funders, and it reaches them all
  funderId: { own: (w) => w.extra.funderA.id, foreign: () => [] },
  // a funder sees its organisation's scenarios; anyone else their own
  scenarioId: {
    own: (w) => w.extra.scenarioA.id,
    foreign: (w, role) =>
      role === 'funder'
        ? [w.extra.scenarioB.id, w.extra.scenarioPlatform.id]
        : [w.extra.scenarioA.id, w.extra.scenarioB.id, w.extra.scenarioPlatform.id],
  },
};

// a two-line body: the robustness test rewrites the second line of every upload's sample
const upload = (filename: string) => () => ({
  filename,
  contentBase64: Buffer.from('Procès-verbal\r\nAdopté à l’unanimité\r\n').toString('base64'),
});

export const governanceBodies: Record<string, (w: World) => unknown> = {
  'PATCH /api/recognition': () => ({ skillsProblems: 'Santé et sécurité' }),
  'POST /api/recognition/events': () => ({ kind: 'recognised', occurredOn: '2015-06-01' }),
  'POST /api/recognition/documents': upload('demande.pdf'),
  'POST /api/recognition/events/{eventId}/documents': upload('lettre.pdf'),
  'POST /api/board/seats': () => ({ kind: 'workforce', label: 'Main-d’œuvre' }),
  'PATCH /api/board/seats/{seatId}': () => ({ label: 'Siège renommé' }),
  'POST /api/board/members': (w) => ({
    seatId: w.extra.seatA.id,
    name: 'Nouveau membre',
    termStart: '2010-01-01',
    termEnd: '2012-12-31',
  }),
  'PATCH /api/board/members/{boardMemberId}': () => ({ organisation: 'Entreprise' }),
  'POST /api/board/meetings': () => ({ heldOn: '2026-06-01', agenda: 'Budget' }),
  'PATCH /api/board/meetings/{meetingId}': () => ({ minutes: 'Adopté' }),
  'PUT /api/board/meetings/{meetingId}/attendance': () => ({ present: [] }),
  'POST /api/board/meetings/{meetingId}/decisions': () => ({ text: 'Adopter le budget', outcome: 'adopted' }),
  'POST /api/board/meetings/{meetingId}/documents': upload('pv.pdf'),
  'POST /api/leaders': () => ({ name: 'Championne', role: 'champion', since: '2024-01-01' }),
  'PATCH /api/leaders/{leaderId}': () => ({ name: 'Renommée' }),
  'POST /api/leaders/{leaderId}/contributions': () => ({ kind: 'meeting', occurredOn: '2026-02-01' }),
  'POST /api/partners': () => ({ name: 'Cégep régional', kind: 'college', since: '2024-01-01' }),
  'PATCH /api/partners/{partnerId}': () => ({ notes: 'Notes' }),
  'POST /api/partners/{partnerId}/supports': () => ({ kind: 'material', description: 'Salle', startsOn: '2026-01-01' }),
  'POST /api/partners/{partnerId}/agreements': () => ({ title: 'Entente', startsOn: '2026-01-01' }),
  'POST /api/partners/{partnerId}/contacts': () => ({ name: 'Contact' }),
  'POST /api/partners/agreements/{agreementId}/documents': upload('entente.pdf'),
  'PUT /api/scorecard/thresholds': () => ({ thresholds: [{ indicator: 'board_meetings', green: 5, amber: 3 }] }),
  'PUT /api/activity-years': () => ({
    year: 2020,
    firmsServed: 10,
    microSmallFirmsServed: 5,
    workersServed: 40,
    lowSkilledWorkersServed: 10,
  }),
  'PUT /api/observatory/consent': () => ({ consented: true }),
  'POST /api/funders': () => ({ name: `Fonds ${rand()}`, kind: 'foundation' }),
  'PATCH /api/funders/{funderId}': () => ({ kind: 'other' }),
  'PUT /api/funders/{funderId}/mutuals': (w) => ({ mutualIds: [w.mutualA.id] }),
  'POST /api/emulation/scenarios': () => ({
    name: 'Gaspésie',
    territory: 'Gaspésie',
    firmCounts: [{ scianCode: '332', sizeClass: 'small', firms: 30 }],
  }),
  'PATCH /api/emulation/scenarios/{scenarioId}': () => ({ name: 'Renommé' }),
  'POST /api/emulation/scenarios/{scenarioId}/run': () => undefined,
  'POST /api/emulation/firm-counts': () => ({
    filename: 'counts.csv',
    contentBase64: Buffer.from('scian,size_class,firms\r\n332,small,40\r\n').toString('base64'),
  }),
};

/** Ids that no list may show to the role. */
export function governanceForeignIds(w: World, role: Role): string[] {
  const e = w.extra;
  if (!e.meetingB) return [];
  const ids = ['event', 'seat', 'boardMember', 'meeting', 'leader', 'partner', 'agreement', 'document'].map(
    (n) => e[`${n}B`].id,
  );
  if (role === 'funder') ids.push(e.scenarioB.id, e.scenarioPlatform.id, e.funderB.id);
  if (role === 'researcher') ids.push(e.scenarioA.id, e.scenarioB.id, e.scenarioPlatform.id);
  return ids;
}
