import type { ChangeMemberStatusRequest, Member } from '@mutualis/contracts';
import { changeMemberStatus as applyStatusChange } from '@mutualis/domain/members/index';
import { auditRepository } from '../audit/index.ts';
import { memberRepository } from './repository.ts';
import { invalid, notFound } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';
import { changedFields, quebecToday, toMember } from './member-views.ts';

/** Moves a member along its life cycle (rules in domain/members/status.ts); audited. */
export async function changeMemberStatus(deps: Deps, actor: Caller, mutualId: string, memberId: string, input: ChangeMemberStatusRequest): Promise<Member> {
  const today = quebecToday(deps.now());
  return deps.db.transaction().execute(async (trx) => {
    const members = memberRepository(trx);
    const before = await members.findForUpdate(memberId, mutualId);
    if (!before) throw notFound('Member');
    const result = applyStatusChange(
      { status: before.status, statusChangedOn: before.status_changed_on, statusReason: before.status_reason, joinedOn: before.joined_on, leftOn: before.left_on },
      { to: input.status, on: input.on ?? today, reason: input.reason },
      today,
    );
    if (!result.ok) throw invalid(result.field, result.message);
    const n = result.next;
    const after = await members.update(memberId, mutualId, {
      status: n.status,
      status_changed_on: n.statusChangedOn,
      status_reason: n.statusReason,
      joined_on: n.joinedOn,
      left_on: n.leftOn,
      updated_at: deps.now().toISOString(),
    });
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId,
      memberId,
      actorUserId: actor.userId,
      action: 'member.status',
      entityType: 'member',
      entityId: memberId,
      change: changedFields(toMember(before), toMember(after), ['status', 'statusChangedOn', 'statusReason', 'joinedOn', 'leftOn']),
    });
    return toMember(after);
  });
}
