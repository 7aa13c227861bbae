import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { type Client, createTestContext, loginAs, newMember, newMutual, type TestContext } from './harness.ts';

const validMember = (overrides: Record<string, unknown> = {}) => ({
  legalName: 'Usinage Côté inc.',
  neq: '1143 389 054',
  scianCode: '332',
  regionCode: '16',
  headcount: 42,
  annualPayrollCents: 250_000_000,
  city: 'Granby',
  ...overrides,
});

describe('members API', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let mutualId: string;
  let otherMutualId: string;

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    mutualId = mutual.id;
    otherMutualId = (await newMutual(ctx)).id;
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId })).client;
  });
  after(() => ctx.close());

  it('creates a member as a prospect with its size class, and records the creation in its history', async () => {
    const res = await coordinator.post('/api/members', validMember());
    assert.equal(res.status, 201);
    const member = await res.json();
    assert.equal(member.neq, '1143389054');
    assert.equal(member.status, 'prospect');
    assert.equal(member.sizeClass, 'small');
    assert.equal(member.statusChangedOn, '2026-11-20');
    const history = await (await coordinator.get(`/api/members/${member.id}/history`)).json();
    assert.equal(history.items[0].action, 'member.create');
    assert.deepEqual(history.items[0].change.legalName, { from: null, to: 'Usinage Côté inc.' });
  });

  it('refuses a second member with the same NEQ in the mutual (409 naming neq)', async () => {
    const res = await coordinator.post('/api/members', validMember({ legalName: 'Copie' }));
    assert.equal(res.status, 409);
    assert.equal((await res.json()).errors[0].field, 'neq');
  });

  for (const [field, value, expectedField] of [
    ['legalName', '', 'legalName'],
    ['neq', '123', 'neq'],
    ['neq', '5143389054', 'neq'],
    ['scianCode', '999', 'scianCode'],
    ['regionCode', '18', 'regionCode'],
    ['headcount', -1, 'headcount'],
    ['headcount', 'many', 'headcount'],
    ['annualPayrollCents', 12.5, 'annualPayrollCents'],
    ['postalCode', 'nowhere', 'postalCode'],
  ] as const) {
    it(`answers 400 naming ${expectedField} when ${field} is ${JSON.stringify(value)}`, async () => {
      const res = await coordinator.post(
        '/api/members',
        validMember({ [field]: value, neq: field === 'neq' ? value : '2243389054' }),
      );
      assert.equal(res.status, 400);
      const body = await res.json();
      assert.ok(
        body.errors.some((e: { field: string }) => e.field === expectedField),
        JSON.stringify(body),
      );
    });
  }

  it('edits a member and records old → new values in its history', async () => {
    const created = await (
      await coordinator.post(
        '/api/members',
        validMember({ legalName: 'Boulangerie Ève', neq: '1100000017', scianCode: '311', headcount: 8 }),
      )
    ).json();
    const res = await coordinator.patch(`/api/members/${created.id}`, { headcount: 120, regionCode: '03' });
    assert.equal(res.status, 200);
    const member = await res.json();
    assert.equal(member.sizeClass, 'medium');
    const history = await (await coordinator.get(`/api/members/${created.id}/history`)).json();
    assert.equal(history.items[0].action, 'member.update');
    assert.deepEqual(history.items[0].change, {
      headcount: { from: 8, to: 120 },
      regionCode: { from: '16', to: '03' },
    });
    assert.equal((await coordinator.patch(`/api/members/${created.id}`, { scianCode: '000' })).status, 400);
  });

  it('moves a member through its life cycle and refuses a lapse without reason', async () => {
    const m = await (
      await coordinator.post('/api/members', validMember({ legalName: 'Cycle', neq: '1100000025' }))
    ).json();
    let res = await coordinator.post(`/api/members/${m.id}/status`, { status: 'lapsed', reason: 'x' });
    assert.equal(res.status, 400, 'prospect cannot lapse');
    assert.equal((await res.json()).errors[0].field, 'status');
    res = await coordinator.post(`/api/members/${m.id}/status`, { status: 'active', on: '2026-11-01' });
    assert.equal(res.status, 400, 'before the last change (created today)');
    res = await coordinator.post(`/api/members/${m.id}/status`, { status: 'active' });
    assert.equal(res.status, 200);
    assert.equal((await res.json()).joinedOn, '2026-11-20');
    res = await coordinator.post(`/api/members/${m.id}/status`, { status: 'lapsed' });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).errors[0].field, 'reason');
    res = await coordinator.post(`/api/members/${m.id}/status`, { status: 'lapsed', reason: 'Dues unpaid' });
    const lapsed = await res.json();
    assert.equal(lapsed.status, 'lapsed');
    assert.equal(lapsed.leftOn, '2026-11-20');
    res = await coordinator.post(`/api/members/${m.id}/status`, { status: 'active' });
    assert.equal((await res.json()).status, 'active', 'reactivation');
  });

  describe('list, search, filters, sort, paging', () => {
    before(async () => {
      await newMember(ctx, mutualId, {
        legal_name: 'Ébénisterie Lévesque',
        headcount: 4,
        region_code: '01',
        neq: '1199999991',
      });
      await newMember(ctx, mutualId, {
        legal_name: 'Grande Usine',
        headcount: 800,
        region_code: '06',
        annual_payroll_cents: 9e9,
      });
      await newMember(ctx, mutualId, {
        legal_name: 'Moyenne Fab',
        headcount: 150,
        region_code: '06',
        status: 'lapsed',
      });
      await newMember(ctx, otherMutualId, { legal_name: 'Ébénisterie Ailleurs' });
    });

    const names = async (query: string) => {
      const res = await coordinator.get(`/api/members?${query}`);
      assert.equal(res.status, 200);
      const body = await res.json();
      return { names: body.items.map((m: { legalName: string }) => m.legalName), total: body.total };
    };

    it('finds members by name regardless of case and accents, and by NEQ, only in its mutual', async () => {
      assert.deepEqual((await names('search=EBENISTERIE levesque')).names, ['Ébénisterie Lévesque']);
      assert.deepEqual((await names('search=199999')).names, ['Ébénisterie Lévesque']);
    });

    it('filters by status, region, size class and sector', async () => {
      assert.deepEqual((await names('status=lapsed')).names, ['Moyenne Fab']);
      assert.deepEqual((await names('region=01')).names, ['Ébénisterie Lévesque']);
      assert.deepEqual((await names('sizeClass=large')).names, ['Grande Usine']);
      assert.ok((await names('sector=31-33')).total >= 5);
      assert.equal((await names('sector=23')).total, 0);
    });

    it('sorts and pages with a total', async () => {
      const byHeadcount = await names('sort=headcount&order=desc&pageSize=2');
      assert.deepEqual(byHeadcount.names, ['Grande Usine', 'Moyenne Fab']);
      const all = await names('pageSize=200');
      const page2 = await names('pageSize=2&page=2');
      assert.equal(page2.total, all.total);
      assert.deepEqual(page2.names, all.names.slice(2, 4));
      const pastTheEnd = await names('pageSize=2&page=1000');
      assert.deepEqual(pastTheEnd, { names: [], total: all.total }, 'a page past the end still counts the matches');
      const byPayroll = await names('sort=payroll&order=desc&pageSize=1');
      assert.deepEqual(byPayroll.names, ['Grande Usine']);
    });

    it('given any sort and order, then pages of 2 put together are the whole list in that order (page ids first, then their rows)', async () => {
      for (const sort of ['name', 'headcount', 'payroll', 'status', 'joinedOn'])
        for (const order of ['asc', 'desc']) {
          const all = await names(`sort=${sort}&order=${order}&pageSize=200`);
          const pages: string[] = [];
          for (let page = 1; page <= Math.ceil(all.total / 2); page++) {
            const one = await names(`sort=${sort}&order=${order}&pageSize=2&page=${page}`);
            assert.equal(one.total, all.total);
            pages.push(...one.names);
          }
          assert.deepEqual(pages, all.names, `${sort} ${order}`);
        }
    });

    it('refuses bad list parameters with 400 naming them', async () => {
      for (const [q, field] of [
        ['pageSize=201', 'query.pageSize'],
        ['sort=neq', 'query.sort'],
        ['status=sleeping', 'query.status'],
        ['sizeClass=huge', 'query.sizeClass'],
      ]) {
        const res = await coordinator.get(`/api/members?${q}`);
        assert.equal(res.status, 400, q);
        assert.equal((await res.json()).errors[0].field, field);
      }
    });

    it('exports the filtered members as CSV with a BOM and French or English headers', async () => {
      const res = await coordinator.get('/api/members/export?format=csv&lang=fr&region=01');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /text\/csv/);
      const bytes = new Uint8Array(await res.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes.slice(3));
      const lines = text.split('\r\n');
      assert.match(lines[0], /^Raison sociale,NEQ,Code SCIAN,Secteur SCIAN,Région/);
      assert.match(
        lines[1],
        /^Ébénisterie Lévesque,1199999991,332,Fabrication de produits métalliques,01,Bas-Saint-Laurent,4,Micro/,
      );
      assert.equal(lines.filter(Boolean).length, 2);
      const en = await (await coordinator.get('/api/members/export?lang=en&region=01')).text();
      assert.match(en, /Legal name,NEQ,NAICS code/);
    });

    it('exports XLSX that opens with the members', async () => {
      const res = await coordinator.get('/api/members/export?format=xlsx&lang=en&sizeClass=large');
      assert.equal(res.status, 200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      const sheet = wb.worksheets[0];
      assert.equal(sheet.getCell('A1').value, 'Legal name');
      assert.equal(sheet.getCell('A2').value, 'Grande Usine');
      assert.equal(sheet.getCell('I2').value, 9e7, 'payroll in dollars');
      assert.equal(sheet.rowCount, 2);
    });
  });

  describe('member contact and board viewer', () => {
    it('a member contact reads its own firm, edits only its contact details, and manages its contacts', async () => {
      const own = await newMember(ctx, mutualId);
      const other = await newMember(ctx, mutualId);
      const { client } = await loginAs(ctx, 'member_contact', { mutualId, memberId: own.id });
      assert.equal((await client.get(`/api/members/${own.id}`)).status, 200);
      assert.equal((await client.get(`/api/members/${other.id}`)).status, 404);
      assert.equal((await client.get('/api/members')).status, 403);
      const ok = await client.patch(`/api/members/${own.id}`, { phone: '819 555-0199', postalCode: 'J2G 1A1' });
      assert.equal(ok.status, 200);
      assert.equal((await ok.json()).phone, '819 555-0199');
      const refused = await client.patch(`/api/members/${own.id}`, { headcount: 1, phone: 'x' });
      assert.equal(refused.status, 403);
      assert.equal((await refused.json()).errors[0].field, 'headcount');
      const added = await client.post(`/api/members/${own.id}/contacts`, {
        name: 'Julie RH',
        email: 'julie@example.test',
        isPrimary: true,
      });
      assert.equal(added.status, 201);
      const contact = await added.json();
      const second = await (
        await client.post(`/api/members/${own.id}/contacts`, { name: 'Paul', isPrimary: true })
      ).json();
      const list = await (await client.get(`/api/members/${own.id}/contacts`)).json();
      assert.deepEqual(
        list.items.map((c: { name: string; isPrimary: boolean }) => [c.name, c.isPrimary]),
        [
          ['Paul', true],
          ['Julie RH', false],
        ],
      );
      assert.equal(
        (await client.patch(`/api/members/${own.id}/contacts/${contact.id}`, { roleTitle: 'RH' })).status,
        200,
      );
      assert.equal((await client.delete(`/api/members/${own.id}/contacts/${second.id}`)).status, 204);
      assert.equal((await client.post(`/api/members/${own.id}/contacts`, { name: '' })).status, 400);
      const history = await (await coordinator.get(`/api/members/${own.id}/history`)).json();
      assert.deepEqual(
        history.items.map((h: { action: string }) => h.action),
        [
          'member_contact.delete',
          'member_contact.update',
          'member_contact.create',
          'member_contact.create',
          'member.update',
        ],
      );
    });

    it("pages a member's contacts and history: every item, the total, 500 a page unless asked, and a page of one on request", async () => {
      const m = await newMember(ctx, mutualId);
      for (const name of ['Anne', 'Bruno', 'Chloé'])
        assert.equal((await coordinator.post(`/api/members/${m.id}/contacts`, { name })).status, 201);
      const contacts = await (await coordinator.get(`/api/members/${m.id}/contacts`)).json();
      assert.deepEqual(
        [contacts.items.map((c: { name: string }) => c.name), contacts.total, contacts.page, contacts.pageSize],
        [['Anne', 'Bruno', 'Chloé'], 3, 1, 500],
      );
      const second = await (await coordinator.get(`/api/members/${m.id}/contacts?pageSize=1&page=2`)).json();
      assert.deepEqual([second.items.map((c: { name: string }) => c.name), second.total], [['Bruno'], 3]);
      const history = await (await coordinator.get(`/api/members/${m.id}/history?pageSize=2`)).json();
      assert.deepEqual([history.items.length, history.total, history.pageSize], [2, 3, 2]);
      assert.equal(history.items[0].action, 'member_contact.create');
      assert.equal((await coordinator.get(`/api/members/${m.id}/contacts?pageSize=501`)).status, 400);
    });

    it('a board viewer has no member-level access', async () => {
      const m = await newMember(ctx, mutualId);
      const { client } = await loginAs(ctx, 'board_viewer', { mutualId });
      assert.equal((await client.get('/api/members')).status, 403);
      assert.equal((await client.get(`/api/members/${m.id}`)).status, 403);
      assert.equal((await client.get('/api/members/export')).status, 403);
    });
  });
});
