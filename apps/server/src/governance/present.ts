// Rows → API answers of the governance area.
import type { BoardMember, GovernanceDocument, Leader, PartnerSummary } from '@mutualis/contracts';
import { sitsOn } from '@mutualis/domain/governance/board';
import type { BoardMemberRow } from './board-repository.ts';
import type { DocumentRow } from './document-repository.ts';
import type { LeaderRow } from './leader-repository.ts';
import type { PartnerRow } from './partner-repository.ts';

export function presentDocument(
  d: Pick<DocumentRow, 'id' | 'filename' | 'content_type' | 'size_bytes' | 'uploaded_at'> & {
    uploaded_by_name?: string | null;
  },
): GovernanceDocument {
  return {
    id: d.id,
    filename: d.filename,
    contentType: d.content_type,
    sizeBytes: d.size_bytes,
    uploadedAt: d.uploaded_at,
    uploadedByName: d.uploaded_by_name ?? null,
  };
}

/** Documents grouped by their owner's id. */
export function documentsByOwner(rows: DocumentRow[]): Map<string, GovernanceDocument[]> {
  const map = new Map<string, GovernanceDocument[]>();
  for (const r of rows) map.set(r.owner_id, [...(map.get(r.owner_id) ?? []), presentDocument(r)]);
  return map;
}

export function presentBoardMember(r: BoardMemberRow, today: string): BoardMember {
  return {
    id: r.id,
    seatId: r.seat_id,
    seatKind: r.seat_kind as BoardMember['seatKind'],
    seatLabel: r.seat_label,
    name: r.name,
    organisation: r.organisation,
    memberId: r.member_id,
    memberName: r.member_name,
    email: r.email,
    office: r.office as BoardMember['office'],
    termStart: r.term_start,
    termEnd: r.term_end,
    sitting: sitsOn({ termStart: r.term_start, termEnd: r.term_end }, today),
    userId: r.user_id,
  };
}

export function presentLeader(r: LeaderRow, involvement: Leader['involvement'], today: string): Leader {
  return {
    id: r.id,
    name: r.name,
    role: r.role as Leader['role'],
    memberId: r.member_id,
    memberName: r.member_name,
    boardMemberId: r.board_member_id,
    email: r.email,
    since: r.since,
    until: r.until,
    active: r.since <= today && (r.until === null || r.until >= today),
    involvement,
  };
}

export function presentPartnerSummary(r: PartnerRow, today: string): PartnerSummary {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as PartnerSummary['kind'],
    since: r.since,
    until: r.until,
    active: r.since <= today && (r.until === null || r.until >= today),
    supportKinds: r.support_kinds as PartnerSummary['supportKinds'],
    financialCents: Number(r.financial_cents),
    lastSupportOn: r.last_support_on,
  };
}
