import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { createTestContext, loginAs, newEmployee, newMember, newMutual, type TestContext, testNeq } from './harness.ts';
import { needBody, newTopic } from './needs-fixtures.ts';

describe('needs API', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  async function world() {
    const mutual = await newMutual(ctx);
    const topic = await newTopic(ctx, mutual.id, `forklift-${Math.random().toString(36).slice(2, 7)}`);
    const a1 = await newMember(ctx, mutual.id, { region_code: '14', neq: testNeq(Math.floor(Math.random() * 1e7)) });
    const a2 = await newMember(ctx, mutual.id);
    const coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    const contact = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: a1.id })).client;
    return { mutual, topic, a1, a2, coordinator, contact };
  }

  it("given a member contact, when it declares a need, then it is open, in its firm's region, and only it and the coordinator see it", async () => {
    const w = await world();
    const res = await w.contact.post('/api/needs', needBody(w.topic.id, { memberId: undefined }));
    assert.equal(res.status, 201);
    const need = await res.json();
    assert.deepEqual(
      [need.status, need.memberId, need.regionCode, need.memberMayChange],
      ['open', w.a1.id, '14', true],
    );
    const other = (await loginAs(ctx, 'member_contact', { mutualId: w.mutual.id, memberId: w.a2.id })).client;
    assert.equal((await other.get(`/api/needs/${need.id}`)).status, 404);
    assert.equal((await (await other.get('/api/needs')).json()).total, 0);
    assert.equal((await (await w.coordinator.get('/api/needs')).json()).total, 1);
  });

  it('given named employees, then they fix the seats; an employee of another firm is refused', async () => {
    const w = await world();
    const e1 = await newEmployee(ctx, w.a1);
    const e2 = await newEmployee(ctx, w.a1);
    const foreign = await newEmployee(ctx, w.a2);
    const need = await (
      await w.contact.post('/api/needs', needBody(w.topic.id, { seats: undefined, employeeIds: [e1.id, e2.id] }))
    ).json();
    assert.equal(need.seats, 2);
    const bad = await w.contact.post('/api/needs', needBody(w.topic.id, { employeeIds: [foreign.id] }));
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).errors[0].field, 'employeeIds');
    const mixed = await w.contact.patch(`/api/needs/${need.id}`, { seats: 5 });
    assert.equal(mixed.status, 400);
  });

  it('given a planned need, then the member contact can no longer edit or withdraw it, the coordinator moves it on', async () => {
    const w = await world();
    const need = await (await w.contact.post('/api/needs', needBody(w.topic.id))).json();
    assert.equal((await w.contact.patch(`/api/needs/${need.id}`, { seats: 4 })).status, 200);
    assert.equal(
      (await (await w.coordinator.post(`/api/needs/${need.id}/status`, { status: 'planned' })).json()).status,
      'planned',
    );
    assert.equal((await w.contact.patch(`/api/needs/${need.id}`, { seats: 5 })).status, 409);
    assert.equal((await w.contact.post(`/api/needs/${need.id}/withdraw`, {})).status, 409);
    assert.equal((await w.coordinator.post(`/api/needs/${need.id}/status`, { status: 'closed' })).status, 409);
    assert.equal(
      (await (await w.coordinator.post(`/api/needs/${need.id}/status`, { status: 'scheduled' })).json()).status,
      'scheduled',
    );
    const other = await (await w.contact.post('/api/needs', needBody(w.topic.id))).json();
    assert.equal(
      (await (await w.contact.post(`/api/needs/${other.id}/withdraw`, { reason: 'no longer needed' })).json()).status,
      'withdrawn',
    );
  });

  it('given three needs and a page size of two, then the pages hold them all once, newest first, with the total, page and page size', async () => {
    const w = await world();
    const ids: string[] = [];
    for (const seats of [2, 3, 4])
      ids.push(
        (await (await w.coordinator.post('/api/needs', needBody(w.topic.id, { memberId: w.a1.id, seats }))).json()).id,
      );
    const first = await (await w.coordinator.get('/api/needs?pageSize=2')).json();
    const second = await (await w.coordinator.get('/api/needs?pageSize=2&page=2')).json();
    assert.deepEqual(
      [first.total, first.page, first.pageSize, second.total, second.page, second.pageSize],
      [3, 1, 2, 3, 2, 2],
    );
    assert.deepEqual(
      [...first.items, ...second.items].map((n: { id: string }) => n.id),
      [...ids].reverse(),
    );
    const defaults = await (await w.contact.get('/api/needs')).json();
    assert.deepEqual([defaults.items.length, defaults.page, defaults.pageSize], [3, 1, 50]);
    assert.equal((await (await w.contact.get('/api/needs?pageSize=500')).json()).items.length, 3);
    for (const [query, field] of [
      ['pageSize=501', 'query.pageSize'],
      ['pageSize=0', 'query.pageSize'],
      ['page=0', 'query.page'],
      ['page=1000001', 'query.page'],
    ]) {
      const bad = await w.coordinator.get(`/api/needs?${query}`);
      assert.equal(bad.status, 400, query);
      assert.equal((await bad.json()).errors[0].field, field, query);
    }
  });

  it('given bad input or another firm, then 4xx naming the field', async () => {
    const w = await world();
    const bad = await w.contact.post(
      '/api/needs',
      needBody(w.topic.id, { languages: ['de'], periods: ['2027-1'], seats: 0 }),
    );
    assert.equal(bad.status, 400);
    const fields = (await bad.json()).errors.map((e: { field: string }) => e.field);
    for (const f of ['languages.0', 'periods.0', 'seats']) assert.ok(fields.includes(f), fields.join());
    assert.equal((await w.contact.post('/api/needs', needBody(w.topic.id, { memberId: w.a2.id }))).status, 403);
    const noMember = await w.coordinator.post('/api/needs', needBody(w.topic.id));
    assert.equal((await noMember.json()).errors[0].field, 'memberId');
  });

  it('given a CSV with one wrong row, then nothing is imported and every error names its row; a good file imports all', async () => {
    const w = await world();
    const header = 'member_neq,topic,seats,languages,modes,periods\r\n';
    const good = `${w.a1.neq},${w.topic.code},3,fr,in_person|virtual,2027-02|2027-03\r\n`;
    const badRow = `${w.a1.neq},${w.topic.code},zero,fr,in_person,2027-02\r\n`;
    const file = (text: string) => ({
      filename: 'needs.csv',
      contentBase64: Buffer.from(header + text).toString('base64'),
    });
    const failed = await w.coordinator.post('/api/needs/import', file(good + badRow));
    assert.equal(failed.status, 422);
    const problem = await failed.json();
    assert.deepEqual(
      problem.errors.map((e: { row: number; field: string }) => [e.row, e.field]),
      [[3, 'seats']],
    );
    assert.equal((await (await w.coordinator.get('/api/needs')).json()).total, 0);
    const ok = await w.coordinator.post('/api/needs/import', file(good + good));
    assert.equal(ok.status, 201);
    assert.equal((await ok.json()).imported, 2);
    const noColumns = await w.coordinator.post('/api/needs/import', {
      filename: 'x.csv',
      contentBase64: Buffer.from('a,b\r\n1,2\r\n').toString('base64'),
    });
    assert.equal(noColumns.status, 422);
    assert.ok((await noColumns.json()).errors.some((e: { field: string }) => e.field === 'topic'));
  });

  it('given an XLSX upload by a member contact, then its rows become its own needs', async () => {
    const w = await world();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Besoins');
    sheet.addRow(['Sujet', 'Places', 'Langues', 'Formule', 'Périodes']);
    sheet.addRow([w.topic.code, 4, 'fr', 'présentiel', '2027-02']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const form = new FormData();
    form.append('file', new File([bytes], 'besoins.xlsx'));
    const res = await w.contact.request('POST', '/api/needs/import', form);
    assert.equal(res.status, 201, await res.clone().text());
    const list = (await (await w.contact.get('/api/needs')).json()).items;
    assert.deepEqual(
      list.map((n: { seats: number; memberId: string; source: string }) => [n.seats, n.memberId, n.source]),
      [[4, w.a1.id, 'import']],
    );
  });
  it('given needs declared, imported, changed, moved on, withdrawn and deleted, then every total the coordinator reads is the count of the rows, and the pages hold them all once, newest first', async () => {
    const w = await world();
    const other = await newTopic(ctx, w.mutual.id, `welding-${Math.random().toString(36).slice(2, 7)}`);
    const elsewhere = await world(); // another mutual's needs never count here
    await elsewhere.coordinator.post('/api/needs', needBody(elsewhere.topic.id, { memberId: elsewhere.a1.id }));
    const declared: string[] = [];
    for (const [topicId, memberId] of [
      [w.topic.id, w.a1.id],
      [w.topic.id, w.a2.id],
      [other.id, w.a2.id],
      [other.id, w.a1.id],
    ])
      declared.push((await (await w.coordinator.post('/api/needs', needBody(topicId, { memberId }))).json()).id);
    const csv = `member_neq,topic,seats,languages,modes,periods\r\n${[w.topic.code, w.topic.code, other.code]
      .map((code) => `${w.a1.neq},${code},2,fr,in_person,2027-02\r\n`)
      .join('')}`;
    const imported = await w.coordinator.post('/api/needs/import', {
      filename: 'needs.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    assert.equal(imported.status, 201);
    assert.equal((await w.coordinator.patch(`/api/needs/${declared[0]}`, { topicId: other.id })).status, 200);
    assert.equal((await w.coordinator.patch(`/api/needs/${declared[2]}`, { seats: 7 })).status, 200);
    assert.equal((await w.coordinator.post(`/api/needs/${declared[1]}/status`, { status: 'planned' })).status, 200);
    assert.equal((await w.contact.post(`/api/needs/${declared[3]}/withdraw`, {})).status, 200);
    await ctx.deps.db.deleteFrom('need').where('id', '=', declared[2]).execute();

    const rows = await ctx.deps.db
      .selectFrom('need')
      .select(['id', 'topic_id', 'status', 'member_id'])
      .where('mutual_id', '=', w.mutual.id)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      [rows.length, rows.filter((r) => r.status === 'open').length, rows.filter((r) => r.topic_id === other.id).length],
      [6, 4, 3],
      'the changes above happened',
    );
    const filters: Record<string, string>[] = [];
    for (const status of [undefined, 'open', 'planned', 'withdrawn', 'closed'])
      for (const topicId of [undefined, w.topic.id, other.id])
        for (const memberId of [undefined, w.a1.id])
          filters.push(
            Object.fromEntries(
              Object.entries({ status, topicId, memberId }).filter((e): e is [string, string] => e[1] !== undefined),
            ),
          );
    for (const f of filters) {
      const expected = rows.filter(
        (r) =>
          (!f.status || r.status === f.status) &&
          (!f.topicId || r.topic_id === f.topicId) &&
          (!f.memberId || r.member_id === f.memberId),
      );
      const query = new URLSearchParams({ ...f, pageSize: '2' });
      const seen: string[] = [];
      for (let page = 1; page <= Math.max(1, Math.ceil(expected.length / 2)); page++) {
        const body = await (await w.coordinator.get(`/api/needs?${query}&page=${page}`)).json();
        assert.equal(body.total, expected.length, `total of ${query}`);
        seen.push(...body.items.map((n: { id: string }) => n.id));
      }
      assert.deepEqual(
        seen,
        expected.map((r) => r.id),
        `pages of ${query}`,
      );
    }
    // the member contact's own total is its firm's rows
    const own = await (await w.contact.get('/api/needs')).json();
    assert.equal(own.total, rows.filter((r) => r.member_id === w.a1.id).length);
    // the kept table itself, every mutual, against a count of the rows
    const kept = await ctx.deps.db
      .selectFrom('need_count')
      .select(['mutual_id', 'topic_id', 'status', 'needs'])
      .where('needs', '<>', 0)
      .orderBy('mutual_id')
      .orderBy('topic_id')
      .orderBy('status')
      .execute();
    const counted = await ctx.deps.db
      .selectFrom('need')
      .select(['mutual_id', 'topic_id', 'status', sql<number>`count(*)::int`.as('needs')])
      .groupBy(['mutual_id', 'topic_id', 'status'])
      .orderBy('mutual_id')
      .orderBy('topic_id')
      .orderBy('status')
      .execute();
    assert.deepEqual(kept, counted);
  });
});
