// The invoice lines of a member's charges for a session, in both languages, with subsidies on the share.
import type { ChargedAmounts } from '@mutualis/domain/finance/session-billing';
import type { LineToIssue } from './issue-documents.ts';
import type { SessionFacts } from './session-charges.ts';
import type { subsidyCalculator } from './subsidies.ts';

const dates = (f: SessionFacts) =>
  f.session.first_day
    ? f.session.first_day === f.session.last_day
      ? ` (${f.session.first_day})`
      : ` (${f.session.first_day} – ${f.session.last_day})`
    : '';

/** The lines for a member's target charges on a session; the share carries the programmes' subsidies. */
export function sessionLines(
  f: SessionFacts,
  memberId: string,
  target: ChargedAmounts,
  member: { headcount: number; regionCode: string },
  on: string,
  subsidies: Awaited<ReturnType<typeof subsidyCalculator>>,
): LineToIssue[] {
  const m = f.charges.members.find((c) => c.memberId === memberId);
  const s = f.session;
  const lines: LineToIssue[] = [];
  if (target.shareCents > 0) {
    const seats = m?.seats ?? 0;
    lines.push({
      kind: 'session_share',
      descriptionFr: `Quote-part : ${s.title_fr}${dates(f)} — ${seats} place${seats > 1 ? 's' : ''}`,
      descriptionEn: `Share: ${s.title_en}${dates(f)} — ${seats} seat${seats > 1 ? 's' : ''}`,
      sessionId: s.id,
      quantity: seats,
      grossCents: target.shareCents,
      subsidies: subsidies.grant({
        key: `${s.id}|${memberId}`,
        memberId,
        sessionId: s.id,
        on,
        grossCents: target.shareCents,
        member,
        participants: f.participants.get(memberId) ?? [],
      }),
    });
  }
  if (target.lateFeeCents > 0) {
    const n = m?.lateCancellations ?? 0;
    lines.push({
      kind: 'late_cancellation_fee',
      descriptionFr: `Annulation tardive : ${s.title_fr}${dates(f)} — ${n} participant${n > 1 ? 's' : ''}`,
      descriptionEn: `Late cancellation: ${s.title_en}${dates(f)} — ${n} participant${n > 1 ? 's' : ''}`,
      sessionId: s.id,
      quantity: n,
      grossCents: target.lateFeeCents,
    });
  }
  if (target.noShowFeeCents > 0) {
    const n = m?.noShows ?? 0;
    lines.push({
      kind: 'no_show_fee',
      descriptionFr: `Absence sans préavis : ${s.title_fr}${dates(f)} — ${n} participant${n > 1 ? 's' : ''}`,
      descriptionEn: `No-show: ${s.title_en}${dates(f)} — ${n} participant${n > 1 ? 's' : ''}`,
      sessionId: s.id,
      quantity: n,
      grossCents: target.noShowFeeCents,
    });
  }
  return lines;
}
