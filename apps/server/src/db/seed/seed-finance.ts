import { addDays } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../../caller.ts';
import { loadConfig } from '../../config.ts';
import {
  approveProviderBill,
  invoiceDues,
  invoiceSession,
  listBillableSessions,
  listInvoices,
  payProviderBill,
  postAdjustment,
  recordPayment,
  updateDuesSchedule,
  updateFinanceSettings,
} from '../../finance/index.ts';
import { createClaim, createFunder, createProgramme, recordClaimPayment, submitClaim } from '../../funding/index.ts';
import { createKeptAnswers } from '../../kept-answers.ts';
import { declareOnePercent } from '../../reports/index.ts';
import type { Db } from '../client.ts';
import type { DemoSeedStep } from './context.ts';

// The demo's money, for each mutual, through the app's own use cases (so the ledger is what the
// app would have written): an opening balance, a year of dues, a funding programme, the delivered
// sessions invoiced net of its subsidies but the latest (left for the coordinator to invoice),
// payments through the year (some partial, some missing), the providers' bills approved and paid,
// a claim partly paid, 1 % declarations of the biggest firms, and the year's annual report in
// progress (its checks name what is left to do).

/**
 * The seed's transaction as the use cases expect a database: their own transaction becomes the
 * seed's, so everything the demo writes is still one transaction.
 */
function inSeedTransaction(trx: Db): Db {
  return new Proxy(trx, {
    get(target, prop) {
      if (prop === 'transaction') return () => ({ execute: <T>(work: (t: Db) => Promise<T>) => work(target) });
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export const seedFinance: DemoSeedStep = {
  name: 'finance',
  async run({ db, dataset, rng, log }) {
    let invoiceCount = 0;
    const year = dataset.asOf.slice(0, 4);
    for (const [index, mutual] of dataset.mutuals.entries()) {
      const coordinator = await db
        .selectFrom('app_user')
        .select(['id', 'email', 'display_name'])
        .where('mutual_id', '=', mutual.id)
        .where('role', '=', 'coordinator')
        .limit(1)
        .executeTakeFirst();
      if (!coordinator) continue;
      let now = new Date(`${year}-01-02T15:00:00Z`);
      const on = (date: string) => {
        now = new Date(`${date}T15:00:00Z`);
      };
      const deps = {
        db: inSeedTransaction(db),
        config: loadConfig({}),
        now: () => now,
        mailer: null,
        // inside the seed's transaction, nothing is kept: a kept page would outlive what it was read in
        keptPages: createKeptAnswers(0),
        unmetJudgements: createKeptAnswers(0),
      } as unknown as Deps;
      const caller: Caller = {
        userId: coordinator.id,
        sessionId: 'seed',
        email: coordinator.email,
        displayName: coordinator.display_name,
        locale: 'fr',
        role: 'coordinator',
        mutualId: mutual.id,
        memberId: null,
        providerId: null,
        csrfToken: 'seed',
      };
      const digits = String(813_456_780 + index * 1_111);
      await updateFinanceSettings(deps, caller, { gstNumber: `${digits} RT0001`, qstNumber: `1${digits} TQ0001` });
      const accounts = await db
        .selectFrom('ledger_account')
        .select(['id', 'code'])
        .where('mutual_id', '=', mutual.id)
        .execute();
      const account = (code: string) => accounts.find((a) => a.code === code)?.id as string;
      await postAdjustment(deps, caller, {
        entryDate: `${year}-01-01`,
        description: 'Soldes d’ouverture de l’exercice — Opening balances',
        lines: [
          { accountId: account('1010'), debitCents: 4_250_000 + index * 1_000_000, creditCents: 0 },
          { accountId: account('3100'), debitCents: 0, creditCents: 4_250_000 + index * 1_000_000 },
        ],
      });
      // dues by firm size, pro-rated for firms that join during the year, invoiced in January
      await updateDuesSchedule(deps, caller, {
        basis: 'size_class',
        flatCents: null,
        bySizeClass: { micro: 15_000, small: 35_000, medium: 75_000, large: 150_000 },
        byPayroll: [],
        prorate: true,
      });
      on(`${year}-01-15`);
      await invoiceDues(deps, caller, { fiscalYearStart: `${year}-01-01`, issuedOn: `${year}-01-15` });
      // a three-year programme: 50 % of trainer fees for micro, small and medium firms, $2,000 per firm a year
      on(`${year}-02-01`);
      const funder = await createFunder(deps, caller, {
        name: 'Commission des partenaires du marché du travail',
        kind: 'government',
        contactEmail: 'programmes@cpmt.example',
      });
      const programme = await createProgramme(deps, caller, {
        funderId: funder.id,
        name: 'Soutien aux mutuelles de formation 2025-2028',
        startsOn: `${Number(year) - 1}-04-01`,
        endsOn: `${Number(year) + 2}-03-31`,
        coveragePpm: 500_000,
        eligibleCategories: ['trainer_fees', 'trainee_wages'],
        caps: { perMemberPerYearCents: 200_000 },
        eligibility: { sizeClasses: ['micro', 'small', 'medium'] },
        budgetCents: 9_000_000,
      });
      // dues paid through the spring: most in full, a few in part, some not at all
      const dues = (await listInvoices(deps, caller, { kind: 'invoice', page: 1, pageSize: 200 })).items;
      for (const [i, inv] of dues.entries()) {
        const draw = rng.next();
        if (draw < 0.15) continue;
        const day = addDays(`${year}-02-01`, Math.floor(rng.next() * 120));
        on(day);
        const amount = draw < 0.25 ? Math.round(inv.totalCents / 2) : inv.totalCents;
        await recordPayment(deps, caller, {
          invoiceId: inv.id,
          receivedOn: day,
          amountCents: amount,
          method: i % 3 === 0 ? 'cheque' : 'transfer',
          reference: i % 3 === 0 ? `CHQ ${1000 + i}` : `VIR-${year}-${100 + i}`,
        });
      }
      // the delivered sessions invoiced a few days after their last day, their provider bills
      // approved and paid, their firms' payments (one in part); the latest delivered session is
      // left for the coordinator to invoice (the annual report's checks name it)
      on(dataset.asOf);
      const sessions = (await listBillableSessions(deps, caller, { state: 'to_invoice', page: 1, pageSize: 200 })).items
        .filter((s) => s.lastDay)
        .sort((a, b) => (a.lastDay as string).localeCompare(b.lastDay as string));
      for (const [i, s] of sessions.slice(0, -1).entries()) {
        const issued = addDays(s.lastDay as string, 3);
        on(issued);
        const run = await invoiceSession(deps, caller, { sessionId: s.sessionId, issuedOn: issued });
        invoiceCount += run.invoices.length;
        if (run.providerBillId) {
          on(addDays(issued, 2));
          await approveProviderBill(deps, caller, { billId: run.providerBillId, approvedOn: addDays(issued, 2) });
          on(addDays(issued, 20));
          await payProviderBill(deps, caller, {
            billId: run.providerBillId,
            paidOn: addDays(issued, 20),
            reference: `VIR-F-${i + 1}`,
          });
        }
        for (const [k, inv] of run.invoices.entries()) {
          const day = addDays(issued, 15 + k * 3);
          on(day);
          await recordPayment(deps, caller, {
            invoiceId: inv.id,
            receivedOn: day,
            amountCents: k === 1 ? Math.round(inv.totalCents * 0.6) : inv.totalCents,
            method: 'transfer',
            reference: `VIR-${day}`,
          });
        }
      }
      // the programme's claim for the first half of the fiscal year's activities, partly paid
      on(addDays(dataset.asOf, -10));
      const claim = await createClaim(deps, caller, {
        programmeId: programme.id,
        periodFrom: `${year}-01-01`,
        periodTo: addDays(dataset.asOf, -20),
      }).catch(() => null);
      if (claim) {
        await submitClaim(deps, caller, { claimId: claim.id, submittedOn: addDays(dataset.asOf, -10) });
        on(addDays(dataset.asOf, -2));
        const advance = Math.round(claim.claimedCents * 0.7);
        await recordClaimPayment(deps, caller, {
          claimId: claim.id,
          receivedOn: addDays(dataset.asOf, -2),
          amountCents: advance,
          refusedCents: 0,
          reference: 'CPMT-AVANCE-1',
        });
      }
      // 1 % declarations of the biggest firms for the year
      on(dataset.asOf);
      const firms = mutual.firms
        .filter((f) => f.status === 'active')
        .sort((a, b) => b.headcount - a.headcount)
        .slice(0, 3);
      for (const [k, f] of firms.entries()) {
        await declareOnePercent(deps, caller, {
          memberId: f.id,
          year: Number(year),
          payrollCents: Math.max(f.annualPayrollCents, 210_000_000 + k * 40_000_000),
          otherSpendingCents: 350_000 * (k + 1),
        });
      }
    }
    log(
      `seeded a year of dues, ${invoiceCount} session invoices, payments, provider bills, a funding claim and 1 % declarations`,
    );
  },
};
