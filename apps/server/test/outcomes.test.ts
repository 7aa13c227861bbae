import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  anonymous,
  type Client,
  createTestContext,
  loginAs,
  newEmployee,
  newMember,
  newMutual,
  type TestContext,
} from './harness.ts';

const year = (over: Record<string, unknown> = {}) => ({
  headcount: 24,
  separations: 3,
  payrollCents: 118_000_000,
  hoursWorked: 46_800,
  productivityMeasure: 'value_added_per_hour',
  productivityValue: 61.5,
  absenteeismDays: 95,
  workAccidents: 1,
  ...over,
});

describe('outcome data: the yearly form, consent, import, job class changes', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let contact: Client;
  let mutualId: string;
  let member: { id: string; mutual_id: string; neq: string; legal_name: string };
  let other: { id: string; mutual_id: string; neq: string };

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    mutualId = mutual.id;
    member = await newMember(ctx, mutualId);
    other = await newMember(ctx, mutualId);
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId })).client;
    contact = (
      await loginAs(
        ctx,
        'member_contact',
        { mutualId, memberId: member.id },
        { email: `rh-${member.id}@example.test`, display_name: 'Line Roy' },
      )
    ).client;
  });
  after(() => ctx.close());

  it('given a member contact, when it fills in its firm’s 2025 form in the app, then the coordinator sees it with its indicators', async () => {
    const saved = await contact.put(`/api/outcomes/members/${member.id}/years/2025`, year());
    assert.equal(saved.status, 200, await saved.clone().text());
    const body = await saved.json();
    assert.equal(body.source, 'app');
    assert.equal(body.submittedByName, 'Line Roy');
    assert.equal(Math.round(body.indicators.turnoverRate * 10) / 10, 11.8);
    const list = await (await coordinator.get('/api/outcomes/firms?year=2025')).json();
    const row = list.items.find((f: { firmId: string }) => f.firmId === member.id);
    assert.equal(row.outcome.headcount, 24);
    assert.equal(row.consentGranted, false);
    assert.equal(list.items.find((f: { firmId: string }) => f.firmId === other.id).outcome, null);
  });

  it('given a firm that chose its measure, when its contact sends another measure the next year, then it is refused; a coordinator may change it', async () => {
    await contact.put(`/api/outcomes/members/${member.id}/years/2024`, year());
    const view = await (await contact.get(`/api/outcomes/members/${member.id}/years/2025`)).json();
    assert.equal(view.keptMeasure, 'value_added_per_hour');
    assert.equal(view.previous.year, 2024);
    const refused = await contact.put(
      `/api/outcomes/members/${member.id}/years/2025`,
      year({ productivityMeasure: 'defect_rate', productivityValue: 3 }),
    );
    assert.equal(refused.status, 400);
    assert.deepEqual((await refused.json()).errors, [
      {
        field: 'productivityMeasure',
        code: 'measure_kept',
        message:
          'L’entreprise garde la mesure choisie les années précédentes pour que ses années se comparent; demandez à la coordination de la changer',
      },
    ]);
    assert.equal(
      (
        await coordinator.put(
          `/api/outcomes/members/${member.id}/years/2025`,
          year({ productivityMeasure: 'defect_rate', productivityValue: 3 }),
        )
      ).status,
      200,
    );
    assert.equal((await coordinator.put(`/api/outcomes/members/${member.id}/years/2025`, year())).status, 200);
  });

  it('given a future year or a rate above 100 %, then the form is refused naming the field', async () => {
    const future = await contact.put(`/api/outcomes/members/${member.id}/years/2027`, year());
    assert.equal(future.status, 400);
    const rate = await coordinator.put(
      `/api/outcomes/members/${other.id}/years/2025`,
      year({ productivityMeasure: 'scrap_rate', productivityValue: 140 }),
    );
    assert.equal(rate.status, 400);
    assert.deepEqual(
      (await rate.json()).errors.map((e: { field: string; code: string; message: string }) => [
        e.field,
        e.code,
        e.message,
      ]),
      [['productivityValue', 'percentage_at_most_100', 'C’est un pourcentage : au plus 100']],
    );
  });

  it('given a member contact, then another member’s outcomes and consent are not found', async () => {
    assert.equal((await contact.get(`/api/outcomes/members/${other.id}/years/2025`)).status, 404);
    assert.equal((await contact.post(`/api/outcomes/members/${other.id}/consent`, { granted: true })).status, 404);
  });

  it('when the contact grants then withdraws research use, then the withdrawal is in force and both decisions are kept', async () => {
    const granted = await contact.post(`/api/outcomes/members/${member.id}/consent`, {
      granted: true,
      givenByTitle: 'RH',
    });
    assert.equal(granted.status, 201);
    assert.equal((await granted.json()).granted, true);
    ctx.setNow('2026-11-20T16:00:00Z');
    const withdrawn = await (
      await contact.post(`/api/outcomes/members/${member.id}/consent`, { granted: false })
    ).json();
    assert.equal(withdrawn.granted, false);
    assert.deepEqual(
      withdrawn.history.map((d: { granted: boolean; givenByName: string; via: string }) => [
        d.granted,
        d.givenByName,
        d.via,
      ]),
      [
        [false, 'Line Roy', 'app'],
        [true, 'Line Roy', 'app'],
      ],
    );
    assert.equal(withdrawn.statement.version, '2026-1');
    ctx.setNow('2026-11-20T15:00:00Z');
  });

  it('given a coordinator recording a signed consent without the signer’s name, then it is refused', async () => {
    assert.equal((await coordinator.post(`/api/outcomes/members/${other.id}/consent`, { granted: true })).status, 400);
    const ok = await coordinator.post(`/api/outcomes/members/${other.id}/consent`, {
      granted: true,
      givenByName: 'Paul Côté',
      via: 'paper',
    });
    assert.equal((await ok.json()).inForce.via, 'paper');
  });

  it('when the coordinator sends the 2025 forms, then the firm without a report gets a personal link that works once, with the consent decision', async () => {
    await loginAs(
      ctx,
      'member_contact',
      { mutualId, memberId: other.id },
      { email: `rh-${other.id}@example.test`, locale: 'en' },
    );
    const sent = await coordinator.post('/api/outcomes/requests', { year: 2025 });
    assert.equal(sent.status, 201, await sent.clone().text());
    assert.equal((await sent.json()).sent, 1); // the member that already reported is not asked again
    const message = await ctx.deps.db
      .selectFrom('outbox')
      .select(['to_address', 'text_body', 'locale'])
      .where('kind', '=', 'outcome_form')
      .executeTakeFirstOrThrow();
    assert.equal(message.to_address, `rh-${other.id}@example.test`);
    assert.equal(message.locale, 'en');
    const token = /outcome-form\/([A-Za-z0-9_-]{43})/.exec(message.text_body)?.[1] as string;
    const visitor = anonymous(ctx);
    const view = await (await visitor.get(`/api/outcome-forms/${token}`)).json();
    assert.deepEqual([view.year, view.answered, view.closed, view.consentGranted], [2025, false, false, true]);
    const answer = { outcome: year({ headcount: 12 }), submittedByName: 'Paul Côté', consent: { granted: false } };
    ctx.setNow('2026-11-20T15:30:00Z');
    assert.equal((await visitor.post(`/api/outcome-forms/${token}`, answer)).status, 204);
    assert.equal((await visitor.post(`/api/outcome-forms/${token}`, answer)).status, 409);
    const saved = await (await coordinator.get(`/api/outcomes/members/${other.id}/years/2025`)).json();
    assert.deepEqual(
      [saved.outcome.headcount, saved.outcome.source, saved.consent.granted, saved.consent.inForce.via],
      [12, 'form', false, 'form'],
    );
    assert.equal((await visitor.get('/api/outcome-forms/not-a-token')).status, 404);
    ctx.setNow('2026-11-20T15:00:00Z');
  });

  it('given a link past its 60 days, then the form is closed', async () => {
    await coordinator.post('/api/outcomes/requests', { year: 2024, memberIds: [other.id] });
    const message = await ctx.deps.db
      .selectFrom('outbox')
      .select('text_body')
      .where('kind', '=', 'outcome_form')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const token = /outcome-form\/([A-Za-z0-9_-]{43})/.exec(message.text_body)?.[1] as string;
    ctx.setNow('2027-01-25T15:00:00Z');
    const res = await anonymous(ctx).post(`/api/outcome-forms/${token}`, { outcome: year(), submittedByName: 'X' });
    assert.equal(res.status, 409);
    assert.equal((await res.json()).code, 'questionnaire_closed');
    ctx.setNow('2026-11-20T15:00:00Z');
  });

  it('given an import with one wrong row, then nothing is imported and every error names its row; a right file replaces the years', async () => {
    const header =
      'member_neq,year,headcount,separations,payroll,hours_worked,productivity_measure,productivity_value,absenteeism_days,work_accidents';
    const good = `${member.neq},2023,22,2,1050000,42900,value_added_per_hour,58,90,0`;
    const bad = `9999999999,2023,x,2,1050000,42900,value_added_per_hour,58,90,0`;
    const upload = (text: string) => ({
      filename: 'outcomes.csv',
      contentBase64: Buffer.from(text).toString('base64'),
    });
    const refused = await coordinator.post('/api/outcomes/import', upload(`${header}\n${good}\n${bad}\n`));
    assert.equal(refused.status, 422);
    const problem = await refused.json();
    assert.deepEqual(
      problem.errors.map((e: { row: number; field: string }) => [e.row, e.field]),
      [
        [3, 'member'],
        [3, 'headcount'],
      ],
    );
    assert.equal(
      (await coordinator.get(`/api/outcomes/members/${member.id}/years/2023`).then((r) => r.json())).outcome,
      null,
    );
    const imported = await coordinator.post(
      '/api/outcomes/import',
      upload(`${header}\n${good}\n${member.neq},2025,30,1,1200000,50000,value_added_per_hour,63,80,0\n`),
    );
    assert.equal(imported.status, 201);
    assert.deepEqual(await imported.json(), { imported: 2, replaced: 1 });
    const template = await coordinator.get('/api/outcomes/import-template?format=csv');
    assert.match(await template.text(), /member_neq,year,headcount/);
  });

  it('when a job class change is recorded, then it is listed; the same date twice is a conflict', async () => {
    const employee = await newEmployee(ctx, member);
    const created = await contact.post(`/api/outcomes/employees/${employee.id}/job-changes`, {
      effectiveOn: '2025-06-01',
      jobTitle: 'Chef d’équipe',
      nocCode: '92100',
    });
    assert.equal(created.status, 201);
    assert.equal((await created.json()).teer, 2);
    assert.equal(
      (
        await contact.post(`/api/outcomes/employees/${employee.id}/job-changes`, {
          effectiveOn: '2025-06-01',
          jobTitle: 'X',
          nocCode: '92100',
        })
      ).status,
      409,
    );
    const list = await (await coordinator.get(`/api/outcomes/employees/${employee.id}/job-changes`)).json();
    assert.equal(list.total, 1);
    const foreign = await newEmployee(ctx, other);
    assert.equal((await contact.get(`/api/outcomes/employees/${foreign.id}/job-changes`)).status, 404);
  });
});

describe('the outcome list of firms', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given members, prospects, yearly figures, consents and form links, then each page holds the next firms by name with the year’s figures, the consent in force and the latest link; the filters and the total agree', async () => {
    const mutual = await newMutual(ctx);
    const db = ctx.deps.db;
    const acier = await newMember(ctx, mutual.id, { legal_name: 'Acier Abitibi', status: 'active' });
    const bois = await newMember(ctx, mutual.id, { legal_name: 'Bois Beauce', status: 'lapsed' });
    await newMember(ctx, mutual.id, { legal_name: 'Cuir Charlevoix', status: 'prospect' }); // not asked
    const dalle = await newMember(ctx, mutual.id, { legal_name: 'Dalle Drummond', status: 'withdrawn' });
    const prospect = (name: string, reports: boolean) =>
      db
        .insertInto('prospect')
        .values({
          mutual_id: mutual.id,
          legal_name: name,
          scian_code: '332',
          region_code: '06',
          headcount: 12,
          stage: 'interested',
          stage_changed_on: '2026-01-05',
          reports_outcomes: reports,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const erable = await prospect('Érable Estrie', true);
    await prospect('Fer Frontenac', false); // does not report
    const other = await newMutual(ctx);
    await newMember(ctx, other.id, { legal_name: 'Aaa Autre mutuelle' });
    const firm = (f: { id: string }, kind: 'member' | 'prospect') => ({
      member_id: kind === 'member' ? f.id : null,
      prospect_id: kind === 'prospect' ? f.id : null,
    });
    const outcome = (f: { id: string }, kind: 'member' | 'prospect', y: number, headcount: number) =>
      db
        .insertInto('firm_year_outcome')
        .values({
          mutual_id: mutual.id,
          ...firm(f, kind),
          year: y,
          headcount,
          separations: 2,
          payroll_cents: 90_000_000,
          hours_worked: 40_000,
          productivity_measure: 'value_added_per_hour',
          productivity_value: '55.5',
          absenteeism_days: '12.5',
          work_accidents: 0,
          source: 'import',
          submitted_by_name: 'Import',
          submitted_at: '2026-02-01T10:00:00Z',
        })
        .execute();
    await outcome(acier, 'member', 2025, 31);
    await outcome(erable, 'prospect', 2025, 9);
    await outcome(bois, 'member', 2024, 18); // another year
    const consent = (f: { id: string }, kind: 'member' | 'prospect', granted: boolean, at: string) =>
      db
        .insertInto('firm_research_consent')
        .values({
          mutual_id: mutual.id,
          ...firm(f, kind),
          granted,
          statement_version: '2025-01',
          given_by_name: 'Paul Côté',
          via: 'paper',
          at,
        })
        .execute();
    await consent(acier, 'member', true, '2025-03-01T12:00:00Z');
    await consent(acier, 'member', false, '2025-09-01T12:00:00Z'); // withdrawn since
    await consent(bois, 'member', true, '2025-04-01T12:00:00Z');
    await consent(erable, 'prospect', true, '2025-05-01T12:00:00Z');
    let token = 0;
    const request = (
      f: { id: string },
      kind: 'member' | 'prospect',
      y: number,
      sentAt: string,
      answeredAt: string | null,
    ) =>
      db
        .insertInto('outcome_request')
        .values({
          mutual_id: mutual.id,
          ...firm(f, kind),
          year: y,
          to_address: `rh-${sentAt.slice(0, 10)}@example.test`,
          token_hash: `hash-${mutual.id}-${token++}`,
          sent_at: sentAt,
          closes_on: '2026-12-31',
          answered_at: answeredAt,
        })
        .execute();
    await request(bois, 'member', 2025, '2026-01-10T14:00:00Z', null);
    await request(bois, 'member', 2025, '2026-03-10T14:00:00Z', '2026-03-12T09:30:00Z'); // the latest
    await request(erable, 'prospect', 2025, '2026-02-10T14:00:00Z', null);
    await request(dalle, 'member', 2024, '2025-02-10T14:00:00Z', null); // another year

    const { client } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const read = async (query: string) => {
      const res = await client.get(`/api/outcomes/firms?year=2025&${query}`);
      assert.equal(res.status, 200, await res.clone().text());
      return res.json() as Promise<{
        total: number;
        items: {
          firmKind: string;
          firmId: string;
          firmName: string;
          status: string;
          consentGranted: boolean;
          outcome: { headcount: number; year: number; firmName: string; absenteeismDays: number } | null;
          request: { sentAt: string; answeredAt: string | null; toAddress: string } | null;
        }[];
      }>;
    };
    const pages = [];
    for (const page of [1, 2, 3]) pages.push(await read(`pageSize=2&page=${page}`));
    assert.deepEqual(
      pages.map((p) => p.total),
      [4, 4, 4],
    );
    assert.equal(pages[2].items.length, 0);
    const seen = pages.flatMap((p) =>
      p.items.map((f) => [
        f.firmKind,
        f.firmId,
        f.firmName,
        f.status,
        f.consentGranted,
        f.outcome && [f.outcome.year, f.outcome.headcount, f.outcome.firmName, f.outcome.absenteeismDays],
        f.request,
      ]),
    );
    assert.deepEqual(seen, [
      ['member', acier.id, 'Acier Abitibi', 'active', false, [2025, 31, 'Acier Abitibi', 12.5], null],
      [
        'member',
        bois.id,
        'Bois Beauce',
        'lapsed',
        true,
        null,
        {
          sentAt: '2026-03-10T14:00:00.000Z',
          answeredAt: '2026-03-12T09:30:00.000Z',
          toAddress: 'rh-2026-03-10@example.test',
        },
      ],
      ['member', dalle.id, 'Dalle Drummond', 'withdrawn', false, null, null],
      [
        'prospect',
        erable.id,
        'Érable Estrie',
        'interested',
        true,
        [2025, 9, 'Érable Estrie', 12.5],
        { sentAt: '2026-02-10T14:00:00.000Z', answeredAt: null, toAddress: 'rh-2026-02-10@example.test' },
      ],
    ]);
    const reported = await read('reported=yes');
    const notReported = await read('reported=no&pageSize=1&page=2');
    assert.deepEqual(
      [
        reported.total,
        reported.items.map((f) => f.firmName),
        notReported.total,
        notReported.items.map((f) => f.firmName),
      ],
      [2, ['Acier Abitibi', 'Érable Estrie'], 2, ['Dalle Drummond']],
    );
  });
});
