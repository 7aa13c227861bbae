import type { ChangeMemberStatusRequest, Member } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { changeMemberStatus as applyStatusChange } from '@mutualis/domain/members/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { invalid } from '../errors.ts';
import { changedFields } from './changed-fields.ts';
import { presentMember } from './present.ts';
import { memberRepository } from './repository.ts';
import { visibleMember } from './visible-member.ts';

/** Moves a member along its life cycle (rules in domain/members/status.ts; coordinators); audited. */
export async function changeMemberStatus(
  deps: Deps,
  caller: Caller,
  input: { memberId: string } & ChangeMemberStatusRequest,
): Promise<Member> {
  const { memberId } = input;
  const now = deps.now();
  const today = todayInMontreal(now);
  return inTransaction(deps, async (tx) => {
    const before = await visibleMember(tx, caller, memberId, { forUpdate: true });
    const result = applyStatusChange(
      {
        status: before.status,
        statusChangedOn: before.status_changed_on,
        statusReason: before.status_reason,
        joinedOn: before.joined_on,
        leftOn: before.left_on,
      },
      { to: input.status, on: input.on ?? today, reason: input.reason },
      today,
    );
    if (!result.ok) throw invalid(result.field, result.code, result.params);
    const n = result.next;
    const after = await memberRepository(tx.db).update(memberId, before.mutual_id, {
      status: n.status,
      status_changed_on: n.statusChangedOn,
      status_reason: n.statusReason,
      joined_on: n.joinedOn,
      left_on: n.leftOn,
      updated_at: now.toISOString(),
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId: before.mutual_id,
      memberId,
      actorUserId: caller.userId,
      action: 'member.status',
      entityType: 'member',
      entityId: memberId,
      change: changedFields(presentMember(before), presentMember(after), [
        'status',
        'statusChangedOn',
        'statusReason',
        'joinedOn',
        'leftOn',
      ]),
    });
    return presentMember(after);
  });
}
