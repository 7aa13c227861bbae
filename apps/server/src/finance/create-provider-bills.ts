// A delivered session's provider bill, from the accepted quote (the course's fixed price and price
// per seat, set when the quote was accepted) and the seats really held. It is created "received":
// the coordinator may correct it against the provider's own invoice before approving it, and it
// is posted to the ledger at approval.
import { providerBillAmounts } from '@mutualis/domain/finance/provider-bill';
import type { Db } from '../db/client.ts';
import { billRepository } from './bill-repository.ts';
import type { SettingsRow } from './ledger-repository.ts';
import { ledgerRepository } from './ledger-repository.ts';
import type { SessionFacts } from './session-charges.ts';

/** The number of a provider bill in the mutual's books: FF-000012. */
export const billNumber = (sequence: number) => `FF-${String(sequence).padStart(6, '0')}`;

/**
 * Creates the bills of the delivered sessions that have a provider and no bill yet, and brings a
 * bill not approved yet up to date with the seats held; returns session id → bill id.
 */
export async function createProviderBills(
  db: Db,
  mutualId: string,
  settings: SettingsRow,
  billedOn: string,
  facts: readonly SessionFacts[],
): Promise<Map<string, string>> {
  const repo = billRepository(db);
  const existing = await repo.sessionsWithBills(facts.map((f) => f.session.id));
  const out = new Map<string, string>([...existing].map(([sessionId, b]) => [sessionId, b.id]));
  for (const f of facts) {
    const bill = existing.get(f.session.id);
    if (bill?.status !== 'received' || bill.seats === f.charges.seats) continue;
    const amounts = providerBillAmounts({
      fixedCents: f.session.fixed_cost_cents,
      seatCents: f.session.seat_cost_cents,
      seats: f.charges.seats,
      taxable: bill.taxable,
      gstPpm: settings.gst_ppm,
      qstPpm: settings.qst_ppm,
    });
    await repo.update(mutualId, bill.id, {
      seats: f.charges.seats,
      cost_cents: amounts.costCents,
      gst_cents: amounts.gstCents,
      qst_cents: amounts.qstCents,
      total_cents: amounts.totalCents,
    });
  }
  const due = facts.filter((f) => f.delivered && f.session.provider_id && !existing.has(f.session.id));
  if (due.length === 0) return out;
  let sequence = await ledgerRepository(db).takeNumbers(mutualId, 'provider_bill', due.length);
  const rows = due.map((f) => {
    const amounts = providerBillAmounts({
      fixedCents: f.session.fixed_cost_cents,
      seatCents: f.session.seat_cost_cents,
      seats: f.charges.seats,
      taxable: settings.provider_bills_taxable,
      gstPpm: settings.gst_ppm,
      qstPpm: settings.qst_ppm,
    });
    const id = crypto.randomUUID();
    out.set(f.session.id, id);
    const n = sequence++;
    return {
      id,
      mutual_id: mutualId,
      session_id: f.session.id,
      provider_id: f.session.provider_id as string,
      sequence: n,
      number: billNumber(n),
      billed_on: billedOn,
      fixed_cents: f.session.fixed_cost_cents,
      seat_cents: f.session.seat_cost_cents,
      seats: f.charges.seats,
      cost_cents: amounts.costCents,
      gst_cents: amounts.gstCents,
      qst_cents: amounts.qstCents,
      total_cents: amounts.totalCents,
      taxable: settings.provider_bills_taxable,
    };
  });
  await repo.insert(rows);
  return out;
}
