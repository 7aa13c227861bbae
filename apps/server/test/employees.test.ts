import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { accessLogWriterOf, auditRepository } from '../src/audit/audit-repository.ts';
import {
  type Client,
  createTestContext,
  loginAs,
  newEmployee,
  newMember,
  newMutual,
  type TestContext,
} from './harness.ts';

const validEmployee = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Éloïse',
  lastName: 'Gagnon',
  email: 'Eloise.Gagnon@Example.test',
  jobTitle: 'Soudeuse',
  nocCode: '72106',
  educationLevel: 'vocational',
  hireDate: '2022-05-02',
  hourlyWageCents: 2800,
  ...overrides,
});

describe('employees API', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let contact: Client;
  let memberA: { id: string; mutual_id: string };
  let memberB: { id: string; mutual_id: string };

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    memberA = await newMember(ctx, mutual.id, { legal_name: 'Firme A' });
    memberB = await newMember(ctx, mutual.id, { legal_name: 'Firme B' });
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    contact = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberA.id })).client;
  });
  after(() => ctx.close());

  it('a member contact adds an employee to its firm: TEER derived, e-mail lower-cased, starting wage kept', async () => {
    const res = await contact.post(`/api/members/${memberA.id}/employees`, validEmployee());
    assert.equal(res.status, 201);
    const e = await res.json();
    assert.equal(e.teer, 2);
    assert.equal(e.email, 'eloise.gagnon@example.test');
    assert.equal(e.currentHourlyWageCents, 2800);
    assert.equal(e.memberName, 'Firme A');
  });

  for (const [field, value] of [
    ['firstName', ''],
    ['email', 'not-an-email'],
    ['nocCode', '9410'],
    ['nocCode', '96100'],
    ['educationLevel', 'phd'],
    ['hireDate', '02/05/2022'],
    ['birthYear', 2020],
    ['language', 'de'],
  ] as const) {
    it(`answers 400 naming ${field} when it is ${JSON.stringify(value)}`, async () => {
      const res = await coordinator.post(`/api/members/${memberA.id}/employees`, validEmployee({ [field]: value }));
      assert.equal(res.status, 400);
      assert.ok((await res.json()).errors.some((e: { field: string }) => e.field === field));
    });
  }

  it("a member contact cannot see, change or add another member's employees", async () => {
    const other = await newEmployee(ctx, memberB);
    assert.equal((await contact.get(`/api/members/${memberB.id}/employees`)).status, 404);
    assert.equal((await contact.get(`/api/employees/${other.id}`)).status, 404);
    assert.equal((await contact.patch(`/api/employees/${other.id}`, { jobTitle: 'x' })).status, 404);
    assert.equal((await contact.get(`/api/employees/${other.id}/wages`)).status, 404);
    assert.equal((await contact.post(`/api/members/${memberB.id}/employees`, validEmployee())).status, 404);
    assert.equal((await contact.get('/api/employees')).status, 403);
    const own = await (await contact.get(`/api/members/${memberA.id}/employees?pageSize=200`)).json();
    assert.ok(own.items.every((e: { memberId: string }) => e.memberId === memberA.id));
  });

  it('lists with search (case and accents ignored), filters, sort and paging, and logs who read which employees', async () => {
    await newEmployee(ctx, memberA, { first_name: 'Zoé', last_name: 'Bélanger' });
    await newEmployee(ctx, memberA, { first_name: 'Albert', last_name: 'Zucker' });
    const res = await coordinator.get(`/api/members/${memberA.id}/employees?search=ELOISE%20gagnon`);
    const body = await res.json();
    assert.deepEqual(
      body.items.map((e: { lastName: string }) => e.lastName),
      ['Gagnon'],
    );
    const sorted = await (
      await coordinator.get(`/api/members/${memberA.id}/employees?sort=name&order=desc&pageSize=1`)
    ).json();
    assert.equal(sorted.items[0].lastName, 'Zucker');
    assert.ok(sorted.total >= 3);
    const pastTheEnd = await (
      await coordinator.get(`/api/members/${memberA.id}/employees?sort=name&order=desc&pageSize=1&page=1000`)
    ).json();
    assert.deepEqual(
      [pastTheEnd.items, pastTheEnd.total],
      [[], sorted.total],
      'a page past the end still counts the matches',
    );
    const teer2 = await (await coordinator.get('/api/employees?teer=2')).json();
    assert.deepEqual(
      teer2.items.map((e: { lastName: string }) => e.lastName),
      ['Gagnon'],
    );
    const logged = await ctx.deps.db
      .selectFrom('access_log')
      .selectAll()
      .where('purpose', '=', 'employee.list.member')
      .execute();
    assert.ok(logged.some((l) => l.entity_ids.includes(body.items[0].id)));
    assert.equal((await coordinator.get('/api/employees?pageSize=500')).status, 400);
  });

  it('given many reads of employees at once (pages and records), then each is answered only with its access-log row committed, listing what it showed in order, and on the database writer the rows of reads that came together share statements', async () => {
    const mutual = await newMutual(ctx);
    const firm = await newMember(ctx, mutual.id);
    const people: { id: string }[] = [];
    for (const last of ['Lavoie', 'Bouchard', 'Côté', 'Roy', 'Gagnon', 'Morin'])
      people.push(await newEmployee(ctx, firm, { last_name: last }));
    const { client, user } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    const writer = accessLogWriterOf(ctx.deps.db);
    const statementsBefore = writer.statements;
    const pageReads = 12;
    const recordReads = 12;
    const loggedAlready = async (ids: string[]) => {
      const logged = await ctx.deps.db
        .selectFrom('access_log')
        .select('entity_ids')
        .where('actor_user_id', '=', user.id)
        .execute();
      return logged.some((l) => JSON.stringify(l.entity_ids) === JSON.stringify(ids));
    };
    const shown = await Promise.all([
      ...Array.from({ length: pageReads }, async (_, i) => {
        const res = await client.get(`/api/employees?pageSize=2&page=${1 + (i % 3)}`);
        assert.equal(res.status, 200);
        const ids = ((await res.json()) as { items: { id: string }[] }).items.map((e) => e.id);
        assert.ok(await loggedAlready(ids), 'a page is answered after its row, which lists the page in order');
        return { purpose: 'employee.list.mutual', ids };
      }),
      ...Array.from({ length: recordReads }, async (_, i) => {
        const res = await client.get(`/api/employees/${people[i % people.length].id}`);
        assert.equal(res.status, 200);
        const ids = [((await res.json()) as { id: string }).id];
        assert.ok(await loggedAlready(ids), 'a record is answered after its row');
        return { purpose: 'employee.read', ids };
      }),
    ]);
    const rows = await ctx.deps.db
      .selectFrom('access_log')
      .select(['entity_ids', 'purpose', 'mutual_id', 'entity_type'])
      .where('actor_user_id', '=', user.id)
      .execute();
    assert.equal(rows.length, pageReads + recordReads, 'one row per read');
    assert.deepEqual(
      rows.map((r) => JSON.stringify([r.purpose, r.entity_ids])).sort(),
      shown.map((s) => JSON.stringify([s.purpose, s.ids])).sort(),
    );
    assert.ok(rows.every((r) => r.mutual_id === mutual.id && r.entity_type === 'employee'));
    // pages log through the writer on PostgreSQL; on the embedded database with their own statement
    const throughWriter = recordReads + (ctx.handle.kind === 'pglite' ? 0 : pageReads);
    const statements = writer.statements - statementsBefore;
    assert.ok(statements >= 1 && statements < throughWriter, `${throughWriter} rows in ${statements} statements`);
  });

  it('given a read logged in a transaction that is rolled back, then its access-log row goes with it (the rows of a transaction are written in it)', async () => {
    const mutual = await newMutual(ctx);
    const { user } = await loginAs(ctx, 'coordinator', { mutualId: mutual.id });
    await assert.rejects(
      ctx.deps.db.transaction().execute(async (trx) => {
        await auditRepository(trx).recordAccess({
          mutualId: mutual.id,
          actorUserId: user.id,
          entityType: 'employee',
          entityIds: ['in-a-transaction'],
          purpose: 'test',
        });
        throw new Error('rolled back');
      }),
      /rolled back/,
    );
    const rows = await ctx.deps.db.selectFrom('access_log').select('id').where('actor_user_id', '=', user.id).execute();
    assert.equal(rows.length, 0);
  });

  it('given any sort and order, then pages of the list and of a search the trigram index serves put together are the whole list in that order, with their counts', async () => {
    const mutual = await newMutual(ctx);
    const firms = [
      await newMember(ctx, mutual.id, { legal_name: 'Usinage Nord' }),
      await newMember(ctx, mutual.id, { legal_name: 'Alimentation Sud' }),
    ];
    const own = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    const titles = ['Soudeuse', 'Opérateur', 'Assembleur'];
    const nocs = ['72106', '94100', '95100'];
    for (let i = 0; i < 11; i++) {
      const res = await own.post(
        `/api/members/${firms[i % 2].id}/employees`,
        validEmployee({
          firstName: `Prénom${(i * 7) % 5}`,
          lastName: i % 4 === 3 ? `Roy-${i}` : `Paquette${i % 3 === 0 ? '' : `-${i % 3}`}`,
          email: `personne-${i}@example.test`,
          jobTitle: titles[i % 3],
          nocCode: nocs[i % 3],
          hireDate: `202${i % 4}-0${1 + (i % 5)}-1${i % 3}`,
        }),
      );
      assert.equal(res.status, 201);
    }
    type Page = { total: number; items: { id: string }[] };
    const matching = new Set(
      ((await (await own.get('/api/employees?search=paquette&pageSize=200')).json()) as Page).items.map((e) => e.id),
    );
    assert.equal(matching.size, 9);
    for (const sort of ['name', 'hireDate', 'jobTitle', 'teer', 'member'])
      for (const order of ['asc', 'desc']) {
        const all = (await (await own.get(`/api/employees?sort=${sort}&order=${order}&pageSize=200`)).json()) as Page;
        const expected = all.items.map((e) => e.id).filter((id) => matching.has(id));
        const seen: string[] = [];
        for (let page = 1; page <= 4; page++) {
          const body = (await (
            await own.get(`/api/employees?search=paquette&sort=${sort}&order=${order}&pageSize=3&page=${page}`)
          ).json()) as Page;
          assert.equal(body.total, 9, `${sort} ${order} page ${page}: the total`);
          seen.push(...body.items.map((e) => e.id));
        }
        assert.deepEqual(seen, expected, `${sort} ${order}`);
        const unsearched: string[] = [];
        for (let page = 1; page <= 4; page++) {
          const body = (await (
            await own.get(`/api/employees?sort=${sort}&order=${order}&pageSize=3&page=${page}`)
          ).json()) as Page;
          assert.equal(body.total, 11, `${sort} ${order} page ${page} unsearched: the total`);
          unsearched.push(...body.items.map((e) => e.id));
        }
        assert.deepEqual(
          unsearched,
          all.items.map((e) => e.id),
          `${sort} ${order} unsearched`,
        );
      }
    type Row = { id: string; hireDate: string; lastName: string };
    const byHire = ((await (await own.get('/api/employees?sort=hireDate&pageSize=200')).json()) as { items: Row[] })
      .items;
    const inOrder = [...byHire].sort(
      (a, b) =>
        a.hireDate.localeCompare(b.hireDate) ||
        (a.lastName < b.lastName ? -1 : a.lastName > b.lastName ? 1 : 0) ||
        (a.id < b.id ? -1 : 1),
    );
    assert.deepEqual(
      byHire.map((e) => e.id),
      inOrder.map((e) => e.id),
      'by hire date, then name, then id',
    );
  });

  it('logs every page it answers: one access-log row with the reader, the mutual, the purpose and the ids in page order; an empty page logs nothing', async () => {
    const reader = await loginAs(ctx, 'coordinator', { mutualId: memberA.mutual_id });
    for (let i = 0; i < 3; i++) await newEmployee(ctx, memberB, { last_name: `Ordre-${i}` });
    const logs = () =>
      ctx.deps.db
        .selectFrom('access_log')
        .selectAll()
        .where('actor_user_id', '=', reader.user.id)
        .orderBy('id')
        .execute();
    const page = await (await reader.client.get('/api/employees?sort=name&order=desc&pageSize=3&page=2')).json();
    assert.equal(page.items.length, 3);
    const member = await (await reader.client.get(`/api/members/${memberB.id}/employees?search=ordre`)).json();
    assert.equal((await reader.client.get('/api/employees?search=nobody-is-called-this')).status, 200);
    const ids = (list: { items: { id: string }[] }) => list.items.map((e) => e.id);
    assert.deepEqual(
      (await logs()).map((r) => [r.mutual_id, r.entity_type, r.purpose, r.entity_ids]),
      [
        [memberA.mutual_id, 'employee', 'employee.list.mutual', ids(page)],
        [memberA.mutual_id, 'employee', 'employee.list.member', ids(member)],
      ],
    );
  });

  it('ends an employee (POST …/end), refuses ending twice, and undoes it with PATCH endDate null', async () => {
    const e = await newEmployee(ctx, memberA);
    let res = await contact.post(`/api/employees/${e.id}/end`, { endDate: '2019-01-01', endReason: 'resignation' });
    assert.equal(res.status, 400, 'before the hire date');
    assert.equal((await res.json()).errors[0].field, 'endDate');
    res = await contact.post(`/api/employees/${e.id}/end`, { endDate: '2026-10-31', endReason: 'retirement' });
    assert.equal(res.status, 200);
    assert.equal((await res.json()).endReason, 'retirement');
    assert.equal(
      (await contact.post(`/api/employees/${e.id}/end`, { endDate: '2026-10-31', endReason: 'retirement' })).status,
      409,
    );
    const current = await (
      await contact.get(`/api/members/${memberA.id}/employees?status=current&pageSize=200`)
    ).json();
    assert.ok(!current.items.some((x: { id: string }) => x.id === e.id));
    res = await contact.patch(`/api/employees/${e.id}`, { endDate: null });
    assert.equal(res.status, 200);
    assert.equal((await res.json()).endReason, null);
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', e.id)
      .orderBy('id')
      .execute();
    assert.deepEqual(audit[0].change.endReason, { from: null, to: 'retirement' });
  });

  it('keeps a wage history: adds, replaces on the same date, lists newest first, and logs the read', async () => {
    const e = await newEmployee(ctx, memberA);
    assert.equal(
      (await contact.post(`/api/employees/${e.id}/wages`, { effectiveOn: '2023-01-01', hourlyWageCents: 2500 })).status,
      201,
    );
    assert.equal(
      (await contact.post(`/api/employees/${e.id}/wages`, { effectiveOn: '2024-01-01', hourlyWageCents: 2600 })).status,
      201,
    );
    assert.equal(
      (await contact.post(`/api/employees/${e.id}/wages`, { effectiveOn: '2024-01-01', hourlyWageCents: 2650 })).status,
      201,
    );
    assert.equal(
      (await contact.post(`/api/employees/${e.id}/wages`, { effectiveOn: '2024-01-01', hourlyWageCents: 0 })).status,
      400,
    );
    const wages = await (await contact.get(`/api/employees/${e.id}/wages`)).json();
    assert.deepEqual(
      wages.items.map((w: { effectiveOn: string; hourlyWageCents: number }) => [w.effectiveOn, w.hourlyWageCents]),
      [
        ['2024-01-01', 2650],
        ['2023-01-01', 2500],
      ],
    );
    assert.equal((await (await contact.get(`/api/employees/${e.id}`)).json()).currentHourlyWageCents, 2650);
    const logged = await ctx.deps.db.selectFrom('access_log').selectAll().where('entity_type', '=', 'wage').execute();
    assert.ok(logged.some((l) => l.entity_ids.includes(e.id)));
  });

  it("pages an employee's wages: newest first, the total, 500 a page unless asked", async () => {
    const e = await newEmployee(ctx, memberA);
    for (const [effectiveOn, hourlyWageCents] of [
      ['2023-01-01', 2500],
      ['2024-01-01', 2600],
      ['2025-01-01', 2700],
    ] as const) {
      assert.equal((await contact.post(`/api/employees/${e.id}/wages`, { effectiveOn, hourlyWageCents })).status, 201);
    }
    const all = await (await contact.get(`/api/employees/${e.id}/wages`)).json();
    assert.deepEqual(
      [all.items.map((w: { effectiveOn: string }) => w.effectiveOn), all.total, all.page, all.pageSize],
      [['2025-01-01', '2024-01-01', '2023-01-01'], 3, 1, 500],
    );
    const second = await (await contact.get(`/api/employees/${e.id}/wages?pageSize=1&page=2`)).json();
    assert.deepEqual(
      [second.items.map((w: { effectiveOn: string }) => w.effectiveOn), second.total],
      [['2024-01-01'], 3],
    );
  });

  it('answers employee files as downloads that are not kept (cache-control no-store) under their French or English name', async () => {
    for (const [url, name] of [
      [`/api/members/${memberA.id}/employees/export?format=xlsx&lang=en`, 'employees.xlsx'],
      ['/api/employees/export?lang=fr', 'employes.csv'],
      ['/api/employees/import-template?format=csv&lang=fr', 'modele-employes.csv'],
    ] as const) {
      const res = await coordinator.get(url);
      assert.equal(res.status, 200, url);
      assert.equal(res.headers.get('cache-control'), 'no-store', url);
      assert.match(
        res.headers.get('content-disposition') ?? '',
        new RegExp(`^attachment; filename="${name.replace('.', '\\.')}"`),
        url,
      );
    }
  });

  it('exports employees as CSV with the import column names', async () => {
    const res = await contact.get(`/api/members/${memberA.id}/employees/export?format=csv&lang=fr`);
    assert.equal(res.status, 200);
    const text = (await res.text()).replace(/^\uFEFF/, '');
    assert.match(text.split('\r\n')[0], /^Prénom,Nom,Courriel,Titre du poste,Code CNP,Scolarité/);
    assert.match(text, /Éloïse,Gagnon,eloise.gagnon@example.test,Soudeuse,72106,vocational/);
    assert.ok(!text.includes('Firme B'));
  });

  it('gives unfiltered lists the kept count as total (migration 0095), exact after inserts, ends, moves and deletes by any statement', async () => {
    const mutual = await newMutual(ctx);
    const firmC = await newMember(ctx, mutual.id, { legal_name: 'Firme C' });
    const firmD = await newMember(ctx, mutual.id, { legal_name: 'Firme D' });
    const coord = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await newEmployee(ctx, firmC)).id);
    await newEmployee(ctx, firmD);
    const { db } = ctx.deps;
    // one statement of many rows, an end date, a move to another firm, a delete, an undone end
    await db
      .insertInto('employee')
      .expression((eb) =>
        eb
          .selectFrom(sql<{ n: number }>`generate_series(1, 7)`.as('g'))
          .select([
            sql.lit(mutual.id).as('mutual_id'),
            sql.lit(firmD.id).as('member_id'),
            sql.lit('Lot').as('first_name'),
            sql<string>`'Lot-' || g`.as('last_name'),
            sql.lit('Soudeur').as('job_title'),
            sql.lit('72106').as('noc_code'),
            sql.lit(2).as('teer'),
            sql.lit('vocational').as('education_level'),
            sql.lit('2021-01-04').as('hire_date'),
          ]),
      )
      .columns([
        'mutual_id',
        'member_id',
        'first_name',
        'last_name',
        'job_title',
        'noc_code',
        'teer',
        'education_level',
        'hire_date',
      ])
      .execute();
    await db.updateTable('employee').set({ end_date: '2026-01-30' }).where('id', 'in', ids.slice(0, 2)).execute();
    await db.updateTable('employee').set({ member_id: firmD.id }).where('id', '=', ids[2]).execute();
    await db.deleteFrom('employee').where('id', '=', ids[3]).execute();
    await db.updateTable('employee').set({ end_date: null }).where('id', '=', ids[1]).execute();
    const real = async (memberId: string | null, status: 'current' | 'ended' | 'all') => {
      let q = db.selectFrom('employee').where('mutual_id', '=', mutual.id);
      if (memberId) q = q.where('member_id', '=', memberId);
      if (status === 'current') q = q.where('end_date', 'is', null);
      if (status === 'ended') q = q.where('end_date', 'is not', null);
      return Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    };
    const cases: [string | null, 'current' | 'ended' | 'all'][] = [];
    for (const m of [null, firmC.id, firmD.id])
      for (const st of ['current', 'ended', 'all'] as const) cases.push([m, st]);
    for (const [memberId, status] of cases) {
      const path = memberId ? `/api/members/${memberId}/employees` : '/api/employees';
      const body = await (await coord.get(`${path}?status=${status}&pageSize=1`)).json();
      assert.equal(body.total, await real(memberId, status), `${path} ${status}`);
    }
    assert.deepEqual(
      [await real(firmC.id, 'current'), await real(firmC.id, 'ended'), await real(firmD.id, 'all')],
      [2, 1, 9],
      'the changes above happened',
    );
    // the kept table itself, every firm of every mutual, against a count of the rows
    const kept = await db
      .selectFrom('employee_count')
      .select(['member_id', 'current_count', 'ended_count'])
      .where((eb) => eb.or([eb('current_count', '<>', 0), eb('ended_count', '<>', 0)]))
      .orderBy('member_id')
      .execute();
    const counted = await db
      .selectFrom('employee')
      .select([
        'member_id',
        sql<number>`count(*) filter (where end_date is null)::int`.as('current_count'),
        sql<number>`count(*) filter (where end_date is not null)::int`.as('ended_count'),
      ])
      .groupBy('member_id')
      .orderBy('member_id')
      .execute();
    assert.deepEqual(kept, counted);
  });
});
