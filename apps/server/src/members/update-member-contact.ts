import type { MemberContact, UpdateMemberContactRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { notFound } from '../errors.ts';
import { changedFields } from './changed-fields.ts';
import { presentContact } from './present.ts';
import { memberRepository } from './repository.ts';
import { visibleMember } from './visible-member.ts';

/** Changes a contact person of a member the caller may see; audited old → new. */
export async function updateMemberContact(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; contactId: string; changes: UpdateMemberContactRequest },
): Promise<MemberContact> {
  const { memberId, contactId, changes } = input;
  return inTransaction(deps, async (tx) => {
    const member = await visibleMember(tx, caller, memberId);
    const members = memberRepository(tx.db);
    const before = await members.findContact(contactId, memberId, member.mutual_id);
    if (!before) throw notFound('contact');
    const patch: Record<string, unknown> = {};
    if (changes.name !== undefined) patch.name = changes.name;
    if (changes.email !== undefined) patch.email = changes.email;
    if (changes.phone !== undefined) patch.phone = changes.phone;
    if (changes.roleTitle !== undefined) patch.role_title = changes.roleTitle;
    if (changes.isPrimary !== undefined) patch.is_primary = changes.isPrimary;
    const row = Object.keys(patch).length ? await members.updateContact(contactId, patch) : before;
    if (row.is_primary && !before.is_primary) await members.clearPrimary(memberId, row.id);
    const change = changedFields(presentContact(before), presentContact(row), [
      'name',
      'email',
      'phone',
      'roleTitle',
      'isPrimary',
    ]);
    if (Object.keys(change).length) {
      await auditRepository(tx.db).record({
        at: deps.now(),
        mutualId: member.mutual_id,
        memberId,
        actorUserId: caller.userId,
        action: 'member_contact.update',
        entityType: 'member_contact',
        entityId: contactId,
        change,
      });
    }
    return presentContact(row);
  });
}
