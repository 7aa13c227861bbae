import type { MyFirmSavings, SavingsLine } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { poolingRepository } from './repository.ts';
import { renderSavingsStatementPdf } from '../documents/savings-statement-pdf.ts';
import { notFound } from '../errors.ts';
import type { Deps } from '../caller.ts';

const totalsOf = (lines: SavingsLine[]) => ({
  seats: lines.reduce((t, l) => t + l.seats, 0),
  pooledCents: lines.reduce((t, l) => t + l.pooledCents, 0),
  standaloneCents: lines.reduce((t, l) => t + l.standaloneCents, 0),
  savingsCents: lines.reduce((t, l) => t + l.savingsCents, 0),
});

/**
 * One firm's savings from pooling: for each of its needs in accepted plans, its share of the
 * pooled session against what the same seats would cost it alone. Only the firm's own rows are
 * read: no other firm's name or figures can appear.
 */
export async function getMemberSavings(deps: Deps, scope: { mutualId: string; memberId: string }, year?: number): Promise<MyFirmSavings> {
  const repo = poolingRepository(deps.db);
  const memberName = await repo.memberName(scope.mutualId, scope.memberId);
  if (memberName === null) throw notFound('Member');
  const rows = await repo.reservationsOfMember(scope.mutualId, scope.memberId);
  const lines: SavingsLine[] = rows.map((r) => ({
    // the inner join on need keeps out seats reserved by hand (no need behind them)
    needId: r.need_id as string,
    sessionId: r.session_id,
    topicFr: r.topic_fr,
    topicEn: r.topic_en,
    courseFr: r.course_fr,
    courseEn: r.course_en,
    period: r.period,
    regionCode: r.region_code,
    sessionStatus: r.session_status,
    seats: r.seats,
    pooledCents: r.share_cents,
    standaloneCents: r.standalone_cents,
    savingsCents: r.standalone_cents - r.share_cents,
  }));
  const y = year ?? Number(todayInMontreal(deps.now()).slice(0, 4));
  return {
    memberId: scope.memberId,
    memberName,
    year: y,
    lines,
    totals: totalsOf(lines),
    yearToDate: totalsOf(lines.filter((l) => l.period.startsWith(`${y}-`))),
  };
}

/** The firm's savings statement for a year as a bilingual PDF (lang first) and its file name. */
export async function savingsStatement(
  deps: Deps,
  scope: { mutualId: string; memberId: string },
  year: number | undefined,
  lang: 'fr' | 'en',
): Promise<{ bytes: Uint8Array; filename: string }> {
  const savings = await getMemberSavings(deps, scope, year);
  const pdf = await renderSavingsStatementPdf(savings, lang, todayInMontreal(deps.now()));
  return { bytes: new Uint8Array(pdf), filename: `${lang === 'fr' ? 'releve-economies' : 'savings-statement'}-${savings.year}.pdf` };
}
