// The facts of sessions that invoicing needs, loaded in a few queries for any number of sessions,
// and what each member should have been invoiced for each of them (the target), by the domain's
// session charges under the mutual's cost-sharing rule and cancellation fees.

import { enrolmentKeptSeat } from '@mutualis/domain/delivery/enrolment';
import { sessionIsDelivered } from '@mutualis/domain/delivery/lifecycle';
import {
  type ChargedAmounts,
  type MemberSeats,
  NOTHING_CHARGED,
  type SessionCharges,
  sessionCharges,
} from '@mutualis/domain/finance/session-billing';
import { sizeClassOf } from '@mutualis/domain/reference/size-class';
import type { Db } from '../db/client.ts';
import { billingRepository, type InvoiceLineRow, type SessionRow } from './billing-repository.ts';
import { cancellationPolicyOf } from './books.ts';
import type { SettingsRow } from './ledger-repository.ts';

export interface SessionFacts {
  session: SessionRow;
  delivered: boolean;
  charges: SessionCharges;
  /** Each member's participants holding a seat: TEER and hours (present, once delivered; scheduled before). */
  participants: Map<string, { teer: number | null; hours: number }[]>;
  /** What each member should be invoiced now. */
  target: Map<string, ChargedAmounts>;
}

/** Rows grouped by their session. */
function bySession<R extends { session_id: string }>(rows: readonly R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of rows) {
    const list = out.get(r.session_id);
    if (list) list.push(r);
    else out.set(r.session_id, [r]);
  }
  return out;
}

/** Loads the sessions (of the mutual) and computes their charges; sessions not found are absent. */
export async function loadSessionFacts(
  db: Db,
  mutualId: string,
  settings: SettingsRow,
  sessionIds: readonly string[],
): Promise<Map<string, SessionFacts>> {
  const repo = billingRepository(db);
  const out = new Map<string, SessionFacts>();
  // 8,000 sessions a statement: a year of the benchmark's mutual in one read of each kind
  for (let i = 0; i < sessionIds.length; i += 8000) {
    const ids = sessionIds.slice(i, i + 8000);
    const [sessions, counts, reserved, participants] = await Promise.all([
      repo.sessions(mutualId, ids),
      repo.enrolmentCounts(ids),
      repo.reservedSeats(ids),
      repo.participants(ids),
    ]);
    const memberIds = [...new Set([...counts.map((c) => c.member_id), ...reserved.map((r) => r.member_id)])];
    const members = await repo.members(mutualId, memberIds);
    const countsOf = bySession(counts);
    const reservedOf = bySession(reserved);
    const participantsOf = bySession(participants);
    for (const s of sessions) {
      const delivered = sessionIsDelivered(s.status);
      const bySeat = new Map<string, MemberSeats>();
      const seatOf = (memberId: string) => {
        let m = bySeat.get(memberId);
        if (!m) {
          const member = members.get(memberId);
          m = {
            memberId,
            sizeClass: member ? sizeClassOf(member.headcount) : undefined,
            seats: 0,
            lateCancellations: 0,
            noShows: 0,
          };
          bySeat.set(memberId, m);
        }
        return m;
      };
      if (s.status !== 'cancelled') {
        for (const c of countsOf.get(s.id) ?? []) {
          const m = seatOf(c.member_id);
          if (enrolmentKeptSeat(c.status)) m.seats += c.n;
          if (c.status === 'no_show') m.noShows += c.n;
          if (c.status === 'late_cancelled') m.lateCancellations += c.n;
        }
        // before delivery, a firm pays for the seats it reserved even if not all are named yet
        if (!delivered)
          for (const r of reservedOf.get(s.id) ?? [])
            seatOf(r.member_id).seats = Math.max(seatOf(r.member_id).seats, r.seats);
      }
      const list = [...bySeat.values()].sort((a, b) => a.memberId.localeCompare(b.memberId));
      const charges = sessionCharges(
        { fixedCostCents: s.fixed_cost_cents, seatCostCents: s.seat_cost_cents },
        list,
        settings.allocation_rule,
        settings.small_firm_discount_ppm,
        cancellationPolicyOf(settings),
      );
      const target = new Map<string, ChargedAmounts>();
      for (const m of charges.members)
        target.set(m.memberId, {
          shareCents: m.shareCents,
          lateFeeCents: m.lateFeeCents,
          noShowFeeCents: m.noShowFeeCents,
        });
      const people = new Map<string, { teer: number | null; hours: number }[]>();
      for (const p of participantsOf.get(s.id) ?? []) {
        const list = people.get(p.member_id) ?? [];
        list.push({ teer: p.teer, hours: delivered ? Number(p.hours ?? 0) : s.hours });
        people.set(p.member_id, list);
      }
      out.set(s.id, { session: s, delivered, charges, participants: people, target });
    }
  }
  return out;
}

/** What each member was invoiced for a session, from its live lines (not credited), by kind. */
export function invoicedAmounts(lines: readonly InvoiceLineRow[]): Map<string, ChargedAmounts> {
  const out = new Map<string, ChargedAmounts>();
  for (const l of lines) {
    const a = { ...(out.get(l.member_id) ?? NOTHING_CHARGED) };
    const cents = Number(l.gross_cents);
    if (l.kind === 'session_share') a.shareCents += cents;
    if (l.kind === 'late_cancellation_fee') a.lateFeeCents += cents;
    if (l.kind === 'no_show_fee') a.noShowFeeCents += cents;
    out.set(l.member_id, a);
  }
  return out;
}
