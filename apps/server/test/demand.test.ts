import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { aggregateDemand } from '@mutualis/domain/demand/index';
import { parsePoolingProblem } from '@mutualis/domain/pooling/problem';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { createTestContext, loginAs, newMember, newMutual, newProvider, type TestContext } from './harness.ts';
import { courseBody, needBody, newTopic } from './needs-fixtures.ts';

type DemandCellLike = { topicId: string; regionCode: string; period: string; language: string };

describe('demand API', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  async function world() {
    const mutual = await newMutual(ctx); // min_firms_per_session defaults to 2
    const forklift = await newTopic(ctx, mutual.id);
    const welding = await newTopic(ctx, mutual.id);
    const provider = await newProvider(ctx, mutual.id);
    const members = [await newMember(ctx, mutual.id), await newMember(ctx, mutual.id), await newMember(ctx, mutual.id)];
    const coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    await coordinator.post(
      '/api/courses',
      courseBody(provider.id, forklift.id, { regions: ['06'], periods: ['2027-02'], minSeats: 6 }),
    );
    const add = (memberId: string, topicId: string, over: Record<string, unknown> = {}) =>
      coordinator.post('/api/needs', { memberId, ...needBody(topicId, over) });
    // Forklift 06/2027-02: 3 + 4 seats from two firms → ready. Forklift 14: region not served.
    await add(members[0].id, forklift.id, { seats: 3, regionCode: '06', periods: ['2027-02', '2027-03'] });
    await add(members[1].id, forklift.id, { seats: 4, regionCode: '06' });
    await add(members[2].id, forklift.id, { seats: 5, regionCode: '14' });
    await add(members[2].id, welding.id, { seats: 2, regionCode: '06' });
    return { mutual, forklift, welding, members, coordinator };
  }

  it('given needs of three firms, then cells count seats and firms and say which are ready and why others are not', async () => {
    const w = await world();
    const board = await (await w.coordinator.get('/api/demand')).json();
    const cell = (topicId: string, region: string, period: string) =>
      board.cells.find(
        (c: { topicId: string; regionCode: string; period: string }) =>
          c.topicId === topicId && c.regionCode === region && c.period === period,
      );
    assert.deepEqual(
      [
        cell(w.forklift.id, '06', '2027-02').seats,
        cell(w.forklift.id, '06', '2027-02').members,
        cell(w.forklift.id, '06', '2027-02').status,
      ],
      [7, 2, 'ready'],
    );
    assert.equal(cell(w.forklift.id, '06', '2027-03').status, 'no_period');
    assert.equal(cell(w.forklift.id, '14', '2027-02').status, 'region_not_served');
    assert.equal(cell(w.welding.id, '06', '2027-02').status, 'no_course_on_topic');
    assert.deepEqual(board.totals, { openNeeds: 4, seats: 14, members: 3, readyCells: 1 });
    const ready = await (await w.coordinator.get('/api/demand?status=ready')).json();
    assert.equal(ready.cells.length, 1);
  });

  it('given the same needs, then the SQL aggregation equals the domain reference', async () => {
    const w = await world();
    const board = await (await w.coordinator.get('/api/demand')).json();
    const needs = (await (await w.coordinator.get('/api/needs')).json()).items;
    const { cells } = aggregateDemand(needs);
    const key = (c: { topicId: string; regionCode: string; period: string; language: string }) =>
      `${c.topicId}|${c.regionCode}|${c.period}|${c.language}`;
    const pick = (c: Record<string, unknown>) => [c.seats, c.members, c.needs, c.inPersonSeats, c.virtualSeats];
    const ref = new Map(cells.map((c) => [key(c), pick(c as unknown as Record<string, unknown>)]));
    assert.equal(board.cells.length, ref.size);
    for (const c of board.cells) assert.deepEqual(pick(c), ref.get(key(c)));
    // A region filter takes the other SQL form (the cells of one region, the pools of all).
    const region = await (await w.coordinator.get('/api/demand?regionCode=06')).json();
    assert.equal(region.cells.length, cells.filter((c) => c.regionCode === '06').length);
    for (const c of region.cells)
      assert.deepEqual(
        [...pick(c), c.status],
        [...(ref.get(key(c)) ?? []), board.cells.find((b: DemandCellLike) => key(b) === key(c))?.status],
      );
  });

  it('given a page size, then the board sends that page of cells, ready first then most seats, with the total and the heat map of all cells', async () => {
    const w = await world();
    const first = await (await w.coordinator.get('/api/demand?pageSize=2')).json();
    assert.deepEqual([first.total, first.page, first.pageSize], [4, 1, 2]);
    assert.deepEqual(
      first.cells.map((c: { seats: number; status: string }) => [c.seats, c.status]),
      [
        [7, 'ready'],
        [5, 'region_not_served'],
      ],
    );
    const onlyReady = await (await w.coordinator.get('/api/demand?pageSize=1')).json();
    assert.deepEqual(
      onlyReady.cells.map((c: { seats: number }) => c.seats),
      [7],
    );
    const second = await (await w.coordinator.get('/api/demand?pageSize=2&page=2')).json();
    assert.deepEqual(
      second.cells.map((c: { seats: number }) => c.seats),
      [3, 2],
    );
    const heat = (rows: Array<{ topicId: string; key: string; seats: number; ready: boolean }>) =>
      Object.fromEntries(
        rows.map((h) => [`${h.topicId === w.forklift.id ? 'forklift' : 'welding'}|${h.key}`, [h.seats, h.ready]]),
      );
    assert.deepEqual(heat(second.heat.byPeriod), {
      'forklift|2027-02': [12, true],
      'forklift|2027-03': [3, false],
      'welding|2027-02': [2, false],
    });
    assert.deepEqual(heat(second.heat.byRegion), {
      'forklift|06': [10, true],
      'forklift|14': [5, false],
      'welding|06': [2, false],
    });
    assert.deepEqual(second.totals, { openNeeds: 4, seats: 14, members: 3, readyCells: 1 });
    const tooBig = await w.coordinator.get('/api/demand?pageSize=501');
    assert.equal(tooBig.status, 400);
    assert.equal((await tooBig.json()).errors[0].field, 'query.pageSize');
  });

  it('given unmet needs, then each is listed with its reason and the summary counts them', async () => {
    const w = await world();
    const unmet = await (await w.coordinator.get('/api/demand/unmet')).json();
    const reasons = Object.fromEntries(
      unmet.summary.map((s: { reason: string; needs: number }) => [s.reason, s.needs]),
    );
    assert.deepEqual([reasons.region_not_served, reasons.no_course_on_topic, reasons.below_minimum], [1, 1, 0]);
    assert.equal(unmet.total, 2);
    assert.deepEqual(unmet.items.map((i: { reason: string }) => i.reason).sort(), [
      'no_course_on_topic',
      'region_not_served',
    ]);
    const filtered = await (await w.coordinator.get('/api/demand/unmet?reason=no_course_on_topic')).json();
    assert.equal(filtered.items.length, 1);
  });

  it('given the unmet needs read, when a course, a need, a topic filter or the mutual’s minimum changes, by the API or by hand, then the next read judges them again (kept per data version)', async () => {
    const w = await world();
    const unmetNow = async (query = '') => {
      const unmet = await (await w.coordinator.get(`/api/demand/unmet${query}`)).json();
      const named = (i: { topicId: string; regionCode: string; reason: string }) =>
        `${i.topicId === w.forklift.id ? 'forklift' : 'welding'} ${i.regionCode}: ${i.reason}`;
      return [unmet.total, unmet.items.map(named).sort()];
    };
    const before = [2, ['forklift 14: region_not_served', 'welding 06: no_course_on_topic']];
    assert.deepEqual(await unmetNow(), before);
    assert.deepEqual(await unmetNow(), before, 'read again, unchanged');
    // a course on welding for 2 seats (through the API): the welding need (2 seats) now has a course,
    // but it is one firm's and a session needs two (the mutual's minimum)
    const course = await w.coordinator.post(
      '/api/courses',
      courseBody((await newProvider(ctx, w.mutual.id)).id, w.welding.id, { periods: ['2027-02'], minSeats: 2 }),
    );
    assert.equal(course.status, 201, await course.text());
    assert.deepEqual(await unmetNow(), [2, ['forklift 14: region_not_served', 'welding 06: below_minimum']]);
    // the mutual's minimum of firms per session, changed by hand: one firm is enough
    await sql`update mutual set min_firms_per_session = 1 where id = ${w.mutual.id}`.execute(ctx.deps.db);
    assert.deepEqual(await unmetNow(), [1, ['forklift 14: region_not_served']]);
    // a need moved to a served region, by hand
    await sql`update need set region_code = '06' where mutual_id = ${w.mutual.id} and region_code = '14'`.execute(
      ctx.deps.db,
    );
    assert.deepEqual(await unmetNow(), [0, []]);
    // a new need through the API, in a region no course serves
    await w.coordinator.post('/api/needs', {
      memberId: w.members[0].id,
      ...needBody(w.welding.id, { regionCode: '09' }),
    });
    assert.deepEqual(await unmetNow(), [1, ['welding 09: region_not_served']]);
    // a filter is judged apart from the whole list, and kept apart
    assert.deepEqual(await unmetNow(`?topicId=${w.forklift.id}`), [0, []]);
    assert.deepEqual(await unmetNow(), [1, ['welding 09: region_not_served']]);
    // a filter on a topic takes its sub-topics, also one added after the filtered list was kept
    assert.deepEqual(await unmetNow(`?topicId=${w.welding.id}`), [1, ['welding 09: region_not_served']]);
    const subTopic = await newTopic(ctx, w.mutual.id);
    await sql`update topic set parent_id = ${w.welding.id} where id = ${subTopic.id}`.execute(ctx.deps.db);
    await sql`insert into need (mutual_id, member_id, topic_id, seats, region_code, languages, modes, periods, status)
      values (${w.mutual.id}, ${w.members[0].id}, ${subTopic.id}, 2, '09', '{fr}', '{in_person}', '{2027-02}', 'open')`.execute(
      ctx.deps.db,
    );
    const withSub = await (await w.coordinator.get(`/api/demand/unmet?topicId=${w.welding.id}`)).json();
    assert.deepEqual(
      withSub.items.map((i: { topicId: string }) => i.topicId).sort(),
      [w.welding.id, subTopic.id].sort(),
    );
    // an unknown topic is refused at every request, never kept
    for (let i = 0; i < 2; i++) {
      const unknown = await w.coordinator.get('/api/demand/unmet?topicId=00000000-0000-4000-8000-000000000000');
      assert.equal(unknown.status, 400);
      assert.equal((await unknown.json()).errors[0].field, 'query.topicId');
    }
  });

  it('given a page size of one, then the unmet needs come one page at a time with the total, page and page size, up to 1,000 a page', async () => {
    const w = await world();
    const first = await (await w.coordinator.get('/api/demand/unmet?pageSize=1')).json();
    const second = await (await w.coordinator.get('/api/demand/unmet?pageSize=1&page=2')).json();
    const third = await (await w.coordinator.get('/api/demand/unmet?pageSize=1&page=3')).json();
    assert.deepEqual([first.total, first.page, first.pageSize, second.page, third.total], [2, 1, 1, 2, 2]);
    assert.deepEqual([first.items.length, second.items.length, third.items.length], [1, 1, 0]);
    assert.deepEqual([first.items[0].reason, second.items[0].reason].sort(), [
      'no_course_on_topic',
      'region_not_served',
    ]);
    assert.deepEqual(third.summary, first.summary, 'the summary counts every page');
    assert.equal((await w.coordinator.get('/api/demand/unmet?pageSize=1000')).status, 200);
    const tooBig = await w.coordinator.get('/api/demand/unmet?pageSize=1001');
    assert.equal(tooBig.status, 400);
    assert.equal((await tooBig.json()).errors[0].field, 'query.pageSize');
  });

  it('given a member contact, then it sees anonymous counts of other firms only', async () => {
    const w = await world();
    const contact = (await loginAs(ctx, 'member_contact', { mutualId: w.mutual.id, memberId: w.members[0].id })).client;
    const res = await contact.get(`/api/demand/topics/${w.forklift.id}`);
    const text = await res.text();
    assert.deepEqual(JSON.parse(text), { topicId: w.forklift.id, otherMembers: 2, otherSeats: 9, ownSeats: 3 });
    assert.ok(!text.includes(w.members[1].id) && !text.includes(w.members[1].legal_name));
    assert.equal((await contact.get('/api/demand')).status, 403);
  });

  it('given the board, then the XLSX export has the cells and the unmet needs', async () => {
    const w = await world();
    const res = await w.coordinator.get('/api/demand/export');
    assert.equal(res.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    assert.deepEqual(
      wb.worksheets.map((s) => s.name),
      ['Demande', 'Besoins non comblés'],
    );
    assert.equal(wb.worksheets[0].rowCount, 1 + 4);
    assert.equal(wb.worksheets[1].rowCount, 1 + 2);
    // no code shown (issue #9, point 4): the region and language in words, the month a date shown as "février 2027"
    const row = wb.worksheets[0].getRow(2);
    assert.doesNotMatch(String(row.getCell(3).value), /^\d{2}$/);
    assert.ok(row.getCell(4).value instanceof Date);
    assert.equal(row.getCell(4).numFmt, '[$-C0C]mmmm yyyy');
    assert.match(String(row.getCell(5).value), /^(Français|Anglais)$/);
  });

  it('given chosen periods, then the pooling problem follows the spec and the engine reads it', async () => {
    const w = await world();
    const res = await w.coordinator.post('/api/demand/pooling-problem', {
      periods: ['2027-02'],
      policy: { timeLimitSeconds: 10 },
    });
    assert.equal(res.status, 200);
    const { problem, leftOutNeeds } = await res.json();
    assert.equal(problem.needs.length, 4);
    assert.equal(problem.offers[0].fixedCost, 1800);
    assert.equal(problem.policy.minMembersPerSession, 2);
    assert.deepEqual(leftOutNeeds, []);
    assert.equal(parsePoolingProblem(problem).needs.length, 4);
    const bad = await w.coordinator.post('/api/demand/pooling-problem', { periods: ['2027-2'] });
    assert.equal((await bad.json()).errors[0].field, 'periods.0');
  });
});
