// The evidence a funder asks for with a claim: the firms' invoices and their payments, the
// attendance registers of the sessions, the attestations issued.
import type { Claim } from '@mutualis/contracts';
import type { Db } from '../db/client.ts';
import type { ClaimEvidence } from '../documents/claim-pdf.ts';
import { fundingRepository } from './repository.ts';

export async function claimEvidence(db: Db, claim: Claim): Promise<ClaimEvidence & { invoiceIds: string[] }> {
  const repo = fundingRepository(db);
  const sessionIds = claim.sessions.map((s) => s.sessionId);
  const titles = new Map(claim.sessions.map((s) => [s.sessionId, s.titleFr]));
  const invoices = await repo.claimInvoices(claim.id);
  const [payments, attendance, attestations] = await Promise.all([
    repo.invoicePayments(invoices.map((i) => i.id)),
    repo.claimAttendance(sessionIds),
    repo.claimAttestations(sessionIds),
  ]);
  return {
    invoiceIds: invoices.map((i) => i.id),
    invoices: invoices.map((i) => ({
      number: i.number,
      memberName: i.member_name,
      subsidyCents: Number(i.subsidy_cents),
      totalCents: Number(i.total_cents),
      paidCents: Number(i.paid_cents),
    })),
    payments: payments.map((p) => ({
      number: p.number,
      memberName: p.member_name,
      receivedOn: p.received_on,
      amountCents: Number(p.amount_cents),
      method: p.method,
      reference: p.reference,
    })),
    attendance: attendance.map((a) => ({
      sessionTitle: titles.get(a.session_id) ?? '',
      participant: `${a.first_name} ${a.last_name}`,
      memberName: a.member_name,
      day: a.day,
      present: a.present,
      hours: Number(a.hours),
    })),
    attestations: attestations.map((a) => ({
      number: a.number,
      participant: a.participant_name,
      memberName: a.member_name,
      course: a.course_title_fr,
      hours: Number(a.hours),
      dateTo: a.date_to,
    })),
  };
}
