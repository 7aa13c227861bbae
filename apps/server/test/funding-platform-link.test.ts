import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Client, createTestContext, loginAs, newMutual, type TestContext } from './harness.ts';

// A mutual's funder linked to the platform's funder organisation: the coordinator picks it from
// the platform's funders (ids and names only); while linked, the organisation's accounts observe
// the mutual and read the claims it was sent (amounts, period, status — no person); another
// funder organisation's accounts see neither; unlinking ends both.

type ReceivedClaims = { total: number; items: Record<string, unknown>[] };

describe('a mutual’s funder linked to a platform funder organisation', () => {
  let ctx: TestContext;
  let coord: Client;
  let fAccount: Client;
  let gAccount: Client;
  let mutualId: string;
  let F: string;
  let G: string;
  let mutualFunderId: string;

  before(async () => {
    ctx = await createTestContext();
    const db = ctx.deps.db;
    mutualId = (await newMutual(ctx)).id;
    const suffix = Math.random().toString(36).slice(2, 8);
    F = (
      await db
        .insertInto('funder')
        .values({ name: `Fonds F ${suffix}`, kind: 'government' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    G = (
      await db
        .insertInto('funder')
        .values({ name: `Fonds G ${suffix}`, kind: 'foundation' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    coord = (await loginAs(ctx, 'coordinator', { mutualId })).client;
    fAccount = (await loginAs(ctx, 'funder', { funderId: F })).client;
    gAccount = (await loginAs(ctx, 'funder', { funderId: G })).client;
  });
  after(() => ctx.close());

  const observed = async (client: Client) =>
    ((await (await client.get('/api/observatory/mutuals')).json()) as { items: { id: string }[] }).items.map(
      (m) => m.id,
    );
  const received = async (client: Client, query = '') => {
    const res = await client.get(`/api/funding/received-claims${query}`);
    return { status: res.status, body: (await res.json()) as ReceivedClaims };
  };

  it('given the platform’s funders, then the coordinator gets their ids and names only', async () => {
    const res = await coord.get('/api/funding/platform-funders');
    assert.equal(res.status, 200);
    const { items } = (await res.json()) as { items: Record<string, unknown>[] };
    const f = items.find((i) => i.id === F);
    assert.ok(f && items.some((i) => i.id === G));
    assert.deepEqual(Object.keys(f).sort(), ['id', 'name']);
  });

  it('given an unknown platform funder, when a funder is added with it, then 400 names the field and nothing is added', async () => {
    const res = await coord.post('/api/funding/funders', {
      name: 'Emploi-Québec',
      kind: 'government',
      platformFunderId: '00000000-0000-4000-8000-000000000001',
    });
    assert.equal(res.status, 400);
    const problem = (await res.json()) as { errors: { field: string }[] };
    assert.deepEqual(
      problem.errors.map((f) => f.field),
      ['platformFunderId'],
    );
    const list = (await (await coord.get('/api/funding/funders')).json()) as { total: number };
    assert.equal(list.total, 0);
  });

  it('given no link, then F’s account does not observe the mutual', async () => {
    assert.ok(!(await observed(fAccount)).includes(mutualId));
  });

  it('given the funder linked to F, then F’s account observes the mutual and G’s does not', async () => {
    const res = await coord.post('/api/funding/funders', {
      name: 'Emploi-Québec',
      kind: 'government',
      platformFunderId: F,
    });
    assert.equal(res.status, 201, await res.clone().text());
    const funder = (await res.json()) as { id: string; platformFunderId: string; platformFunderName: string };
    mutualFunderId = funder.id;
    assert.equal(funder.platformFunderId, F);
    assert.match(funder.platformFunderName, /^Fonds F /);
    assert.ok((await observed(fAccount)).includes(mutualId));
    assert.ok(!(await observed(gAccount)).includes(mutualId));
    assert.equal((await fAccount.get(`/api/observatory/mutuals/${mutualId}/scorecard`)).status, 200);
    assert.equal((await gAccount.get(`/api/observatory/mutuals/${mutualId}/scorecard`)).status, 404);
  });

  it('given a draft and a sent claim to that funder, then F’s account reads the sent one’s amounts only, G’s reads nothing', async () => {
    const db = ctx.deps.db;
    const programme = await db
      .insertInto('funding_programme')
      .values({
        mutual_id: mutualId,
        funder_id: mutualFunderId,
        name: 'PACME',
        starts_on: '2026-01-01',
        ends_on: '2028-12-31',
        coverage_ppm: 500_000,
        eligible_categories: ['trainer_fees'],
        cap_per_participant_hour_cents: null,
        cap_per_activity_cents: null,
        cap_per_member_per_year_cents: null,
        cap_per_year_cents: null,
        budget_cents: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const claim = (n: number, status: 'draft' | 'partly_refused') => ({
      mutual_id: mutualId,
      funder_id: mutualFunderId,
      programme_id: programme.id,
      sequence: n,
      number: `R-00000${n}`,
      period_from: '2026-01-01',
      period_to: '2026-06-30',
      status,
      claimed_cents: 120_000,
      received_cents: status === 'draft' ? 0 : 100_000,
      refused_cents: status === 'draft' ? 0 : 15_000,
      submitted_on: status === 'draft' ? null : '2026-07-10',
    });
    await db
      .insertInto('funding_claim')
      .values([claim(1, 'partly_refused'), claim(2, 'draft')])
      .execute();
    const f = await received(fAccount);
    assert.equal(f.status, 200);
    assert.equal(f.body.total, 1);
    assert.deepEqual(f.body.items[0], {
      id: f.body.items[0].id,
      number: 'R-000001',
      mutualId,
      mutualName: f.body.items[0].mutualName,
      programmeName: 'PACME',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      status: 'partly_refused',
      submittedOn: '2026-07-10',
      claimedCents: 120_000,
      receivedCents: 100_000,
      refusedCents: 15_000,
      outstandingCents: 5_000,
    });
    assert.equal((await received(fAccount, `?mutualId=${mutualId}`)).body.total, 1);
    assert.equal((await received(gAccount)).body.total, 0);
    assert.equal((await received(gAccount, `?mutualId=${mutualId}`)).status, 404);
    assert.equal((await coord.get('/api/funding/received-claims')).status, 403);
  });

  it('given the link removed, then F’s account neither observes the mutual nor reads its claims', async () => {
    const res = await coord.patch(`/api/funding/funders/${mutualFunderId}`, { platformFunderId: null });
    assert.equal(res.status, 200, await res.clone().text());
    assert.equal(((await res.json()) as { platformFunderId: string | null }).platformFunderId, null);
    assert.ok(!(await observed(fAccount)).includes(mutualId));
    assert.equal((await received(fAccount)).body.total, 0);
    assert.equal((await received(fAccount, `?mutualId=${mutualId}`)).status, 404);
  });
});
