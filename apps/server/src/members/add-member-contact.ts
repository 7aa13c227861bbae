import type { MemberContact, MemberContactRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { changedFields } from './changed-fields.ts';
import { presentContact } from './present.ts';
import { memberRepository } from './repository.ts';
import { visibleMember } from './visible-member.ts';

/** Adds a contact person to a member the caller may see; a new primary contact takes the flag from the others. */
export async function addMemberContact(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; contact: MemberContactRequest },
): Promise<MemberContact> {
  const { memberId, contact: fields } = input;
  return inTransaction(deps, async (tx) => {
    const member = await visibleMember(tx, caller, memberId);
    const members = memberRepository(tx.db);
    const row = await members.insertContact({
      mutual_id: member.mutual_id,
      member_id: memberId,
      name: fields.name,
      email: fields.email ?? null,
      phone: fields.phone ?? null,
      role_title: fields.roleTitle ?? null,
      is_primary: fields.isPrimary ?? false,
    });
    if (row.is_primary) await members.clearPrimary(memberId, row.id);
    const contact = presentContact(row);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: member.mutual_id,
      memberId,
      actorUserId: caller.userId,
      action: 'member_contact.create',
      entityType: 'member_contact',
      entityId: row.id,
      change: changedFields(
        { name: null, email: null, phone: null, roleTitle: null, isPrimary: null } as Record<string, unknown>,
        contact,
        ['name', 'email', 'phone', 'roleTitle', 'isPrimary'],
      ),
    });
    return contact;
  });
}
