import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import { pdfText, sessionWith } from './finance-builders.ts';
import {
  type Client,
  createTestContext,
  loginAs,
  newMember,
  newMutual,
  newProvider,
  type TestContext,
} from './harness.ts';

// Funding through the API: a funder and its grant account, a programme as data, subsidies on
// invoices, a claim that gathers them with its evidence (PDF and ZIP), the funder's payment
// reconciled per session with a refusal written off, and the budget used against agreed.

/** The names and texts of a ZIP's entries (deflate or stored). */
function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes);
  const out = new Map<string, Buffer>();
  let p = 0;
  while (buf.readUInt32LE(p) === 0x04034b50) {
    const method = buf.readUInt16LE(p + 8);
    const size = buf.readUInt32LE(p + 18);
    const nameLength = buf.readUInt16LE(p + 26);
    const extra = buf.readUInt16LE(p + 28);
    const name = buf.subarray(p + 30, p + 30 + nameLength).toString('utf8');
    const data = buf.subarray(p + 30 + nameLength + extra, p + 30 + nameLength + extra + size);
    out.set(name, method === 8 ? inflateRawSync(data) : data);
    p += 30 + nameLength + extra + size;
  }
  return out;
}

describe('funding', () => {
  let ctx: TestContext;
  let coord: Client;
  let mutualId: string;
  let funderId: string;
  let programmeId: string;
  let claimId: string;

  before(async () => {
    ctx = await createTestContext();
    mutualId = (await newMutual(ctx)).id;
    coord = (await loginAs(ctx, 'coordinator', { mutualId })).client;
  });
  after(() => ctx.close());

  const tb = async () =>
    (await (await coord.get('/api/finance/trial-balance')).json()) as {
      balanced: boolean;
      rows: { code: string; balanceCents: number }[];
    };
  const balance = (t: Awaited<ReturnType<typeof tb>>, code: string) =>
    t.rows.find((r) => r.code === code)?.balanceCents ?? 0;

  it('given a new funder, then it gets its own grant revenue account 4301', async () => {
    const res = await coord.post('/api/funding/funders', {
      name: 'Commission des partenaires du marché du travail',
      kind: 'government',
      contactEmail: 'fdrcmo@example.test',
    });
    assert.equal(res.status, 201, await res.clone().text());
    const funder = (await res.json()) as { id: string; accountCode: string };
    funderId = funder.id;
    assert.equal(funder.accountCode, '4301');
    assert.equal(
      (
        await coord.post('/api/funding/funders', {
          name: 'commission des partenaires du marché du travail',
          kind: 'government',
        })
      ).status,
      400,
    );
  });

  it('given a programme as data (60 % of trainer fees, $20 per participant-hour, micro and small firms), then it is stored; bad terms are refused', async () => {
    const res = await coord.post('/api/funding/programmes', {
      funderId,
      name: 'Formation en entreprise 2026-2029',
      startsOn: '2026-04-01',
      endsOn: '2029-03-31',
      coveragePpm: 600_000,
      eligibleCategories: ['trainer_fees', 'trainee_wages'],
      caps: { perParticipantHourCents: 2_000 },
      eligibility: { sizeClasses: ['micro', 'small'] },
      budgetCents: 15_000_000,
    });
    assert.equal(res.status, 201, await res.clone().text());
    programmeId = ((await res.json()) as { id: string }).id;
    const reversed = await coord.post('/api/funding/programmes', {
      funderId,
      name: 'X',
      startsOn: '2027-01-01',
      endsOn: '2026-01-01',
      coveragePpm: 1,
      eligibleCategories: ['travel'],
    });
    assert.equal(reversed.status, 400);
    const unknown = await coord.post('/api/funding/programmes', {
      funderId: '00000000-0000-4000-8000-000000000001',
      name: 'X',
      startsOn: '2026-01-01',
      endsOn: '2027-01-01',
      coveragePpm: 1,
      eligibleCategories: ['travel'],
    });
    assert.equal(unknown.status, 400);
  });

  it('given two sessions invoiced (a small firm and a large one), then only the small firm’s share is subsidised, within $20 a participant-hour, to the funder’s account', async () => {
    const provider = await newProvider(ctx, mutualId);
    const small = await newMember(ctx, mutualId, { headcount: 30 });
    const large = await newMember(ctx, mutualId, { headcount: 800 });
    for (const days of [['2026-09-14', '2026-09-15'], ['2026-10-05']]) {
      // $900 fixed, no seat cost; 1 seat each: shares $450; 60 % = $270; cap: 1 participant × hours × $20
      const s = await sessionWith(ctx, {
        mutualId,
        providerId: provider.id,
        fixedCents: 90_000,
        seatCents: 0,
        days,
        participants: [
          { member: small, status: 'confirmed' },
          { member: large, status: 'confirmed' },
        ],
      });
      await coord.post(`/api/finance/sessions/${s.session.id}/invoice`, { issuedOn: days[days.length - 1] });
    }
    const invoices = (
      (await (await coord.get(`/api/invoices?memberId=${small.id}`)).json()) as { items: { subsidyCents: number }[] }
    ).items;
    // 2 days × 7 h × $20 = $280 ≥ $270: $270; 1 day: 7 h × $20 = $140
    assert.deepEqual(
      invoices.map((i) => i.subsidyCents).sort((a, b) => a - b),
      [14_000, 27_000],
    );
    const others = (
      (await (await coord.get(`/api/invoices?memberId=${large.id}`)).json()) as { items: { subsidyCents: number }[] }
    ).items;
    assert.deepEqual(
      others.map((i) => i.subsidyCents),
      [0, 0],
    );
    const t = await tb();
    assert.equal(balance(t, '4301'), -41_000);
    assert.equal(balance(t, '1210'), 41_000);
  });

  it('given a period without subsidies, then no claim (409); given September–October, then a draft claim of $410 with its two sessions and evidence', async () => {
    assert.equal(
      (await coord.post('/api/funding/claims', { programmeId, periodFrom: '2026-01-01', periodTo: '2026-08-31' }))
        .status,
      409,
    );
    const res = await coord.post('/api/funding/claims', {
      programmeId,
      periodFrom: '2026-09-01',
      periodTo: '2026-10-31',
    });
    assert.equal(res.status, 201, await res.clone().text());
    const claim = (await res.json()) as {
      id: string;
      number: string;
      claimedCents: number;
      status: string;
      sessions: { participants: number; participantHours: number }[];
      evidence: { invoices: number; attendanceRecords: number };
    };
    claimId = claim.id;
    assert.deepEqual(
      [claim.number, claim.claimedCents, claim.status, claim.sessions.length],
      ['R-000001', 41_000, 'draft', 2],
    );
    assert.deepEqual([claim.evidence.invoices, claim.evidence.attendanceRecords], [2, 6]);
  });

  it('given the claim, then its PDF and its ZIP (claim PDF, invoice PDFs, registers, attestations, payments) download', async () => {
    const pdf = await coord.get(`/api/funding/claims/${claimId}/pdf`);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    const text = pdfText(await pdf.arrayBuffer());
    assert.match(text, /R-000001/);
    assert.match(text, /Registres de présence/);
    const zip = await coord.get(`/api/funding/claims/${claimId}/zip`);
    assert.equal(zip.status, 200);
    const entries = unzip(new Uint8Array(await zip.arrayBuffer()));
    const names = [...entries.keys()].sort();
    assert.ok(names.includes('R-000001/reclamation-R-000001.pdf'), names.join());
    assert.equal(names.filter((n) => n.startsWith('R-000001/factures/')).length, 2);
    assert.match(
      entries.get('R-000001/presences.csv')?.toString('utf8') ?? '',
      /activite,participant,entreprise,jour,present,heures/,
    );
  });

  it('given a draft claim, then no payment (409); once submitted, $369 received and $41 refused: partly refused, differences per session, the ledger settled', async () => {
    const draft = await coord.post(`/api/funding/claims/${claimId}/payments`, {
      receivedOn: '2026-11-10',
      amountCents: 100,
    });
    assert.equal(draft.status, 409);
    const draftProblem = (await draft.json()) as { code: string; detail: string; errors: { code: string }[] };
    assert.equal(draftProblem.code, 'not_payable');
    assert.equal(draftProblem.errors[0].code, 'claim_not_submitted');
    assert.match(draftProblem.detail, /^La réclamation R-\d{6} n’est pas soumise : /);
    assert.equal(
      (await coord.post(`/api/funding/claims/${claimId}/submit`, { submittedOn: '2026-11-01' })).status,
      200,
    );
    assert.equal(
      (await coord.post(`/api/funding/claims/${claimId}/payments`, { receivedOn: '2026-11-10', amountCents: 41_001 }))
        .status,
      400,
    );
    const res = await coord.post(`/api/funding/claims/${claimId}/payments`, {
      receivedOn: '2026-11-10',
      amountCents: 36_900,
      refusedCents: 4_100,
      reference: 'DEP-2026-118',
    });
    assert.equal(res.status, 201, await res.clone().text());
    const claim = (await res.json()) as {
      status: string;
      receivedCents: number;
      sessions: { claimedCents: number; receivedCents: number; differenceCents: number }[];
    };
    assert.equal(claim.status, 'partly_refused');
    // $369 spread as $270 : $140 → 243.00 and 126.00; differences 27.00 and 14.00
    assert.deepEqual(
      claim.sessions.map((s) => [s.claimedCents, s.receivedCents, s.differenceCents]).sort((a, b) => b[0] - a[0]),
      [
        [27_000, 24_300, 2_700],
        [14_000, 12_600, 1_400],
      ],
    );
    const t = await tb();
    assert.equal(balance(t, '1210'), 0);
    assert.equal(balance(t, '5900'), 4_100);
    assert.equal(t.balanced, true);
    assert.equal(
      (await coord.post(`/api/funding/claims/${claimId}/payments`, { receivedOn: '2026-11-11', amountCents: 1 }))
        .status,
      409,
    );
  });

  it('given the programme, then the budget shows $410 used of $150,000, claimed, received and refused, and a forecast; the board may read it, a member contact may not', async () => {
    const budget = (await (await coord.get('/api/funding/budget?asOf=2026-11-20')).json()) as {
      items: {
        usedCents: number;
        claimedCents: number;
        receivedCents: number;
        refusedCents: number;
        remainingCents: number;
        forecastCents: number;
        elapsedDays: number;
        termDays: number;
      }[];
    };
    const b = budget.items[0];
    assert.deepEqual(
      [b.usedCents, b.claimedCents, b.receivedCents, b.refusedCents, b.remainingCents],
      [41_000, 41_000, 36_900, 4_100, 15_000_000 - 41_000],
    );
    // 1 April 2026 → 20 November 2026 = 234 days of 1096: 41,000 × 1096 / 234 = 192,034.19… → 192,034
    assert.deepEqual([b.elapsedDays, b.termDays, b.forecastCents], [234, 1096, 192_034]);
    const board = (await loginAs(ctx, 'board_viewer', { mutualId })).client;
    assert.equal((await board.get('/api/funding/budget')).status, 200);
    assert.equal((await board.get('/api/funding/claims')).status, 403);
    const member = (await loginAs(ctx, 'member_contact', { mutualId, memberId: (await newMember(ctx, mutualId)).id }))
      .client;
    assert.equal((await member.get('/api/funding/budget')).status, 403);
  });
});
