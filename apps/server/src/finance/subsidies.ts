// Subsidies applied when invoicing: every active programme of the mutual is tried on each
// member's share of a session, in the order the programmes started; each sees what the previous
// ones left and the caps already used (this session, this member this fiscal year, the programme
// this fiscal year), counted as the run goes so that a bulk run respects them too.
import type { FiscalYear } from '@mutualis/domain/finance/fiscal-year';
import { type CostCategory, type FundingProgramme, subsidyFor } from '@mutualis/domain/finance/funding';
import { sizeClassOf } from '@mutualis/domain/reference/size-class';
import type { Db } from '../db/client.ts';
import { subsidyRepository } from './subsidy-repository.ts';

export interface ShareToSubsidise {
  key: string;
  memberId: string;
  sessionId: string;
  on: string;
  grossCents: number;
  member: { headcount: number; regionCode: string };
  participants: { teer: number | null; hours: number }[];
}

export interface GrantedSubsidy {
  programmeId: string;
  funderId: string;
  cents: number;
  eligibleCents: number;
  limits: string[];
}

/** Prepares the programmes and their use for a run; `grant` then gives each share its subsidies. */
export async function subsidyCalculator(db: Db, mutualId: string, year: FiscalYear) {
  const repo = subsidyRepository(db);
  const rows = await repo.activeProgrammes(mutualId);
  const programmes: FundingProgramme[] = rows.map((p) => ({
    id: p.id,
    funderId: p.funder_id,
    startsOn: p.starts_on,
    endsOn: p.ends_on,
    coveragePpm: p.coverage_ppm,
    eligibleCategories: p.eligible_categories as CostCategory[],
    caps: {
      perParticipantHourCents:
        p.cap_per_participant_hour_cents === null ? null : Number(p.cap_per_participant_hour_cents),
      perActivityCents: p.cap_per_activity_cents === null ? null : Number(p.cap_per_activity_cents),
      perMemberPerYearCents: p.cap_per_member_per_year_cents === null ? null : Number(p.cap_per_member_per_year_cents),
      perYearCents: p.cap_per_year_cents === null ? null : Number(p.cap_per_year_cents),
    },
    eligibility: {
      sizeClasses: p.eligible_size_classes as FundingProgramme['eligibility']['sizeClasses'],
      teerLevels: p.eligible_teer_levels,
      regions: p.eligible_regions,
    },
  }));
  const used = await repo.used(
    programmes.map((p) => p.id),
    { from: year.start, to: year.end },
  );
  const key = (...parts: (string | null)[]) => parts.join('|');
  const bySession = new Map(used.bySession.map((r) => [key(r.programme_id, r.session_id), Number(r.cents)]));
  const byMember = new Map(used.byMember.map((r) => [key(r.programme_id, r.member_id), Number(r.cents)]));
  const byProgramme = new Map(used.byProgramme.map((r) => [r.programme_id, Number(r.cents)]));
  const add = (map: Map<string, number>, k: string, cents: number) => map.set(k, (map.get(k) ?? 0) + cents);
  return {
    programmes,
    /** The subsidies of one share (programmes in order), counted against the caps for the next shares. */
    grant(share: ShareToSubsidise): GrantedSubsidy[] {
      const out: GrantedSubsidy[] = [];
      let left = share.grossCents;
      for (const p of programmes) {
        if (left <= 0) break;
        const s = subsidyFor(p, {
          on: share.on,
          member: { sizeClass: sizeClassOf(share.member.headcount), regionCode: share.member.regionCode },
          participants: share.participants,
          costs: { trainer_fees: left } as Partial<Record<CostCategory, number>>,
          used: {
            activityCents: bySession.get(key(p.id, share.sessionId)) ?? 0,
            memberYearCents: byMember.get(key(p.id, share.memberId)) ?? 0,
            programmeYearCents: byProgramme.get(p.id) ?? 0,
          },
        });
        if (s.cents <= 0) continue;
        const cents = Math.min(s.cents, left);
        left -= cents;
        add(bySession, key(p.id, share.sessionId), cents);
        add(byMember, key(p.id, share.memberId), cents);
        add(byProgramme, p.id, cents);
        out.push({ programmeId: p.id, funderId: p.funderId, cents, eligibleCents: s.eligibleCents, limits: s.limits });
      }
      return out;
    },
  };
}
