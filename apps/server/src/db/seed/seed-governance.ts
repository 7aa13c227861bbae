// Governance, ecosystem and the observatory in the demo (and the benchmark): two more mutuals, ten
// years of boards, meetings, leaders, partners and reach for the four demo mutuals, funders, a
// researcher, research consent and an emulation scenario.
import {
  createRng,
  DEMO_FUNDERS,
  DEMO_GOVERNANCE_PROFILES,
  DEMO_OBSERVER_ACCOUNTS,
  DEMO_RESEARCH_CONSENT,
  DEMO_SCENARIO,
  type GovernanceHistory,
  type GovernanceProfile,
  governanceDemoMutuals,
  governanceHistory,
  type HistoryFirm,
  type Rng,
} from '@mutualis/domain/demo-data/index';
import { DEFAULT_EMULATION_ASSUMPTIONS } from '@mutualis/domain/governance/emulation';
import type { MutualBasis } from '@mutualis/domain/governance/recognition';
import { type Insertable, sql } from 'kysely';
import type { Db } from '../client.ts';
import type { Database } from '../tables.ts';
import { insertInBatches } from './batch.ts';
import type { DemoSeedStep } from './context.ts';
import { contactRows, employeeRow, memberRow, mutualRow, wageRows } from './rows.ts';

type Rows<T extends keyof Database> = Insertable<Database[T]>[];

/** The rows of one mutual's governance history, table by table (parents first). */
function historyRows(mutualId: string, h: GovernanceHistory, createdBy: string | null) {
  const rows = {
    recognition_file: [
      {
        mutual_id: mutualId,
        legal_name: h.file.legalName,
        neq: h.file.neq,
        incorporated_on: h.file.incorporatedOn,
        address: h.file.address,
        skills_problems: h.file.skillsProblems,
        pooling_rationale: h.file.poolingRationale,
        collaboration: h.file.collaboration,
        viable_members: h.file.viableMembers,
        viability_budget_cents: h.file.viabilityBudgetCents,
        viability_activity: h.file.viabilityActivity,
        resolution_body: h.file.resolution?.body ?? '',
        resolution_adopted_on: h.file.resolution?.adoptedOn ?? null,
        resolution_reference: h.file.resolution?.reference ?? '',
      },
    ] as Rows<'recognition_file'>,
    recognition_event: h.events.map((e, i) => ({
      mutual_id: mutualId,
      kind: e.kind,
      occurred_on: e.occurredOn,
      answer_due_on: e.answerDueOn,
      note: e.note,
      created_by: createdBy,
      created_at: new Date(Date.parse(`${e.occurredOn}T15:00:00Z`) + i).toISOString(),
    })) as Rows<'recognition_event'>,
    board_seat: h.seats.map((s) => ({
      id: s.id,
      mutual_id: mutualId,
      kind: s.kind,
      label: s.label,
      position: s.position,
    })) as Rows<'board_seat'>,
    board_member: h.boardMembers.map((m) => ({
      id: m.id,
      mutual_id: mutualId,
      seat_id: m.seatId,
      name: m.name,
      organisation: m.organisation,
      member_id: m.memberId,
      email: m.email,
      office: m.office,
      term_start: m.termStart,
      term_end: m.termEnd,
      user_id: m.userId,
    })) as Rows<'board_member'>,
    board_meeting: h.meetings.map((g) => ({
      id: g.id,
      mutual_id: mutualId,
      held_on: g.heldOn,
      kind: g.kind,
      held: true,
      agenda: g.agenda,
      minutes: g.minutes,
      created_by: createdBy,
    })) as Rows<'board_meeting'>,
    board_attendance: h.meetings.flatMap((g) => [
      ...g.present.map((id) => ({ meeting_id: g.id, board_member_id: id, mutual_id: mutualId, present: true })),
      ...g.absent.map((id) => ({ meeting_id: g.id, board_member_id: id, mutual_id: mutualId, present: false })),
    ]) as Rows<'board_attendance'>,
    board_decision: h.meetings.flatMap((g) =>
      g.decisions.map((d, i) => ({
        meeting_id: g.id,
        mutual_id: mutualId,
        position: i + 1,
        text: d.text,
        outcome: d.outcome,
      })),
    ) as Rows<'board_decision'>,
    leader: h.leaders.map((l) => ({
      id: l.id,
      mutual_id: mutualId,
      name: l.name,
      role: l.role,
      member_id: l.memberId,
      board_member_id: l.boardMemberId,
      since: l.since,
      until: l.until,
    })) as Rows<'leader'>,
    leader_contribution: h.leaders.flatMap((l) =>
      l.contributions.map((c) => ({
        mutual_id: mutualId,
        leader_id: l.id,
        kind: c.kind,
        occurred_on: c.occurredOn,
        member_id: c.memberId,
        amount_cents: c.amountCents,
        note: c.note,
      })),
    ) as Rows<'leader_contribution'>,
    partner: h.partners.map((p) => ({
      id: p.id,
      mutual_id: mutualId,
      name: p.name,
      kind: p.kind,
      since: p.since,
      until: p.until,
      website: p.website,
    })) as Rows<'partner'>,
    partner_support: h.partners.flatMap((p) =>
      p.supports.map((s) => ({
        mutual_id: mutualId,
        partner_id: p.id,
        kind: s.kind,
        description: s.description,
        amount_cents: s.amountCents,
        starts_on: s.startsOn,
        ends_on: s.endsOn,
        created_by: createdBy,
      })),
    ) as Rows<'partner_support'>,
    partner_agreement: h.partners.flatMap((p) =>
      p.agreements.map((a) => ({
        mutual_id: mutualId,
        partner_id: p.id,
        title: a.title,
        signed_on: a.signedOn,
        starts_on: a.startsOn,
        ends_on: a.endsOn,
      })),
    ) as Rows<'partner_agreement'>,
    partner_contact: h.partners.flatMap((p) =>
      p.contacts.map((c) => ({
        mutual_id: mutualId,
        partner_id: p.id,
        name: c.name,
        role_title: c.roleTitle,
        email: c.email,
      })),
    ) as Rows<'partner_contact'>,
    activity_year: h.activityYears.map((y) => ({
      mutual_id: mutualId,
      year: y.year,
      firms_served: y.firmsServed,
      micro_small_firms_served: y.microSmallFirmsServed,
      workers_served: y.workersServed,
      low_skilled_workers_served: y.lowSkilledWorkersServed,
    })) as Rows<'activity_year'>,
  };
  return rows;
}

type HistoryRows = ReturnType<typeof historyRows>;

/** Inserts the histories of several mutuals, table by table in multi-row statements. */
export async function insertGovernanceHistories(
  db: Db,
  histories: { mutualId: string; history: GovernanceHistory; createdBy: string | null }[],
) {
  const all = histories.map((h) => historyRows(h.mutualId, h.history, h.createdBy));
  const tables = Object.keys(all[0] ?? {}) as (keyof HistoryRows)[];
  for (const table of tables) {
    // biome-ignore lint/suspicious/noExplicitAny: the table is a union; each list holds that table's rows.
    await insertInBatches(db, table as any, all.flatMap((r) => r[table] as unknown[]) as any);
  }
}

/** A mutual's firms as the history generator reads them. */
const historyFirms = (
  firms: { id: string; legalName: string; headcount: number; joinedOn: string | null; leftOn: string | null }[],
): HistoryFirm[] =>
  firms.map((f) => ({
    id: f.id,
    legalName: f.legalName,
    headcount: f.headcount,
    joinedOn: f.joinedOn,
    leftOn: f.leftOn,
  }));

/** Draws one mutual's history from its profile (ten years up to `asOf`). */
export function historyOf(
  rng: Rng,
  m: { id: string; name: string; kind: string; recognisedSince: string | null },
  firms: HistoryFirm[],
  profile: GovernanceProfile,
  asOf: string,
  extra: { chair?: { name: string; userId: string } | null; coordinatorName?: string } = {},
) {
  const since = m.recognisedSince ?? '2012-01-01';
  return governanceHistory(rng, {
    mutualId: m.id,
    name: m.name,
    basis: m.kind as MutualBasis,
    recognisedSince: since,
    fromYear: Math.max(Number(since.slice(0, 4)), Number(asOf.slice(0, 4)) - 9),
    asOf,
    firms,
    profile,
    ...extra,
  });
}

/** The governance step of the demo. */
export const seedGovernance: DemoSeedStep = {
  name: 'governance',
  async run({ db, dataset, rng, passwordHash, log }) {
    const asOf = dataset.asOf;
    // two more mutuals, with firms, contacts, employees and a coordinator each
    const added = governanceDemoMutuals({ seed: dataset.seed, asOf });
    await insertInBatches(db, 'mutual', added.map(mutualRow));
    await insertInBatches(
      db,
      'member',
      added.flatMap((m) => m.firms.map((f) => memberRow(m.id, f))),
    );
    await insertInBatches(
      db,
      'member_contact',
      added.flatMap((m) => m.firms.flatMap((f) => contactRows(m.id, f))),
    );
    await insertInBatches(
      db,
      'employee',
      added.flatMap((m) => m.firms.flatMap((f) => f.employees.map((e) => employeeRow(m.id, f.id, e)))),
    );
    await insertInBatches(
      db,
      'wage',
      added.flatMap((m) => m.firms.flatMap((f) => f.employees.flatMap((e) => wageRows(m.id, f.id, e)))),
    );
    await insertInBatches(
      db,
      'app_user',
      added.map((m) => ({
        email: m.coordinator.email,
        display_name: m.coordinator.displayName,
        password_hash: passwordHash,
        locale: 'fr' as const,
        role: 'coordinator' as const,
        mutual_id: m.id,
      })),
    );

    // the board chair of Lanaudière is the demo's board member account
    const boardAccount = dataset.accounts.find((a) => a.role === 'board_viewer');
    const chairUser = boardAccount
      ? await db
          .selectFrom('app_user')
          .select(['id', 'display_name'])
          .where('email', '=', boardAccount.email)
          .executeTakeFirst()
      : undefined;
    const coordinators = new Map(
      dataset.accounts.filter((a) => a.role === 'coordinator').map((a) => [a.mutualId, a.displayName]),
    );
    const all = [
      ...dataset.mutuals.map((m) => ({
        key: m.key,
        mutual: m,
        firms: historyFirms(m.firms),
        coordinator: coordinators.get(m.id),
      })),
      ...added.map((m) => ({
        key: m.key,
        mutual: m,
        firms: historyFirms(m.firms),
        coordinator: m.coordinator.displayName,
      })),
    ];
    const histories = all.map(({ key, mutual, firms, coordinator }) => ({
      mutualId: mutual.id,
      createdBy: null,
      history: historyOf(rng.fork(key), mutual, firms, DEMO_GOVERNANCE_PROFILES[key], asOf, {
        chair:
          key === 'lanaudiere' && chairUser && boardAccount?.mutualId === mutual.id
            ? { name: chairUser.display_name, userId: chairUser.id }
            : null,
        coordinatorName: coordinator,
      }),
    }));
    await insertGovernanceHistories(db, histories);
    const byKey = new Map(all.map((a) => [a.key, a.mutual.id]));
    await insertInBatches(
      db,
      'research_consent',
      all.map((a) => ({
        mutual_id: a.mutual.id,
        consented: DEMO_RESEARCH_CONSENT[a.key] ?? false,
        decided_on: '2025-06-12',
        note: 'Résolution du conseil',
      })),
    );
    // The Lanaudière board set its own target for reaching low-skilled workers.
    const lanaudiere = byKey.get('lanaudiere');
    if (lanaudiere)
      await insertInBatches(db, 'scorecard_threshold', [
        { mutual_id: lanaudiere, indicator: 'low_skilled_share', green: 0.35, amber: 0.2 },
      ]);

    // funders, the funder's and the researcher's accounts, and a scenario to look at
    const funderIds: string[] = [];
    for (const f of DEMO_FUNDERS) {
      const row = await db
        .insertInto('funder')
        .values({ name: f.name, kind: f.kind })
        .returning('id')
        .executeTakeFirstOrThrow();
      funderIds.push(row.id);
      // the mutuals' own funder of that name (the money step) is this organisation (decision 67)
      await db
        .updateTable('mutual_funder')
        .set({ platform_funder_id: row.id })
        .where(sql<boolean>`lower(name) = lower(${f.name})`)
        .execute();
      await insertInBatches(
        db,
        'funder_mutual',
        f.mutuals.flatMap((k) => (byKey.get(k) ? [{ funder_id: row.id, mutual_id: byKey.get(k) as string }] : [])),
      );
    }
    const funderUser = await db
      .insertInto('app_user')
      .values({
        email: DEMO_OBSERVER_ACCOUNTS.funder.email,
        display_name: DEMO_OBSERVER_ACCOUNTS.funder.displayName,
        password_hash: passwordHash,
        locale: 'fr',
        role: 'funder',
        funder_id: funderIds[0],
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('app_user')
      .values({
        email: DEMO_OBSERVER_ACCOUNTS.researcher.email,
        display_name: DEMO_OBSERVER_ACCOUNTS.researcher.displayName,
        password_hash: passwordHash,
        locale: 'fr',
        role: 'researcher',
      })
      .execute();
    await db
      .insertInto('emulation_scenario')
      .values({
        owner_funder_id: funderIds[0],
        created_by: funderUser.id,
        name: DEMO_SCENARIO.name,
        territory: DEMO_SCENARIO.territory,
        region_code: DEMO_SCENARIO.regionCode,
        firm_counts: JSON.stringify(DEMO_SCENARIO.firmCounts),
        assumptions: JSON.stringify({ ...DEMO_EMULATION_DEFAULTS }),
      })
      .execute();
    const meetings = histories.reduce((n, h) => n + h.history.meetings.length, 0);
    const partners = histories.reduce((n, h) => n + h.history.partners.length, 0);
    log(
      `seeded governance: ${added.length} more mutuals, ${meetings} board meetings, ${partners} partners, ${DEMO_FUNDERS.length} funders, a funder and a researcher`,
    );
  },
};

const DEMO_EMULATION_DEFAULTS = { ...DEFAULT_EMULATION_ASSUMPTIONS, participationRate: 0.12, seed: 2026 };

const LEADERSHIP = ['strong', 'weak', 'improving'] as const;
const ECOSYSTEM = ['rich', 'thin', 'growing'] as const;

/** The benchmark's funder login: it funds one benchmark mutual in five. */
export const BENCH_FUNDER_EMAIL = 'bailleur@bench.demo';

/**
 * Ten years of governance for every benchmark mutual (`bench-…`) that has none yet (no board seat, no
 * recognition step: the money benchmark's mutual brings its own recognition), with profiles
 * that cycle through strong / weak / improving leadership and rich / thin / growing ecosystems; four
 * in five consent to research; a benchmark funder funds one in five. Returns the mutuals seeded.
 */
export async function seedGovernanceLarge(
  db: Db,
  options: { asOf: string; passwordHash: string; log?: (line: string) => void },
): Promise<number> {
  const log = options.log ?? (() => {});
  const mutuals = await db
    .selectFrom('mutual as m')
    .select(['m.id', 'm.name', 'm.kind', 'm.slug', 'm.recognised_since'])
    .where('m.slug', 'like', 'bench-%')
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('board_seat as s').select('s.id').whereRef('s.mutual_id', '=', 'm.id'))),
    )
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('recognition_event as r').select('r.id').whereRef('r.mutual_id', '=', 'm.id'))),
    )
    .orderBy('m.slug')
    .execute();
  if (mutuals.length === 0) return 0;
  const root = createRng('bench/governance');
  let done = 0;
  for (let i = 0; i < mutuals.length; i += 10) {
    const chunk = mutuals.slice(i, i + 10);
    const firms = await db
      .selectFrom('member')
      .select(['id', 'mutual_id', 'legal_name', 'headcount', 'joined_on', 'left_on'])
      .where(
        'mutual_id',
        'in',
        chunk.map((m) => m.id),
      )
      .execute();
    const histories = chunk.map((m, k) => {
      const n = i + k;
      const profile: GovernanceProfile = {
        leadership: LEADERSHIP[n % 3],
        ecosystem: ECOSYSTEM[Math.floor(n / 3) % 3],
        recognition: n % 10 === 7 ? 'notice_now' : n % 5 === 2 ? 'past_notice' : 'steady',
      };
      const own = firms
        .filter((f) => f.mutual_id === m.id)
        .map((f) => ({
          id: f.id,
          legalName: f.legal_name,
          headcount: f.headcount,
          joinedOn: f.joined_on,
          leftOn: f.left_on,
        }));
      return {
        mutualId: m.id,
        createdBy: null,
        history: historyOf(
          root.fork(m.slug),
          { id: m.id, name: m.name, kind: m.kind, recognisedSince: m.recognised_since },
          own,
          profile,
          options.asOf,
        ),
      };
    });
    await insertGovernanceHistories(db, histories);
    done += chunk.length;
    log(`  governance: ${done}/${mutuals.length} benchmark mutuals`);
  }
  await insertInBatches(
    db,
    'research_consent',
    mutuals.map((m, n) => ({ mutual_id: m.id, consented: n % 5 !== 4, decided_on: '2025-01-15' })),
  );
  const funder = await db
    .insertInto('funder')
    .values({ name: `Bailleur de référence (${mutuals.length} mutuelles)`, kind: 'government' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertInBatches(
    db,
    'funder_mutual',
    mutuals.filter((_, n) => n % 5 === 0).map((m) => ({ funder_id: funder.id, mutual_id: m.id })),
  );
  const existing = await db
    .selectFrom('app_user')
    .select('id')
    .where('email', '=', BENCH_FUNDER_EMAIL)
    .executeTakeFirst();
  if (!existing) {
    await db
      .insertInto('app_user')
      .values({
        email: BENCH_FUNDER_EMAIL,
        display_name: 'Bailleur de référence',
        password_hash: options.passwordHash,
        locale: 'fr',
        role: 'funder',
        funder_id: funder.id,
      })
      .execute();
  }
  return mutuals.length;
}
