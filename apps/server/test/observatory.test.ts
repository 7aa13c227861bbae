import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import {
  type Client,
  createTestContext,
  loginAs,
  newEmployee,
  newMember,
  newMutual,
  type TestContext,
} from './harness.ts';

// The observatory and the emulation planner through the API: who sees which mutuals, small cells
// suppressed at the boundary, no personal field in a researcher's answers, the open data, scenarios.

/** The text drawn in an uncompressed pdfkit PDF (hex strings of TJ operators, WinAnsi). */
function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const m of pdf.toString('latin1').matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    lines.push(
      Buffer.from([...m[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join(''), 'hex').toString('latin1'),
    );
  }
  return lines.join('\n');
}

/** The files of a ZIP (deflated entries), by name. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes);
  const files = new Map<string, string>();
  let at = 0;
  while (buf.readUInt32LE(at) === 0x04034b50) {
    const size = buf.readUInt32LE(at + 18);
    const nameLength = buf.readUInt16LE(at + 26);
    const extra = buf.readUInt16LE(at + 28);
    const name = buf.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extra;
    files.set(name, inflateRawSync(buf.subarray(start, start + size)).toString('utf8'));
    at = start + size;
  }
  return files;
}

describe('observatory API', () => {
  let ctx: TestContext;
  let admin: Client;
  let funder: Client;
  let researcher: Client;
  let coordinatorA: Client;
  let coordinatorC: Client;
  const ids: Record<string, string> = {};
  const personal = [
    'Chantal Boivin',
    'chantal.boivin@example.test',
    'Hélène Partenaire',
    'helene@cegep.example',
    'Lucie Championne',
    'Tremblay-Secret',
  ];

  before(async () => {
    ctx = await createTestContext();
    const a = await newMutual(ctx, { name: 'Mutuelle régionale A', kind: 'regional' });
    const b = await newMutual(ctx, { name: 'Mutuelle sectorielle B', kind: 'sectoral' });
    const c = await newMutual(ctx, { name: 'Mutuelle régionale C', kind: 'regional' });
    Object.assign(ids, { a: a.id, b: b.id, c: c.id });
    admin = (await loginAs(ctx, 'platform_admin')).client;
    coordinatorA = (await loginAs(ctx, 'coordinator', { mutualId: a.id })).client;
    coordinatorC = (await loginAs(ctx, 'coordinator', { mutualId: c.id })).client;
    const coordinatorB = (await loginAs(ctx, 'coordinator', { mutualId: b.id })).client;
    const f = await (
      await admin.post('/api/funders', { name: 'Commission des partenaires', kind: 'government' })
    ).json();
    ids.funder = f.id;
    assert.equal((await admin.put(`/api/funders/${f.id}/mutuals`, { mutualIds: [a.id, b.id] })).status, 200);
    funder = (await loginAs(ctx, 'funder', { funderId: f.id })).client;
    researcher = (await loginAs(ctx, 'researcher')).client;
    // A and C consent to research; B does not
    await coordinatorA.put('/api/observatory/consent', { consented: true });
    await coordinatorC.put('/api/observatory/consent', { consented: true, note: 'Résolution du CA 2026-04' });
    await coordinatorB.put('/api/observatory/consent', { consented: false });
    // personal fields that must never reach a researcher
    const seat = (
      await (await coordinatorA.post('/api/board/seats', { kind: 'employer', label: 'Employeurs 1' })).json()
    ).seats[0];
    await coordinatorA.post('/api/board/members', {
      seatId: seat.id,
      name: 'Chantal Boivin',
      email: 'chantal.boivin@example.test',
      office: 'chair',
      termStart: '2020-01-01',
    });
    const partner = await (
      await coordinatorA.post('/api/partners', { name: 'Cégep de la région', kind: 'college', since: '2020-01-01' })
    ).json();
    await coordinatorA.post(`/api/partners/${partner.id}/contacts`, {
      name: 'Hélène Partenaire',
      email: 'helene@cegep.example',
    });
    await coordinatorA.post('/api/leaders', { name: 'Lucie Championne', role: 'champion', since: '2020-01-01' });
    const firm = await newMember(ctx, a.id);
    await newEmployee(ctx, firm, { last_name: 'Tremblay-Secret' });
    // reach at the suppression boundary: A 4 workers in 2 firms (suppressed), C 5 workers in 3 firms (shown)
    await coordinatorA.put('/api/activity-years', {
      year: 2025,
      firmsServed: 2,
      microSmallFirmsServed: 2,
      workersServed: 4,
      lowSkilledWorkersServed: 1,
    });
    await coordinatorC.put('/api/activity-years', {
      year: 2025,
      firmsServed: 3,
      microSmallFirmsServed: 2,
      workersServed: 5,
      lowSkilledWorkersServed: 2,
    });
  });
  after(() => ctx.close());

  it('given a funder, then it sees exactly the mutuals it funds; a researcher exactly the consenting ones; the platform all', async () => {
    const names = async (client: Client) =>
      ((await (await client.get('/api/observatory/mutuals')).json()).items as { id: string }[]).map((m) => m.id).sort();
    assert.deepEqual(await names(funder), [ids.a, ids.b].sort());
    assert.deepEqual(await names(researcher), [ids.a, ids.c].sort());
    assert.deepEqual(await names(admin), [ids.a, ids.b, ids.c].sort());
    assert.equal((await coordinatorA.get('/api/observatory')).status, 403);
    assert.equal((await funder.get(`/api/observatory/mutuals/${ids.c}/scorecard`)).status, 404);
    assert.equal((await researcher.get(`/api/observatory/mutuals/${ids.b}/scorecard`)).status, 404);
  });

  it('given the list of observed mutuals, then each reads as in the observatory (type, size class, members, recognition)', async () => {
    const list = (await (await admin.get('/api/observatory/mutuals')).json()).items as { id: string }[];
    const observatory = (await (await admin.get('/api/observatory')).json()) as { mutuals: { id: string }[] };
    assert.equal(list.length, 3);
    for (const m of list)
      assert.deepEqual(
        m,
        observatory.mutuals.find((o) => o.id === m.id),
      );
  });

  it('given a withdrawn consent, then the researcher no longer sees the mutual', async () => {
    await coordinatorC.put('/api/observatory/consent', { consented: false });
    const items = (await (await researcher.get('/api/observatory/mutuals')).json()).items as { id: string }[];
    assert.deepEqual(
      items.map((m) => m.id),
      [ids.a],
    );
    await coordinatorC.put('/api/observatory/consent', { consented: true });
  });

  it('given 4 workers in 2 firms and 5 workers in 3 firms, then the first cells are suppressed and the second shown', async () => {
    const obs = await (
      await admin.get('/api/observatory?from=2025&to=2025&indicators=workers_served,firms_served,low_skilled_share')
    ).json();
    const cell = (mutualId: string, indicator: string) =>
      obs.series.find(
        (s: { mutualId: string; indicator: string }) => s.mutualId === mutualId && s.indicator === indicator,
      ).values[0];
    assert.deepEqual(cell(ids.a, 'workers_served'), { year: 2025, value: null, status: 'suppressed' });
    assert.deepEqual(cell(ids.a, 'firms_served'), { year: 2025, value: null, status: 'suppressed' });
    assert.deepEqual(cell(ids.c, 'workers_served'), { year: 2025, value: 5, status: 'ok' });
    assert.deepEqual(cell(ids.c, 'firms_served'), { year: 2025, value: 3, status: 'ok' });
    assert.deepEqual(cell(ids.c, 'low_skilled_share'), { year: 2025, value: 0.4, status: 'ok' });
    // the regional group pools only what is shown: C's 5 workers
    const regional = obs.groups.find(
      (g: { by: string; group: string; indicator: string }) =>
        g.by === 'type' && g.group === 'regional' && g.indicator === 'workers_served',
    );
    assert.deepEqual(regional.values[0], { year: 2025, value: 5, status: 'ok', mutuals: 1 });
  });

  it('given a researcher, then no answer it can get carries a personal field', async () => {
    const year = 2026;
    const answers = [
      await (await researcher.get('/api/observatory/mutuals')).text(),
      await (await researcher.get('/api/observatory')).text(),
      await (await researcher.get(`/api/observatory/mutuals/${ids.a}/scorecard`)).text(),
      await (await researcher.get(`/api/observatory/mutuals/${ids.c}/scorecard?year=${year}`)).text(),
      ...unzip(new Uint8Array(await (await researcher.get('/api/observatory/open-data')).arrayBuffer())).values(),
    ];
    for (const text of answers) for (const field of personal) assert.ok(!text.includes(field), `${field} leaked`);
    // the researcher may not open the mutual's own pages either
    for (const path of ['/api/board', '/api/partners', '/api/leaders', '/api/recognition', '/api/employees'])
      assert.equal((await researcher.get(path)).status, 403, path);
  });

  it('given the open data, then it holds the indicators, the dictionary and the licence, with codes instead of names', async () => {
    const res = await funder.get('/api/observatory/open-data?lang=en&from=2025&to=2026');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/zip');
    const files = unzip(new Uint8Array(await res.arrayBuffer()));
    assert.deepEqual([...files.keys()], ['README.txt', 'indicators.csv', 'dictionary.csv', 'LICENCE.txt']);
    const csv = files.get('indicators.csv') as string;
    assert.match(csv, /^\uFEFFmutual_code,mutual_type,size_class,year,indicator,dimension,unit,value,status\r\n/);
    assert.ok(!csv.includes('Mutuelle') && !csv.includes(ids.a));
    assert.match(csv, /M[0-9A-F]{8},regional,small,2025,workers_served,reach,count,,suppressed/);
    assert.match(files.get('dictionary.csv') as string, /indicator,low_skilled_share,/);
    assert.match(files.get('LICENCE.txt') as string, /CC BY 4\.0/);
  });
});

describe('emulation planner API', () => {
  let ctx: TestContext;
  let funder: Client;
  let otherFunder: Client;

  before(async () => {
    ctx = await createTestContext();
    const admin = (await loginAs(ctx, 'platform_admin')).client;
    const f = await (await admin.post('/api/funders', { name: 'Services Québec Gaspésie', kind: 'government' })).json();
    const g = await (await admin.post('/api/funders', { name: 'Fondation X', kind: 'foundation' })).json();
    funder = (await loginAs(ctx, 'funder', { funderId: f.id })).client;
    otherFunder = (await loginAs(ctx, 'funder', { funderId: g.id })).client;
  });
  after(() => ctx.close());

  it('given public counts by employment size, then they are read into size classes and summed by sector', async () => {
    const csv =
      'NAICS,1-4,5-9,10-19,20-49,50-99,100-199,200-499,500+\r\n332 - Fabrication de produits métalliques,50,30,20,10,4,2,1,0\r\n311 Food,"1 200",10,8,0,0,0,0,0\r\nTotal,,,,,,,,\r\n';
    const res = await funder.post('/api/emulation/firm-counts', {
      filename: 'counts.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.deepEqual(body.firmCounts, [
      { scianCode: '311', sizeClass: 'micro', firms: 1210 },
      { scianCode: '311', sizeClass: 'small', firms: 8 },
      { scianCode: '332', sizeClass: 'micro', firms: 80 },
      { scianCode: '332', sizeClass: 'small', firms: 34 },
      { scianCode: '332', sizeClass: 'medium', firms: 3 },
    ]);
    assert.equal(body.ignoredRows, 1);
    const bad = await funder.post('/api/emulation/firm-counts', {
      filename: 'c.csv',
      contentBase64: Buffer.from('scian,size_class,firms\r\n332,huge,4\r\n').toString('base64'),
    });
    assert.equal(bad.status, 422);
    const refused = await bad.json();
    assert.equal(refused.detail, '1 cellule n’a pas pu être lue');
    assert.deepEqual(refused.errors, [
      { field: 'size_class', code: 'size_class_word', message: 'Doit être micro, petite, moyenne ou grande', row: 2 },
    ]);
  });

  it('given a scenario, when it runs, then the real engine gives savings, sessions and the members needed, and the brief prints them', async () => {
    const created = await funder.post('/api/emulation/scenarios', {
      name: 'Gaspésie — fabrication',
      territory: 'Gaspésie–Îles-de-la-Madeleine',
      regionCode: '11',
      firmCounts: [
        { scianCode: '332', sizeClass: 'micro', firms: 60 },
        { scianCode: '332', sizeClass: 'small', firms: 40 },
        { scianCode: '311', sizeClass: 'small', firms: 20 },
      ],
      assumptions: {
        participationRate: 0.25,
        needsPerFirm: { micro: 1, small: 2, medium: 3, large: 4 },
        topics: 6,
        periods: 4,
        virtualShare: 0.3,
        coursePrice: { fixedCostCents: 150_000, seatCostCents: 8_000, minSeats: 5, maxSeats: 12 },
        minFirmsPerSession: 2,
        operatingCostCents: 3_000_000,
        publicFundingShare: 0.5,
        timeLimitSeconds: 1,
        seed: 7,
      },
    });
    assert.equal(created.status, 201);
    const scenario = await created.json();
    assert.deepEqual([scenario.status, scenario.result], ['draft', null]);
    assert.equal((await otherFunder.get(`/api/emulation/scenarios/${scenario.id}`)).status, 404);
    const ran = await (await funder.post(`/api/emulation/scenarios/${scenario.id}/run`)).json();
    assert.equal(ran.status, 'done', ran.error);
    const r = ran.result;
    assert.deepEqual(
      r.points.map((p: { participationRate: number }) => p.participationRate),
      [0.063, 0.125, 0.25, 0.375, 0.5],
    );
    assert.equal(r.chosen.participationRate, 0.25);
    assert.equal(r.chosen.firms, 30);
    assert.ok(r.chosen.sessions > 0 && r.chosen.savingsCents > 0, JSON.stringify(r.chosen));
    assert.ok(r.chosen.pooledCostCents < r.chosen.standaloneCostCents);
    // more firms, more savings
    assert.ok(r.points[4].savingsCents > r.points[0].savingsCents);
    assert.ok(r.membersNeeded === null || (r.membersNeeded > 0 && r.membersNeeded <= 60));
    const pdf = await funder.get(`/api/emulation/scenarios/${scenario.id}/brief.pdf?lang=fr`);
    assert.equal(pdf.status, 200);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    assert.ok(bytes.toString('latin1').startsWith('%PDF'));
    const text = pdfText(bytes);
    assert.match(text, /Hypothèses/);
    assert.match(text, /Gaspésie . fabrication/);
    assert.match(text, /Taux de participation/);
    // changing the assumptions clears the result
    const changed = await (
      await funder.patch(`/api/emulation/scenarios/${scenario.id}`, {
        assumptions: { ...ran.assumptions, participationRate: 0.1 },
      })
    ).json();
    assert.deepEqual([changed.status, changed.result], ['draft', null]);
    const list = await (await funder.get('/api/emulation/scenarios')).json();
    assert.equal(list.total, 1);
    assert.equal((await otherFunder.get('/api/emulation/scenarios')).status, 200);
    assert.equal((await (await otherFunder.get('/api/emulation/scenarios')).json()).total, 0);
  });
});
