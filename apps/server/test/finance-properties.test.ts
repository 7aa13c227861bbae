import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import { sessionWith } from './finance-builders.ts';
import {
  type Client,
  createTestContext,
  loginAs,
  newMember,
  newMutual,
  newProvider,
  type TestContext,
} from './harness.ts';

// Property test through the real API and database: after any random sequence of money events
// (sessions invoiced and re-invoiced, payments, credit notes, provider bills approved and paid,
// claims submitted and paid), every entry balances, the trial balance is zero, each document's
// lines add up to its totals to the cent, credit notes reverse what they credit exactly, and the
// ledger ties to the invoices, payments, bills and claims.

const event = fc.oneof(
  fc.record({
    type: fc.constant('session' as const),
    seats: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
    fixed: fc.integer({ min: 0, max: 300_000 }),
    seat: fc.integer({ min: 0, max: 20_000 }),
    late: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({ type: fc.constant('pay' as const), share: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ type: fc.constant('credit' as const) }),
  fc.record({ type: fc.constant('rebill' as const) }),
  fc.record({ type: fc.constant('bill' as const), pay: fc.boolean() }),
  fc.record({ type: fc.constant('claim' as const), received: fc.integer({ min: 0, max: 100 }) }),
);

describe('any sequence of money events, through the API', () => {
  let ctx: TestContext;
  before(async () => {
    ctx = await createTestContext();
  });
  after(() => ctx.close());

  it('given random events, then the books balance and tie to the documents', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 3, maxLength: 9 }), async (events) => {
        run++;
        const mutualId = (await newMutual(ctx)).id;
        const coord: Client = (await loginAs(ctx, 'coordinator', { mutualId })).client;
        const members = [
          await newMember(ctx, mutualId, { headcount: 8 }),
          await newMember(ctx, mutualId, { headcount: 40 }),
          await newMember(ctx, mutualId, { headcount: 300 }),
        ];
        const provider = await newProvider(ctx, mutualId);
        const funder = (await (
          await coord.post('/api/funding/funders', { name: `F${run}`, kind: 'government' })
        ).json()) as { id: string };
        const programme = (await (
          await coord.post('/api/funding/programmes', {
            funderId: funder.id,
            name: 'P',
            startsOn: '2026-01-01',
            endsOn: '2027-12-31',
            coveragePpm: 333_333,
            eligibleCategories: ['trainer_fees'],
            caps: { perMemberPerYearCents: 40_000 },
            eligibility: { sizeClasses: ['micro', 'small'] },
          })
        ).json()) as { id: string };
        const sessions: string[] = [];
        for (const ev of events) {
          if (ev.type === 'session') {
            const participants = members.flatMap((m, i) =>
              Array.from({ length: ev.seats[i] }, () => ({ member: m, status: 'confirmed' as const })),
            );
            for (let k = 0; k < ev.late; k++)
              participants.push({ member: members[k], status: 'late_cancelled' as never });
            const s = await sessionWith(ctx, {
              mutualId,
              providerId: provider.id,
              fixedCents: ev.fixed,
              seatCents: ev.seat,
              participants,
            });
            const res = await coord.post(`/api/finance/sessions/${s.session.id}/invoice`, { issuedOn: '2026-10-20' });
            assert.equal(res.status, 200, await res.clone().text());
            sessions.push(s.session.id);
          } else if (ev.type === 'rebill' && sessions.length) {
            const id = sessions[sessions.length - 1];
            await sql`update enrolment set status = 'late_cancelled' where id = (select id from enrolment where session_id = ${id} and status = 'confirmed' limit 1)`.execute(
              ctx.deps.db,
            );
            assert.equal(
              (await coord.post(`/api/finance/sessions/${id}/invoice`, { issuedOn: '2026-10-21' })).status,
              200,
            );
          } else if (ev.type === 'pay' || ev.type === 'credit') {
            const open = (
              (await (await coord.get('/api/invoices?kind=invoice&status=issued&pageSize=1')).json()) as {
                items: { id: string; dueCents: number }[];
              }
            ).items[0];
            if (!open) continue;
            if (ev.type === 'pay') {
              const amount = Math.max(1, Math.floor((open.dueCents * ev.share) / 100));
              assert.equal(
                (
                  await coord.post(`/api/invoices/${open.id}/payments`, {
                    receivedOn: '2026-11-01',
                    amountCents: amount,
                    method: 'transfer',
                  })
                ).status,
                201,
              );
            } else assert.equal((await coord.post(`/api/invoices/${open.id}/credit`, { reason: 'Test' })).status, 201);
          } else if (ev.type === 'bill') {
            const bill = (
              (await (await coord.get('/api/finance/provider-bills?status=received&pageSize=1')).json()) as {
                items: { id: string }[];
              }
            ).items[0];
            if (!bill) continue;
            assert.equal(
              (await coord.post(`/api/finance/provider-bills/${bill.id}/approve`, { approvedOn: '2026-11-02' })).status,
              200,
            );
            if (ev.pay)
              assert.equal(
                (await coord.post(`/api/finance/provider-bills/${bill.id}/pay`, { paidOn: '2026-11-03' })).status,
                200,
              );
          } else if (ev.type === 'claim') {
            const res = await coord.post('/api/funding/claims', {
              programmeId: programme.id,
              periodFrom: '2026-01-01',
              periodTo: '2026-12-31',
            });
            if (res.status !== 201) continue;
            const claim = (await res.json()) as { id: string; claimedCents: number };
            await coord.post(`/api/funding/claims/${claim.id}/submit`, { submittedOn: '2026-11-01' });
            const received = Math.floor((claim.claimedCents * ev.received) / 100);
            assert.equal(
              (
                await coord.post(`/api/funding/claims/${claim.id}/payments`, {
                  receivedOn: '2026-11-05',
                  amountCents: received,
                  refusedCents: claim.claimedCents - received,
                })
              ).status,
              201,
            );
          }
        }
        const db = ctx.deps.db;
        const q = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db)).rows;
        // every entry balances
        assert.deepEqual(
          await q(
            sql`select e.number from journal_entry e join journal_line l on l.entry_id = e.id where e.mutual_id = ${mutualId} group by e.number having sum(l.debit_cents) <> sum(l.credit_cents)`,
          ),
          [],
        );
        const tb = (await (await coord.get('/api/finance/trial-balance')).json()) as {
          balanced: boolean;
          rows: { code: string; balanceCents: number }[];
        };
        assert.equal(tb.balanced, true);
        assert.equal(
          tb.rows.reduce((s, r) => s + r.balanceCents, 0),
          0,
        );
        const bal = (code: string) => tb.rows.find((r) => r.code === code)?.balanceCents ?? 0;
        // each document's lines add up to its totals
        assert.deepEqual(
          await q(sql`select i.number from invoice i join invoice_line l on l.invoice_id = i.id where i.mutual_id = ${mutualId}
            group by i.id having sum(l.gross_cents) <> i.gross_cents or sum(l.subsidy_cents) <> i.subsidy_cents or sum(l.net_cents) <> i.net_cents or i.total_cents <> i.net_cents + i.gst_cents + i.qst_cents`),
          [],
        );
        // a credit note of all of an invoice's lines is its exact opposite
        assert.deepEqual(
          await q(sql`select n.number from invoice n join invoice i on i.id = n.credits_invoice_id
            where n.mutual_id = ${mutualId} and not exists (select 1 from invoice_line l where l.invoice_id = i.id and not exists (select 1 from invoice_line c where c.credits_line_id = l.id and c.invoice_id = n.id))
              and (n.total_cents <> -i.total_cents or n.gst_cents <> -i.gst_cents or n.qst_cents <> -i.qst_cents or n.subsidy_cents <> -i.subsidy_cents)`),
          [],
        );
        // the ledger ties to the documents
        const [sums] = await q<{
          invoiced: number;
          paid: number;
          subsidies: number;
          grants: number;
          bills_owed: number;
          bills_paid: number;
          grant_received: number;
        }>(sql`select
          (select coalesce(sum(total_cents), 0) from invoice where mutual_id = ${mutualId})::bigint as invoiced,
          (select coalesce(sum(amount_cents), 0) from payment where mutual_id = ${mutualId})::bigint as paid,
          (select coalesce(sum(cents), 0) from invoice_subsidy where mutual_id = ${mutualId})::bigint as subsidies,
          (select coalesce(sum(amount_cents + refused_cents), 0) from grant_payment where mutual_id = ${mutualId})::bigint as grants,
          (select coalesce(sum(total_cents), 0) from provider_bill where mutual_id = ${mutualId} and status = 'approved')::bigint as bills_owed,
          (select coalesce(sum(total_cents), 0) from provider_bill where mutual_id = ${mutualId} and status = 'paid')::bigint as bills_paid,
          (select coalesce(sum(amount_cents), 0) from grant_payment where mutual_id = ${mutualId})::bigint as grant_received`);
        assert.equal(
          bal('1200'),
          Number(sums.invoiced) - Number(sums.paid),
          'receivables = invoices and credit notes − payments',
        );
        assert.equal(
          bal('1210'),
          Number(sums.subsidies) - Number(sums.grants),
          'grants receivable = subsidies − what funders paid or refused',
        );
        assert.equal(bal('2100'), 0 - Number(sums.bills_owed), 'payables = approved bills not paid');
        assert.equal(
          bal('1010'),
          Number(sums.paid) + Number(sums.grant_received) - Number(sums.bills_paid),
          'bank = payments in − bills paid',
        );
        const claims = await q<{ claimed: number; attached: number }>(
          sql`select c.claimed_cents as claimed, (select coalesce(sum(cents), 0) from invoice_subsidy s where s.claim_id = c.id)::bigint as attached from funding_claim c where c.mutual_id = ${mutualId}`,
        );
        for (const c of claims)
          assert.equal(Number(c.claimed), Number(c.attached), 'a claim is the sum of its subsidies');
      }),
      { numRuns: 6, seed: 20261106, endOnFailure: true, includeErrorInReport: true },
    );
  });
});
