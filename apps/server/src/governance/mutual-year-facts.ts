// Gathers, for many mutuals and years at once, the facts each year of the scorecard rests on: a
// handful of set-based statements (scorecard-repository.ts), then plain arithmetic per mutual-year.
import { type BoardOffice, type BoardSeatKind, checkBoardComposition, sitsOn } from '@mutualis/domain/governance/board';
import { runsOn } from '@mutualis/domain/governance/ecosystem';
import type { MutualYearFacts } from '@mutualis/domain/governance/scorecard';
import { EDUCATION_LEVELS } from '@mutualis/domain/reference/people';
import type { Db } from '../db/client.ts';
import { evidenceYearsOf, NO_EVIDENCE } from '../evidence/index.ts';
import { ledgerYearsOf } from '../finance/index.ts';
import { scorecardRepository } from './scorecard-repository.ts';

const LOW_SKILLED = EDUCATION_LEVELS.filter((e) => e.lowSkilled).map((e) => e.code);

const groupBy = <T>(rows: readonly T[], key: (r: T) => string) => {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
};

/** Each mutual's active members today (a mutual without any counts 0): one statement, for lists. */
export async function activeMembersTodayOf(db: Db, mutualIds: string[], today: string): Promise<Map<string, number>> {
  const year = Number(today.slice(0, 4));
  const rows = await scorecardRepository(db).membersByYear(mutualIds, year, year, today);
  return new Map(mutualIds.map((id) => [id, rows.find((r) => r.mutual_id === id)?.active_at_end ?? 0]));
}

/**
 * The facts of every year from `from` to `to` for each mutual (a year ends today when it is the current
 * one). `consentingOnly`: the evidence counts only firms whose research consent is granted (eyes
 * outside the mutual, decision 44).
 */
export async function gatherMutualYearFacts(
  db: Db,
  mutualIds: string[],
  from: number,
  to: number,
  today: string,
  options: { consentingOnly?: boolean } = {},
): Promise<Map<string, MutualYearFacts[]>> {
  const repo = scorecardRepository(db);
  const until = `${to}-12-31` < today ? `${to}-12-31` : today;
  const [terms, seats, meetings, leaders, partners, supports, members, reports, sessions, ledger, evidence] =
    await Promise.all([
      repo.boardTerms(mutualIds),
      repo.activeSeats(mutualIds),
      repo.meetings(mutualIds, from, to),
      repo.activeLeaders(mutualIds, from, to),
      repo.partners(mutualIds),
      repo.supports(mutualIds, from, to),
      repo.membersByYear(mutualIds, from, to, today),
      repo.activityYears(mutualIds, from, to),
      repo.reachFromSessions(mutualIds, from, to, LOW_SKILLED),
      ledgerYearsOf(db, mutualIds, from, to, until),
      evidenceYearsOf(db, mutualIds, from, to, today, options.consentingOnly ?? false),
    ]);
  const termsBy = groupBy(terms, (t) => t.mutual_id);
  const meetingsBy = groupBy(meetings, (m) => `${m.mutual_id}/${m.held_on.slice(0, 4)}`);
  const leadersBy = new Map(leaders.map((l) => [`${l.mutual_id}/${l.year}`, l.n]));
  const partnersBy = groupBy(partners, (p) => p.mutual_id);
  const supportsBy = groupBy(supports, (s) => s.mutual_id);
  const membersBy = new Map(members.map((m) => [`${m.mutual_id}/${m.year}`, m]));
  const reportsBy = new Map(reports.map((r) => [`${r.mutual_id}/${r.year}`, r]));
  const sessionsBy = new Map(sessions.map((r) => [`${r.mutual_id}/${r.year}`, r]));

  const out = new Map<string, MutualYearFacts[]>();
  for (const mutualId of mutualIds) {
    const years: MutualYearFacts[] = [];
    const mutualTerms = (termsBy.get(mutualId) ?? []).map((t) => ({
      seatKind: t.seat_kind as BoardSeatKind,
      office: t.office as BoardOffice,
      termStart: t.term_start,
      termEnd: t.term_end,
    }));
    const firstTerm = mutualTerms.reduce<string | null>(
      (min, t) => (min === null || t.termStart < min ? t.termStart : min),
      null,
    );
    for (let year = from; year <= to; year++) {
      const first = `${year}-01-01`;
      const last = `${year}-12-31` < today ? `${year}-12-31` : today;
      if (first > today) break;
      const key = `${mutualId}/${year}`;
      // The board counts from the first term on record: earlier years are unknown, not a breach.
      let board: MutualYearFacts['board'] = null;
      if (firstTerm !== null && firstTerm <= last) {
        const sitting = mutualTerms.filter((t) => sitsOn(t, last));
        const yearMeetings = (meetingsBy.get(key) ?? []).map((m) => ({
          present: m.present,
          sitting: mutualTerms.filter((t) => sitsOn(t, m.held_on)).length,
        }));
        board = {
          compliant: checkBoardComposition(sitting, Math.max(seats.get(mutualId) ?? 0, sitting.length)).compliant,
          meetings: yearMeetings,
        };
      }
      const yearPartners = (partnersBy.get(mutualId) ?? []).filter(
        (p) => p.since <= last && (p.until === null || p.until >= first),
      );
      const yearSupports = (supportsBy.get(mutualId) ?? []).filter(
        (s) =>
          runsOn({ startsOn: s.starts_on, endsOn: s.ends_on ?? s.starts_on }, last) ||
          (s.starts_on >= first && s.starts_on <= last),
      );
      const financial = new Map<string, number>();
      for (const s of yearSupports) {
        // Money counts in the year it was granted (its first day).
        if (s.kind === 'financial' && s.starts_on >= first && s.starts_on <= last)
          financial.set(s.partner_id, (financial.get(s.partner_id) ?? 0) + (s.amount_cents ?? 0));
      }
      const m = membersBy.get(key);
      const report = reportsBy.get(key);
      const live = sessionsBy.get(key);
      const activity = report
        ? {
            firmsServed: report.firms_served,
            microSmallFirmsServed: report.micro_small_firms_served,
            workersServed: report.workers_served,
            lowSkilledWorkersServed: report.low_skilled_workers_served,
          }
        : live
          ? {
              firmsServed: live.firms,
              microSmallFirmsServed: live.micro_small,
              workersServed: live.workers,
              lowSkilledWorkersServed: live.low_skilled,
            }
          : null;
      years.push({
        year,
        board,
        activeLeaders: leadersBy.get(key) ?? 0,
        ecosystem: {
          activePartners: yearPartners.length,
          partnerKinds: new Set(yearPartners.map((p) => p.kind)).size,
          supportKinds: new Set(yearSupports.map((s) => s.kind)).size,
          financialByPartnerCents: [...financial.values()],
        },
        members: {
          activeAtStart: m?.active_at_start ?? 0,
          renewed: m?.renewed ?? 0,
          activeAtEnd: m?.active_at_end ?? 0,
        },
        activity,
        finance: ledger.get(key) ?? null,
        evidence: evidence.get(key) ?? NO_EVIDENCE,
      });
    }
    out.set(mutualId, years);
  }
  return out;
}
