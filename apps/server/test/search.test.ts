import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type Client, createTestContext, loginAs, newMember, newMutual, type TestContext } from './harness.ts';

// Member and employee searches (trigram indexes, migration 0043): the same matches as a plain
// `like '%…%'` on the folded keys, for long and short terms, with accents, across name, NEQ and
// e-mail, within the caller's mutual (and member) only.

describe('member and employee search', () => {
  let ctx: TestContext;
  let coordinator: Client;
  let contact: Client;
  const id: Record<string, string> = {};

  const employee = async (
    member: { id: string; mutual_id: string },
    key: string,
    values: { first_name: string; last_name: string; email?: string; teer?: number; end_date?: string },
  ) => {
    const row = await ctx.deps.db
      .insertInto('employee')
      .values({
        mutual_id: member.mutual_id,
        member_id: member.id,
        first_name: values.first_name,
        last_name: values.last_name,
        email: values.email ?? null,
        job_title: 'Opératrice',
        noc_code: '94100',
        teer: values.teer ?? 4,
        education_level: 'secondary',
        hire_date: '2020-03-02',
        end_date: values.end_date ?? null,
        end_reason: values.end_date ? 'resignation' : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    id[key] = row.id;
  };

  before(async () => {
    ctx = await createTestContext();
    const mutual = await newMutual(ctx);
    const other = await newMutual(ctx);
    const memberA = await newMember(ctx, mutual.id, { legal_name: 'Métallurgie Côté-Bérubé inc.', neq: '1187654321' });
    const memberB = await newMember(ctx, mutual.id, { legal_name: 'Boulangerie Gagnon ltée', neq: '1122223333' });
    const elsewhere = await newMember(ctx, other.id, { legal_name: 'Métal Ailleurs inc.', neq: '1187654322' });
    await employee(memberA, 'eloise', {
      first_name: 'Éloïse',
      last_name: 'Côté-Tremblay',
      email: 'eloise.cote@example.test',
    });
    await employee(memberA, 'jean', { first_name: 'Jean', last_name: 'Tremblay' });
    await employee(memberA, 'marc', { first_name: 'Marc', last_name: 'Tremblay', end_date: '2025-06-30' });
    await employee(memberA, 'zoe', { first_name: 'Zoé', last_name: 'Bélanger' });
    await employee(memberB, 'lea', { first_name: 'Léa', last_name: 'Tremblay', email: 'lea.t@example.test', teer: 2 });
    await employee(elsewhere, 'away', { first_name: 'Éloïse', last_name: 'Tremblay', email: 'eloise.t@example.test' });
    coordinator = (await loginAs(ctx, 'coordinator', { mutualId: mutual.id })).client;
    contact = (await loginAs(ctx, 'member_contact', { mutualId: mutual.id, memberId: memberA.id })).client;
    id.memberA = memberA.id;
  });
  after(() => ctx.close());

  const members = async (search: string) => {
    const res = await coordinator.get(`/api/members?pageSize=200&search=${encodeURIComponent(search)}`);
    assert.equal(res.status, 200);
    const body = await res.json();
    const names = body.items.map((m: { legalName: string }) => m.legalName);
    assert.equal(body.total, names.length);
    return names;
  };

  /** The keys (see `employee`) of the employees listed, in the order listed; checks the total. */
  const employees = async (client: Client, path: string, query: Record<string, string>) => {
    const res = await client.get(`${path}?${new URLSearchParams({ pageSize: '200', ...query })}`);
    assert.equal(res.status, 200);
    const body = await res.json();
    const keys = body.items.map((e: { id: string }) => Object.keys(id).find((k) => id[k] === e.id));
    if (!query.page) assert.equal(body.total, keys.length);
    return { keys, total: body.total as number };
  };
  const inMutual = async (search: string, query: Record<string, string> = {}) =>
    (await employees(coordinator, '/api/employees', { search, ...query })).keys;

  it('given members of two mutuals, when searching part of a name in any case or accents, then finds only its own mutual’s firm', async () => {
    for (const term of ['metal', 'MÉTALLURGIE', 'côté-bérubé', 'cote-berube', 'urgie cote']) {
      assert.deepEqual(await members(term), ['Métallurgie Côté-Bérubé inc.'], term);
    }
  });

  it('given members, when searching part of a NEQ, a name and NEQ together, or 1–2 characters, then finds them as before', async () => {
    assert.deepEqual(await members('87654'), ['Métallurgie Côté-Bérubé inc.']);
    assert.deepEqual(await members('LTÉE 11222'), ['Boulangerie Gagnon ltée']);
    assert.deepEqual(await members('ga'), ['Boulangerie Gagnon ltée']);
    assert.deepEqual(await members('é'), ['Boulangerie Gagnon ltée', 'Métallurgie Côté-Bérubé inc.']);
  });

  it('given members, when the search holds like wildcards (_ %) or matches nothing, then nothing is found', async () => {
    assert.deepEqual(await members('metal_urgie'), []);
    assert.deepEqual(await members('m%urgie'), []);
    assert.deepEqual(await members('zzz'), []);
  });

  it('given employees, when searching a last name with or without accents, then lists the current ones of the mutual, by name', async () => {
    assert.deepEqual(await inMutual('tremblay'), ['eloise', 'jean', 'lea']);
    assert.deepEqual(await inMutual('TRÉMBLAY'), ['eloise', 'jean', 'lea']);
    assert.deepEqual(await inMutual('tremblay', { status: 'all' }), ['eloise', 'jean', 'lea', 'marc']);
    assert.deepEqual(await inMutual('tremblay', { status: 'ended' }), ['marc']);
  });

  it('given employees, when searching a first name, a hyphenated part or an e-mail part, then finds them', async () => {
    assert.deepEqual(await inMutual('ÉLOÏSE'), ['eloise']);
    assert.deepEqual(await inMutual('eloise'), ['eloise']);
    assert.deepEqual(await inMutual('cote-trem'), ['eloise']);
    assert.deepEqual(await inMutual('eloise.cote@'), ['eloise']);
    assert.deepEqual(await inMutual('example.test'), ['eloise', 'lea']);
    assert.deepEqual(await inMutual('jean tremblay'), ['jean']);
  });

  it('given employees, when searching 1–2 characters (no trigram), wildcards or nothing that matches, then the results are those of a plain substring match', async () => {
    assert.deepEqual(await inMutual('bé'), ['zoe']);
    assert.deepEqual(await inMutual('z'), ['zoe']);
    assert.deepEqual(await inMutual('côté_tremblay'), []);
    assert.deepEqual(await inMutual('cote%blay'), []);
    assert.deepEqual(await inMutual('tremblayx'), []);
  });

  it('given a search, when sorting, paging or filtering by TEER, then pages and totals are those of the matches', async () => {
    assert.deepEqual(await inMutual('tremblay', { order: 'desc' }), ['lea', 'jean', 'eloise']);
    const page2 = await employees(coordinator, '/api/employees', { search: 'tremblay', pageSize: '1', page: '2' });
    assert.deepEqual(page2, { keys: ['jean'], total: 3 });
    assert.deepEqual(await inMutual('tremblay', { teer: '2' }), ['lea']);
    assert.deepEqual(await inMutual('tremblay', { sort: 'member' }), ['lea', 'eloise', 'jean']);
  });

  it('given a member contact, when searching its firm’s employees, then only that firm’s are found', async () => {
    assert.deepEqual((await employees(contact, `/api/members/${id.memberA}/employees`, { search: 'tremblay' })).keys, [
      'eloise',
      'jean',
    ]);
    assert.deepEqual((await employees(contact, `/api/members/${id.memberA}/employees`, { search: 'lea' })).keys, []);
  });

  it('given a search, when exporting the employees, then the file holds exactly the matches', async () => {
    const res = await coordinator.get('/api/employees/export?format=csv&lang=en&search=TREMBLAY');
    assert.equal(res.status, 200);
    const csv = await res.text();
    const found = Object.keys(id).filter((k) => csv.includes(id[k]));
    assert.deepEqual(found.sort(), ['eloise', 'jean', 'lea']);
  });

  it('given the search indexes, when seq scans are off, then a substring search on either key uses its trigram index', async () => {
    await ctx.deps.db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      for (const [table, index] of [
        ['employee', 'employee_search_trgm_idx'],
        ['member', 'member_search_trgm_idx'],
      ]) {
        const plan = await sql<{
          'QUERY PLAN': string;
        }>`explain select id from ${sql.table(table)} where search_key like '%tremblay%'`.execute(trx);
        assert.match(plan.rows.map((r) => r['QUERY PLAN']).join('\n'), new RegExp(index), table);
      }
    });
  });
});
