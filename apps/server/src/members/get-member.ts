import type { Member } from '@mutualis/contracts';
import { memberRepository } from './repository.ts';
import { notFound } from '../errors.ts';
import type { Deps } from '../caller.ts';
import { toMember } from './member-views.ts';

type Scope = { mutualId: string; memberId: string | null };

/** A member the caller may see: any of its mutual for a coordinator, only its own firm for a member contact. */
export async function getMember(deps: Deps, scope: Scope, memberId: string): Promise<Member> {
  if (scope.memberId && scope.memberId !== memberId) throw notFound('Member');
  const row = await memberRepository(deps.db).find(memberId, scope.mutualId);
  if (!row) throw notFound('Member');
  return toMember(row);
}

/** The audit history of a member and its contacts, newest first (at most 500 entries). */
export async function getMemberHistory(deps: Deps, scope: Scope, memberId: string) {
  await getMember(deps, scope, memberId);
  const rows = await memberRepository(deps.db).history(memberId, scope.mutualId, 500);
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    change: r.change,
  }));
}
