import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { newCourse } from './delivery-builders.ts';
import {
  type Client,
  createTestContext,
  loginAs,
  newEmployee,
  newMember,
  newMutual,
  newProvider,
  newUser,
  type TestContext,
} from './harness.ts';
import { pdfText } from './pdf-text.ts';

// Governance of one mutual through the API: recognition and its history (s.1, s.7), the board and
// its chair, leaders, partners and support, the scorecard and its thresholds.

const json = async (res: Response) => {
  const body = await res.json();
  return body;
};

describe('governance API', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let viewer: Client;
  let member: Client;
  let mutualId: string;
  let chairUserId: string;

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx, { kind: 'sectoral' });
    mutualId = mutual.id;
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId })).client;
    viewer = (await loginAs(ctx, 'board_viewer', { mutualId })).client;
    const firm = await newMember(ctx, mutualId);
    member = (await loginAs(ctx, 'member_contact', { mutualId, memberId: firm.id })).client;
    chairUserId = (await newUser(ctx, 'board_viewer', { mutualId }, { email: 'chair@example.test' })).id;
  });
  after(() => ctx.close());

  /** The text of the member contact's savings statement of a year. */
  const statementText = async (year: number) => {
    const res = await member.get(`/api/my-firm/savings/statement.pdf?year=${year}&lang=fr`);
    assert.equal(res.status, 200);
    return pdfText(Buffer.from(await res.arrayBuffer()));
  };

  describe('recognition', () => {
    it('given no history, then the mutual is not recognised and a member is told payments do not count (s.1)', async () => {
      const standing = await json(await member.get('/api/recognition/standing'));
      assert.deepEqual([standing.status, standing.paymentsCount], ['none', false]);
    });

    it("given no history, then the member's statement of the year says that payments to the mutual did not count, in both languages (s.1)", async () => {
      const text = await statementText(2026);
      assert.ok(text.includes('Mutuelle non reconnue') && text.includes('Mutual not recognised'), text);
      assert.ok(text.includes('2026-01-01') && text.includes('2026-12-31'));
    });

    it('given an application and a recognition, then payments count; a sectoral file lacks its CSMO resolution', async () => {
      assert.equal(
        (await coordinator.post('/api/recognition/events', { kind: 'applied', occurredOn: '2015-01-10' })).status,
        201,
      );
      const file = await json(
        await coordinator.post('/api/recognition/events', {
          kind: 'recognised',
          occurredOn: '2015-06-01',
          note: 'Lettre du ministre',
        }),
      );
      assert.deepEqual([file.standing.status, file.standing.paymentsCount], ['recognised', true]);
      assert.ok(file.gaps.includes('supporting_resolution'));
      assert.equal(file.resolutionRequired, true);
      assert.deepEqual(file.nextEvents, ['notice_given']);
      const patched = await json(
        await coordinator.patch('/api/recognition', {
          resolutionBody: 'CSMO de la transformation alimentaire',
          resolutionAdoptedOn: '2014-11-20',
          legalName: 'Mutuelle ABC',
        }),
      );
      assert.ok(!patched.gaps.includes('supporting_resolution'));
    });

    it('given a notice with 9 days to answer, then it is refused naming the earliest deadline', async () => {
      const res = await coordinator.post('/api/recognition/events', {
        kind: 'notice_given',
        occurredOn: '2026-11-02',
        answerDueOn: '2026-11-11',
      });
      assert.equal(res.status, 400);
      const problem = await json(res);
      assert.equal(problem.errors[0].field, 'answerDueOn');
      assert.equal(problem.errors[0].code, 'notice_too_short');
      assert.equal(
        problem.errors[0].message,
        'Doit laisser au moins 10 jours pour répondre\u00a0: le 12 novembre 2026 ou plus tard (art. 7)',
      );
    });

    it('given a notice with 10 days, then the mutual is under notice and payments still count until it is suspended', async () => {
      const file = await json(
        await coordinator.post('/api/recognition/events', {
          kind: 'notice_given',
          occurredOn: '2026-11-02',
          answerDueOn: '2026-11-12',
        }),
      );
      assert.deepEqual(
        [file.standing.status, file.standing.answerDueOn, file.standing.paymentsCount],
        ['under_notice', '2026-11-12', true],
      );
    });

    it('given the answer period running, when the coordinator suspends on the deadline, then it is refused (409)', async () => {
      const res = await coordinator.post('/api/recognition/events', { kind: 'suspended', occurredOn: '2026-11-12' });
      assert.equal(res.status, 409);
      const problem = await json(res);
      assert.equal(problem.code, 'transition_not_allowed');
      assert.equal(
        problem.detail,
        'La mutuelle peut répondre à l’avis jusqu’au 12 novembre 2026 (art. 7)\u00a0: cette étape doit attendre',
      );
      assert.deepEqual(problem.errors, [
        { field: 'occurredOn', code: 'after_answer_due', message: 'Doit être après le 12 novembre 2026' },
      ]);
    });

    it('given the deadline passed, when suspended, then payments no longer count and members see it', async () => {
      const file = await json(
        await coordinator.post('/api/recognition/events', { kind: 'suspended', occurredOn: '2026-11-13' }),
      );
      assert.deepEqual([file.standing.status, file.standing.paymentsCount], ['suspended', false]);
      assert.equal((await json(await member.get('/api/recognition/standing'))).paymentsCount, false);
      const file2 = await json(
        await coordinator.post('/api/recognition/events', { kind: 'restored', occurredOn: '2026-11-19' }),
      );
      assert.equal(file2.standing.status, 'recognised');
    });

    it('given a suspension from 13 to 18 November, then the statement of that year names those days only, and the year before says nothing (s.1)', async () => {
      const text = await statementText(2026);
      assert.ok(
        text.includes('Mutuelle non reconnue') && text.includes('2026-11-13') && text.includes('2026-11-18'),
        text,
      );
      assert.ok(!text.includes('2026-01-01'));
      const before = await statementText(2025);
      assert.ok(!before.includes('non reconnue') && !before.includes('not recognised'));
    });

    it('given a step, when a document is attached, then the board can download it; a member contact cannot read the file', async () => {
      const file = await json(await viewer.get('/api/recognition'));
      const event = file.events[0];
      const up = await coordinator.post(`/api/recognition/events/${event.id}/documents`, {
        filename: 'lettre.pdf',
        contentBase64: Buffer.from('%PDF-1.4 lettre').toString('base64'),
      });
      assert.equal(up.status, 201);
      const doc = await json(up);
      const down = await viewer.get(`/api/governance/documents/${doc.id}`);
      assert.equal(down.status, 200);
      assert.equal(await down.text(), '%PDF-1.4 lettre');
      assert.equal((await member.get('/api/recognition')).status, 403);
      const bad = await coordinator.post(`/api/recognition/events/${event.id}/documents`, {
        filename: 'virus.exe',
        contentBase64: Buffer.from('MZ').toString('base64'),
      });
      assert.equal(bad.status, 400);
      assert.deepEqual((await json(bad)).errors, [
        {
          field: 'file',
          code: 'document_type_refused',
          message: 'Documents acceptés\u00a0: pdf, png, jpg, jpeg, txt, docx, xlsx, odt',
        },
      ]);
    });
  });

  describe('board and its chair', () => {
    const seats: Record<string, string> = {};
    it('given seats and members, then the composition is checked against s.3 and says what breaks', async () => {
      for (const [key, kind] of [
        ['e1', 'employer'],
        ['e2', 'employer'],
        ['e3', 'employer'],
        ['w1', 'workforce'],
        ['o1', 'other'],
      ] as const) {
        const board = await json(await coordinator.post('/api/board/seats', { kind, label: key }));
        seats[key] = board.seats.find((s: { label: string }) => s.label === key).id;
      }
      let board = await json(
        await coordinator.post('/api/board/members', {
          seatId: seats.e1,
          name: 'Chantal Boivin',
          office: 'chair',
          termStart: '2024-01-01',
          userId: chairUserId,
          email: 'chantal@example.test',
        }),
      );
      board = await json(
        await coordinator.post('/api/board/members', { seatId: seats.o1, name: 'Paul Roy', termStart: '2024-01-01' }),
      );
      assert.deepEqual(board.composition.breaches, ['employer_not_majority', 'no_workforce_representative']);
      board = await json(
        await coordinator.post('/api/board/members', { seatId: seats.e2, name: 'Luc Caron', termStart: '2024-01-01' }),
      );
      assert.deepEqual(board.composition.breaches, ['no_workforce_representative']);
      board = await json(
        await coordinator.post('/api/board/members', { seatId: seats.w1, name: 'Nadia Saïd', termStart: '2024-01-01' }),
      );
      // 2 employers of 4: half is not a majority
      assert.deepEqual(board.composition.breaches, ['employer_not_majority']);
      board = await json(
        await coordinator.post('/api/board/members', {
          seatId: seats.e3,
          name: 'Marc Ouellet',
          termStart: '2024-01-01',
        }),
      );
      assert.deepEqual(board.composition.breaches, []);
      assert.equal(board.composition.compliant, true);
      assert.equal(board.canManage, true);
    });

    it('given a seat held, when another member is seated on it for an overlapping term, then it is refused', async () => {
      const res = await coordinator.post('/api/board/members', {
        seatId: seats.w1,
        name: 'Autre',
        termStart: '2025-01-01',
      });
      assert.equal(res.status, 400);
    });

    it('given a board viewer who is not the chair, then it reads the board but may not record a meeting', async () => {
      const board = await json(await viewer.get('/api/board'));
      assert.equal(board.canManage, false);
      const refused = await viewer.post('/api/board/meetings', { heldOn: '2026-10-01', agenda: 'x' });
      assert.equal(refused.status, 403);
      assert.equal((await json(refused)).detail, 'Réservé à la coordination et à la présidence du conseil');
    });

    it('given a member contact, then the board is refused in its account’s language, French or English', async () => {
      const refusedFr = await member.get('/api/board');
      assert.equal(refusedFr.status, 403);
      assert.equal((await json(refusedFr)).detail, 'Ceci n’est pas ouvert à votre rôle');
      const firm = await newMember(ctx, mutualId);
      const english = (await loginAs(ctx, 'member_contact', { mutualId, memberId: firm.id }, { locale: 'en' })).client;
      const refusedEn = await english.get('/api/board');
      assert.equal(refusedEn.status, 403);
      assert.equal((await json(refusedEn)).detail, 'This is not open to your role');
    });

    it('given a seat already held, then a second member for the same term is refused naming who holds it', async () => {
      const board = await json(await coordinator.get('/api/board'));
      const held = board.members.find((m: { termEnd: string | null }) => m.termEnd === null);
      const res = await coordinator.post('/api/board/members', {
        seatId: held.seatId,
        name: 'Quelqu’un d’autre',
        termStart: '2025-01-01',
      });
      assert.equal(res.status, 400);
      assert.deepEqual((await json(res)).errors, [
        {
          field: 'termStart',
          code: 'seat_held_during_term',
          message: `Ce siège est occupé par ${held.name} pendant ce mandat`,
        },
      ]);
    });

    it('given the chair, when it records a meeting, attendance and a decision, then quorum and attendance follow', async () => {
      const { login } = await import('./harness.ts');
      const chair = await login(ctx, 'chair@example.test');
      assert.equal((await json(await chair.get('/api/board'))).canManage, true);
      const created = await chair.post('/api/board/meetings', {
        heldOn: '2026-10-01',
        agenda: '1. Budget\n2. Plan de formation',
      });
      assert.equal(created.status, 201);
      const meeting = await json(created);
      assert.equal(meeting.sitting, 5);
      const present = meeting.attendance.slice(0, 3).map((a: { boardMemberId: string }) => a.boardMemberId);
      const after = await json(await chair.put(`/api/board/meetings/${meeting.id}/attendance`, { present }));
      assert.deepEqual([after.present, after.sitting, after.quorum], [3, 5, true]);
      const decided = await json(
        await chair.post(`/api/board/meetings/${meeting.id}/decisions`, {
          text: 'Adopter le budget 2027',
          outcome: 'adopted',
        }),
      );
      assert.equal(decided.decisions[0].position, 1);
      const list = await json(await viewer.get('/api/board/meetings'));
      assert.deepEqual([list.total, list.items[0].present, list.items[0].decisions], [1, 3, 1]);
      // someone not on the board, or not sitting on the meeting's day, is named by the refusal
      const unknown = await chair.put(`/api/board/meetings/${meeting.id}/attendance`, {
        present: [...present, '00000000-0000-4000-8000-000000000000'],
      });
      assert.deepEqual((await json(unknown)).errors, [
        {
          field: 'present.3',
          code: 'no_such_board_member',
          message: 'Cet administrateur n’existe pas dans la mutuelle',
        },
      ]);
      assert.equal((await chair.patch(`/api/board/meetings/${meeting.id}`, { heldOn: '2023-06-01' })).status, 200);
      const early = await json(await chair.put(`/api/board/meetings/${meeting.id}/attendance`, { present }));
      const first = meeting.attendance[0] as { boardMemberId: string; name: string };
      assert.deepEqual(early.errors, [
        {
          field: 'present.0',
          code: 'not_sitting_on',
          message: `${first.name} ne siège pas au conseil le 1er juin 2023`,
        },
      ]);
      assert.equal((await chair.patch(`/api/board/meetings/${meeting.id}`, { heldOn: '2026-10-01' })).status, 200);
    });
  });

  describe('leaders, partners and the scorecard', () => {
    it('given a leader, when involvement is recorded, then it is counted by year', async () => {
      const leader = await json(
        await coordinator.post('/api/leaders', { name: 'Julie Gagnon', role: 'coordinator', since: '2020-01-01' }),
      );
      const firm = await newMember(ctx, mutualId);
      await coordinator.post(`/api/leaders/${leader.id}/contributions`, {
        kind: 'recruitment',
        occurredOn: '2026-03-01',
        memberId: firm.id,
      });
      const after = await json(
        await coordinator.post(`/api/leaders/${leader.id}/contributions`, {
          kind: 'resource',
          occurredOn: '2026-04-01',
          amountCents: 2_500_000,
        }),
      );
      assert.deepEqual(after.involvement, [{ year: 2026, meetings: 0, firmsRecruited: 1, resourcesCents: 2_500_000 }]);
      assert.equal(
        (
          await coordinator.post(`/api/leaders/${leader.id}/contributions`, {
            kind: 'resource',
            occurredOn: '2026-04-01',
          })
        ).status,
        400,
      );
    });

    it('given a coordinator, when it adds a partner and a financial support, then the network shows it with its kind of support', async () => {
      const partner = await json(
        await coordinator.post('/api/partners', { name: 'Cégep régional', kind: 'college', since: '2019-01-01' }),
      );
      assert.equal(
        (
          await coordinator.post(`/api/partners/${partner.id}/supports`, {
            kind: 'financial',
            description: 'Subvention',
            startsOn: '2026-02-01',
          })
        ).status,
        400,
      );
      const withSupport = await json(
        await coordinator.post(`/api/partners/${partner.id}/supports`, {
          kind: 'financial',
          description: 'Subvention de démarrage',
          amountCents: 4_000_000,
          startsOn: '2026-02-01',
        }),
      );
      assert.deepEqual([withSupport.supportKinds, withSupport.financialCents], [['financial'], 4_000_000]);
      await coordinator.post(`/api/partners/${partner.id}/supports`, {
        kind: 'material',
        description: 'Locaux',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
      });
      assert.equal((await viewer.post('/api/partners', { name: 'x', kind: 'other', since: '2020-01-01' })).status, 403);
      const eco = await json(await viewer.get('/api/ecosystem'));
      const p = eco.partners.find((x: { id: string }) => x.id === partner.id);
      assert.deepEqual(p.supportKinds, ['financial', 'material']);
      const year = eco.timeline.find((t: { year: number }) => t.year === 2026);
      assert.deepEqual([year.activePartners, year.material, year.financialCents], [1, 1, 4_000_000]);
    });

    it('given the facts of the year, then the scorecard rates each indicator with its reason, and the board’s thresholds apply', async () => {
      const card = await json(await viewer.get('/api/scorecard'));
      const get = (key: string, c = card) => c.indicators.find((i: { key: string }) => i.key === key);
      assert.equal(card.year, 2026);
      assert.deepEqual([get('board_compliant').rating, get('board_compliant').current.value], ['green', 1]);
      assert.deepEqual(
        [get('board_meetings').current.value, get('board_meetings').rating, get('board_meetings').reason],
        [1, 'red', 'below_alert'],
      );
      assert.deepEqual([get('financial_support').current.value, get('support_kinds').current.value], [4_000_000, 2]);
      // No ledger entry: not available; no worker followed: the evidence says not enough data (decision 44).
      assert.deepEqual(
        [get('ledger_balance').reason, get('retention_12m').reason],
        ['not_available', 'not_enough_data'],
      );
      assert.equal(card.suppressed, false);
      const { login } = await import('./harness.ts');
      const chair = await login(ctx, 'chair@example.test');
      const after = await json(
        await chair.put('/api/scorecard/thresholds', {
          thresholds: [{ indicator: 'board_meetings', green: 1, amber: 1 }],
        }),
      );
      assert.deepEqual(
        [get('board_meetings', after).rating, get('board_meetings', after).thresholdIsDefault],
        ['green', false],
      );
      const wrong = await chair.put('/api/scorecard/thresholds', {
        thresholds: [{ indicator: 'board_attendance', green: 0.5, amber: 0.7 }],
      });
      assert.equal(wrong.status, 400);
      assert.deepEqual((await json(wrong)).errors, [
        { field: 'thresholds.0', code: 'green_at_least_amber', message: 'Le vert doit être au moins le jaune' },
      ]);
      const reset = await json(
        await chair.put('/api/scorecard/thresholds', {
          thresholds: [{ indicator: 'board_meetings', green: null, amber: null }],
        }),
      );
      assert.equal(get('board_meetings', reset).thresholdIsDefault, true);
    });

    it('given the annual report’s figures, then reach reads them for that year', async () => {
      const saved = await coordinator.put('/api/activity-years', {
        year: 2024,
        firmsServed: 12,
        microSmallFirmsServed: 9,
        workersServed: 80,
        lowSkilledWorkersServed: 30,
      });
      assert.equal(saved.status, 200);
      const card = await json(await viewer.get('/api/scorecard?year=2024'));
      const reach = card.indicators.find((i: { key: string }) => i.key === 'micro_small_share');
      assert.equal(reach.current.value, 0.75);
      const years = await json(await viewer.get('/api/activity-years'));
      assert.deepEqual(
        years.items.map((y: { year: number; source: string }) => [y.year, y.source]),
        [[2024, 'report']],
      );
      const bad = await coordinator.put('/api/activity-years', {
        year: 2024,
        firmsServed: 2,
        microSmallFirmsServed: 3,
        workersServed: 1,
        lowSkilledWorkersServed: 0,
      });
      assert.equal(bad.status, 400);
    });
  });
});

describe('activity years from Mutualis sessions (kept by triggers, migration 0102)', () => {
  let ctx: TestContext;
  after(() => ctx.close());

  type Year = {
    year: number;
    firmsServed: number;
    microSmallFirmsServed: number;
    workersServed: number;
    lowSkilledWorkersServed: number;
  };
  const figures = (y: Year) => [
    y.year,
    y.firmsServed,
    y.microSmallFirmsServed,
    y.workersServed,
    y.lowSkilledWorkersServed,
  ];

  /** The figures as the list computed them before 0102: from every confirmed enrolment of a held session. */
  async function countedFromEnrolments(mutualId: string) {
    const rows = await sql<{ year: number; firms: number; micro_small: number; workers: number; low_skilled: number }>`
      select left(s.period, 4)::int as year,
        count(distinct e.member_id)::int as firms,
        count(distinct e.member_id) filter (where m.headcount < 100)::int as micro_small,
        count(distinct e.employee_id)::int as workers,
        count(distinct e.employee_id) filter (where em.education_level in ('none', 'secondary'))::int as low_skilled
      from training_session s
      join enrolment e on e.session_id = s.id and e.status = 'confirmed'
      join member m on m.id = e.member_id
      join employee em on em.id = e.employee_id
      where s.mutual_id = ${mutualId} and s.status in ('in_delivery', 'delivered', 'evaluated')
      group by 1 order by 1 desc`.execute(ctx.deps.db);
    return rows.rows.map((r) => [r.year, r.firms, r.micro_small, r.workers, r.low_skilled]);
  }

  it('given enrolments, sessions and employees changed by any statement, then each year’s figures are those counted from the enrolments, and the kept rows match a count of the whole table', async () => {
    ctx = await createTestContext();
    const { db } = ctx.deps;
    const mutual = await newMutual(ctx);
    const other = await newMutual(ctx);
    const coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    const course = await newCourse(ctx, mutual.id, (await newProvider(ctx, mutual.id)).id);
    const small = await newMember(ctx, mutual.id, { headcount: 20 });
    const large = await newMember(ctx, mutual.id, { headcount: 300 });
    const [ana, ben, cleo] = [
      await newEmployee(ctx, small),
      await newEmployee(ctx, small),
      await newEmployee(ctx, large),
    ];
    await db.updateTable('employee').set({ education_level: 'bachelor' }).where('id', '=', cleo.id).execute();
    const session = async (period: string, status: string) =>
      (
        await db
          .insertInto('training_session')
          .values({ mutual_id: mutual.id, course_id: course.id, period, seats: 8, cost_cents: 100_000, status })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const march = await session('2025-03', 'delivered');
    const april = await session('2025-04', 'evaluated');
    const may = await session('2024-05', 'scheduled');
    const enrol = (
      sessionId: string,
      member: { id: string },
      employee: { id: string },
      status: 'confirmed' | 'waitlisted' = 'confirmed',
    ) =>
      db
        .insertInto('enrolment')
        .values({ mutual_id: mutual.id, session_id: sessionId, member_id: member.id, employee_id: employee.id, status })
        .returning('id')
        .executeTakeFirstOrThrow();
    // Ana twice in 2025, Ben waitlisted, Cléo (a bachelor, large firm) once; 2024's session not held yet
    await enrol(march, small, ana);
    const anaInApril = await enrol(april, small, ana);
    const benWaiting = await enrol(march, small, ben, 'waitlisted');
    const cleoInMarch = await enrol(march, large, cleo);
    await enrol(may, small, ben);
    // an enrolment of another mutual is not counted here
    const elsewhere = await newMember(ctx, other.id);
    const otherCourse = await newCourse(ctx, other.id, (await newProvider(ctx, other.id)).id);
    const otherSession = await db
      .insertInto('training_session')
      .values({
        mutual_id: other.id,
        course_id: otherCourse.id,
        period: '2025-03',
        seats: 8,
        cost_cents: 1,
        status: 'delivered',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('enrolment')
      .values({
        mutual_id: other.id,
        session_id: otherSession.id,
        member_id: elsewhere.id,
        employee_id: (await newEmployee(ctx, elsewhere)).id,
        status: 'confirmed',
      })
      .execute();

    const listed = async () => {
      const res = await coordinator.get('/api/activity-years');
      assert.equal(res.status, 200);
      const body = await res.json();
      assert.equal(body.total, body.items.length);
      return body.items.map(figures);
    };
    const check = async (step: string) => {
      assert.deepEqual(await listed(), await countedFromEnrolments(mutual.id), step);
      const kept = await sql<{ k: string }>`
        select mutual_id || ' ' || year || ' ' || employee_id || ' ' || member_id || ' ' || education_level || ' ' || enrolments as k
        from session_reach order by 1`.execute(db);
      const counted = await sql<{ k: string }>`
        select s.mutual_id || ' ' || left(s.period, 4) || ' ' || e.employee_id || ' ' || e.member_id || ' ' || em.education_level || ' ' || count(*) as k
        from training_session s
        join enrolment e on e.session_id = s.id and e.status = 'confirmed'
        join employee em on em.id = e.employee_id
        where s.status in ('in_delivery', 'delivered', 'evaluated')
        group by s.mutual_id, left(s.period, 4), e.employee_id, e.member_id, em.education_level order by 1`.execute(db);
      assert.deepEqual(kept.rows, counted.rows, `${step}: the kept rows`);
    };

    // 2025: two firms (one small), two workers (one low-skilled: Ana, secondary school)
    assert.deepEqual(await listed(), [[2025, 2, 1, 2, 1]]);
    await check('enrolments inserted');
    await db.updateTable('enrolment').set({ status: 'confirmed' }).where('id', '=', benWaiting.id).execute();
    assert.deepEqual(await listed(), [[2025, 2, 1, 3, 2]], 'Ben confirmed');
    await check('an enrolment confirmed');
    await db.updateTable('enrolment').set({ status: 'withdrawn' }).where('id', '=', cleoInMarch.id).execute();
    assert.deepEqual(await listed(), [[2025, 1, 1, 2, 2]], 'Cléo withdrawn');
    await check('an enrolment withdrawn');
    await db.updateTable('training_session').set({ status: 'delivered' }).where('id', '=', may).execute();
    assert.deepEqual(await listed(), [
      [2025, 1, 1, 2, 2],
      [2024, 1, 1, 1, 1],
    ]);
    await check('a session delivered');
    await db.updateTable('employee').set({ education_level: 'graduate' }).where('id', '=', ana.id).execute();
    await db.updateTable('member').set({ headcount: 150 }).where('id', '=', small.id).execute();
    assert.deepEqual(await listed(), [
      [2025, 1, 0, 2, 1],
      [2024, 1, 0, 1, 1],
    ]);
    await check('an education level and a headcount changed');
    await db.updateTable('training_session').set({ period: '2024-04' }).where('id', '=', april).execute();
    await check('a session moved to another year');
    await db.deleteFrom('enrolment').where('id', '=', anaInApril.id).execute();
    await check('an enrolment deleted');
    // one statement of several rows, one of them twice the same worker's firm in one year
    await db
      .updateTable('enrolment')
      .set({ status: 'confirmed' })
      .where('mutual_id', '=', mutual.id)
      .where('status', '=', 'withdrawn')
      .execute();
    await db.updateTable('training_session').set({ status: 'cancelled' }).where('id', 'in', [march, april]).execute();
    await check('sessions cancelled');
    await db.updateTable('training_session').set({ status: 'delivered' }).where('mutual_id', '=', mutual.id).execute();
    await check('every session delivered in one statement');
    assert.deepEqual(await listed(), [
      [2025, 2, 0, 3, 1],
      [2024, 1, 0, 1, 1],
    ]);
  });
});

describe('the scorecard reads the ledger and the evidence of the year asked', () => {
  let ctx: TestContext;
  let withRecords: string;
  let without: string;
  before(async () => {
    ctx = await createTestContext();
    withRecords = (await newMutual(ctx)).id;
    without = (await newMutual(ctx)).id;
  });
  after(() => ctx.close());

  type Indicator = { key: string; current: { value: number | null; status: string }; rating: string; reason: string };
  const indicator = (card: { indicators: Indicator[] }, key: string) =>
    card.indicators.find((i) => i.key === key) as Indicator;

  /** Six workers of three firms trained in March 2025; one of them left in June 2025; the five who stayed got 4 % more a year on. */
  async function trainSixWorkers(mutualId: string) {
    const db = ctx.deps.db;
    const provider = await db
      .insertInto('provider')
      .values({ mutual_id: mutualId, name: 'P' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const topic = await db
      .insertInto('topic')
      .values({ mutual_id: mutualId, code: 't', name_fr: 'T', name_en: 'T' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const course = await db
      .insertInto('course')
      .values({
        mutual_id: mutualId,
        provider_id: provider.id,
        topic_id: topic.id,
        status: 'approved',
        title_fr: 'C',
        title_en: 'C',
        duration_hours: 7,
        language: 'fr',
        mode: 'in_person',
        regions: ['06'],
        periods: ['2025-03'],
        fixed_cost_cents: 100_000,
        seat_cost_cents: 5000,
        min_seats: 2,
        max_seats: 12,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const session = await db
      .insertInto('training_session')
      .values({
        mutual_id: mutualId,
        course_id: course.id,
        period: '2025-03',
        seats: 6,
        cost_cents: 130_000,
        status: 'evaluated',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    let n = 0;
    for (let f = 0; f < 3; f++) {
      const firm = await newMember(ctx, mutualId);
      for (let w = 0; w < 2; w++) {
        const employee = await newEmployee(ctx, firm);
        const enrolment = await db
          .insertInto('enrolment')
          .values({
            mutual_id: mutualId,
            session_id: session.id,
            member_id: firm.id,
            employee_id: employee.id,
            status: 'confirmed',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        n++;
        await db
          .insertInto('attestation')
          .values({
            mutual_id: mutualId,
            number: `A-${mutualId.slice(0, 6)}-${n}`,
            enrolment_id: enrolment.id,
            session_id: session.id,
            member_id: firm.id,
            employee_id: employee.id,
            participant_name: 'P',
            course_title_fr: 'C',
            course_title_en: 'C',
            date_from: '2025-03-10',
            date_to: '2025-03-10',
            hours: 7,
          })
          .execute();
        if (n === 1)
          await db
            .updateTable('employee')
            .set({ end_date: '2025-06-01', end_reason: 'resignation' })
            .where('id', '=', employee.id)
            .execute();
        else
          await db
            .insertInto('wage')
            .values([
              {
                mutual_id: mutualId,
                member_id: firm.id,
                employee_id: employee.id,
                effective_on: '2025-01-01',
                hourly_wage_cents: 2500,
              },
              {
                mutual_id: mutualId,
                member_id: firm.id,
                employee_id: employee.id,
                effective_on: '2026-01-15',
                hourly_wage_cents: 2600,
              },
            ])
            .execute();
      }
    }
  }

  it('given posted ledger entries with a grant and workers trained the year before, then the board sees the fund balance, grant dependency, retention and wage change rated; a mutual without them sees not available and not enough data', async () => {
    const coordinator = (await loginAs(ctx, 'coordinator', { mutualId: withRecords })).client;
    const accounts = (await (await coordinator.get('/api/finance/accounts?pageSize=500')).json()) as {
      items: { id: string; code: string }[];
    };
    const account = new Map(accounts.items.map((a) => [a.code, a.id]));
    const posted = await coordinator.post('/api/finance/journal', {
      entryDate: '2026-02-01',
      description: 'Subvention et cotisations',
      lines: [
        { accountId: account.get('1010'), debitCents: 1_000_000 },
        { accountId: account.get('4300'), creditCents: 600_000 },
        { accountId: account.get('4100'), creditCents: 400_000 },
      ],
    });
    assert.equal(posted.status, 201, await posted.clone().text());
    await trainSixWorkers(withRecords);

    const viewer = (await loginAs(ctx, 'board_viewer', { mutualId: withRecords })).client;
    const card = await json(await viewer.get('/api/scorecard?year=2026'));
    assert.deepEqual(
      [indicator(card, 'ledger_balance').current.value, indicator(card, 'ledger_balance').rating],
      [1_000_000, 'amber'],
    );
    const grants = indicator(card, 'grant_dependency');
    assert.deepEqual([grants.current.value, grants.rating, grants.reason], [0.6, 'amber', 'above_target']);
    const retention = indicator(card, 'retention_12m');
    assert.deepEqual([retention.current.value, retention.rating, retention.reason], [0.8333, 'amber', 'below_target']);
    const wages = indicator(card, 'wage_change');
    assert.deepEqual([wages.current.value, wages.rating], [0.04, 'green']);
    // No firm reported its productivity: not enough data, not a number.
    assert.deepEqual(
      [indicator(card, 'productivity_change').current.status, indicator(card, 'productivity_change').reason],
      ['not_enough_data', 'not_enough_data'],
    );
    // The year before: the ledger had nothing posted yet, and nobody had been trained in 2024.
    const before = await json(await viewer.get('/api/scorecard?year=2025'));
    assert.equal(indicator(before, 'grant_dependency').reason, 'not_available');
    assert.equal(indicator(before, 'retention_12m').reason, 'not_enough_data');

    const other = (await loginAs(ctx, 'board_viewer', { mutualId: without })).client;
    const empty = await json(await other.get('/api/scorecard?year=2026'));
    assert.deepEqual(
      [indicator(empty, 'ledger_balance').reason, indicator(empty, 'grant_dependency').reason],
      ['not_available', 'not_available'],
    );
    for (const key of ['retention_12m', 'wage_change', 'productivity_change']) {
      assert.deepEqual(
        [indicator(empty, key).current.value, indicator(empty, key).current.status, indicator(empty, key).rating],
        [null, 'not_enough_data', 'none'],
      );
    }
  });
});

describe('a mutual never reaches another mutual’s governance', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given two mutuals, then the second mutual’s coordinator sees an empty board and its own standing', async () => {
    const a = await newMutual(ctx);
    const b = await newMutual(ctx);
    const ca = (await loginAs(ctx, 'coordinator', { mutualId: a.id })).client;
    const cb = (await loginAs(ctx, 'coordinator', { mutualId: b.id })).client;
    await ca.post('/api/board/seats', { kind: 'employer', label: 'A' });
    await ca.post('/api/recognition/events', { kind: 'applied', occurredOn: '2020-01-01' });
    assert.deepEqual((await (await cb.get('/api/board')).json()).seats, []);
    assert.equal((await (await cb.get('/api/recognition/standing')).json()).status, 'none');
  });
});
