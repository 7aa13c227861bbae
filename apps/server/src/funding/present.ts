// Funding rows → API answers.
import type { Claim, FundingProgramme, MutualFunder } from '@mutualis/contracts';
import { reconcileClaim } from '@mutualis/domain/finance/claims';
import type { Db } from '../db/client.ts';
import { type ClaimRow, type FunderRow, fundingRepository, type ProgrammeRow } from './repository.ts';

const cents = (v: number | string | null) => (v === null ? null : Number(v));

export const presentFunder = (f: FunderRow): MutualFunder => ({
  id: f.id,
  name: f.name,
  kind: f.kind,
  contactName: f.contact_name,
  contactEmail: f.contact_email,
  accountCode: f.account_code,
  platformFunderId: f.platform_funder_id,
  platformFunderName: f.platform_funder_name,
});

export const presentProgramme = (p: ProgrammeRow): FundingProgramme => ({
  id: p.id,
  funderId: p.funder_id,
  funderName: p.funder_name,
  name: p.name,
  startsOn: p.starts_on,
  endsOn: p.ends_on,
  coveragePpm: p.coverage_ppm,
  eligibleCategories: p.eligible_categories as FundingProgramme['eligibleCategories'],
  caps: {
    perParticipantHourCents: cents(p.cap_per_participant_hour_cents),
    perActivityCents: cents(p.cap_per_activity_cents),
    perMemberPerYearCents: cents(p.cap_per_member_per_year_cents),
    perYearCents: cents(p.cap_per_year_cents),
  },
  eligibility: {
    sizeClasses: p.eligible_size_classes as FundingProgramme['eligibility']['sizeClasses'],
    teerLevels: p.eligible_teer_levels,
    regions: p.eligible_regions,
  },
  budgetCents: cents(p.budget_cents),
  active: p.active,
});

export const presentClaimSummary = (c: ClaimRow) => ({
  id: c.id,
  number: c.number,
  funderId: c.funder_id,
  funderName: c.funder_name,
  programmeId: c.programme_id,
  programmeName: c.programme_name,
  periodFrom: c.period_from,
  periodTo: c.period_to,
  status: c.status,
  claimedCents: Number(c.claimed_cents),
  receivedCents: Number(c.received_cents),
  refusedCents: Number(c.refused_cents),
  outstandingCents:
    c.status === 'draft' ? 0 : Number(c.claimed_cents) - Number(c.received_cents) - Number(c.refused_cents),
  submittedOn: c.submitted_on,
  createdAt: c.created_at,
});

/** A claim with its sessions (claimed, received and the difference for each), the funder's payments and the evidence gathered. */
export async function presentClaim(db: Db, c: ClaimRow): Promise<Claim> {
  const repo = fundingRepository(db);
  const sessions = await repo.claimSessions(c.id);
  const sessionIds = sessions.map((s) => s.session_id as string);
  const [payments, invoices, attestations, registers, attendance] = await Promise.all([
    repo.grantPayments(c.id),
    repo.claimInvoices(c.id),
    repo.claimAttestations(sessionIds),
    repo.registers(sessionIds),
    repo.claimAttendance(sessionIds),
  ]);
  const reconciled = reconcileClaim(
    sessions.map((s) => ({ sessionId: s.session_id as string, claimedCents: Number(s.claimed) })),
    Number(c.received_cents),
  );
  return {
    ...presentClaimSummary(c),
    sessions: sessions.map((s, i) => ({
      sessionId: s.session_id as string,
      titleFr: s.title_fr,
      titleEn: s.title_en,
      firstDay: s.first_day,
      lastDay: s.last_day,
      participants: s.participants ?? 0,
      participantHours: Number(s.hours ?? 0),
      members: s.members,
      claimedCents: reconciled[i].claimedCents,
      receivedCents: reconciled[i].receivedCents,
      differenceCents: reconciled[i].differenceCents,
    })),
    payments: payments.map((p) => ({
      id: p.id,
      receivedOn: p.received_on,
      amountCents: Number(p.amount_cents),
      refusedCents: Number(p.refused_cents),
      reference: p.reference,
    })),
    evidence: {
      invoices: invoices.length,
      invoicesPaid: invoices.filter((i) => i.status === 'paid').length,
      attestations: attestations.length,
      registers,
      attendanceRecords: attendance.length,
    },
  };
}
