import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { notFound } from '../errors.ts';
import { changedFields } from './changed-fields.ts';
import { presentContact } from './present.ts';
import { memberRepository } from './repository.ts';
import { visibleMember } from './visible-member.ts';

/** Removes a contact person of a member the caller may see; the audit entry keeps what it was. */
export async function removeMemberContact(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; contactId: string },
): Promise<undefined> {
  const { memberId, contactId } = input;
  await inTransaction(deps, async (tx) => {
    const member = await visibleMember(tx, caller, memberId);
    const members = memberRepository(tx.db);
    const before = await members.findContact(contactId, memberId, member.mutual_id);
    if (!before) throw notFound('contact');
    await members.deleteContact(contactId);
    const old = presentContact(before);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: member.mutual_id,
      memberId,
      actorUserId: caller.userId,
      action: 'member_contact.delete',
      entityType: 'member_contact',
      entityId: contactId,
      change: changedFields(
        old as unknown as Record<string, unknown>,
        { name: null, email: null, phone: null, roleTitle: null, isPrimary: null },
        ['name', 'email', 'phone', 'roleTitle', 'isPrimary'],
      ),
    });
  });
  return undefined;
}
