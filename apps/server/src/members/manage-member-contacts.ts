import type { MemberContact, MemberContactRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { memberRepository } from './repository.ts';
import { notFound } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';
import { changedFields, toContact } from './member-views.ts';

type Scope = { mutualId: string; memberId: string | null };

async function reachableMember(deps: Deps, scope: Scope, memberId: string, db = deps.db) {
  if (scope.memberId && scope.memberId !== memberId) throw notFound('Member');
  const member = await memberRepository(db).find(memberId, scope.mutualId);
  if (!member) throw notFound('Member');
  return member;
}

/** The contacts of a member the caller may see (coordinator: any of its mutual; member contact: its own). */
export async function listMemberContacts(deps: Deps, scope: Scope, memberId: string): Promise<MemberContact[]> {
  await reachableMember(deps, scope, memberId);
  return (await memberRepository(deps.db).contacts(memberId, scope.mutualId)).map(toContact);
}

/** Adds a contact person to a member; a new primary contact takes the flag from the others. */
export async function addMemberContact(deps: Deps, actor: Caller, scope: Scope, memberId: string, input: MemberContactRequest): Promise<MemberContact> {
  return deps.db.transaction().execute(async (trx) => {
    await reachableMember(deps, scope, memberId, trx);
    const members = memberRepository(trx);
    const row = await members.insertContact({
      mutual_id: scope.mutualId,
      member_id: memberId,
      name: input.name,
      email: input.email ?? null,
      phone: input.phone ?? null,
      role_title: input.roleTitle ?? null,
      is_primary: input.isPrimary ?? false,
    });
    if (row.is_primary) await members.clearPrimary(memberId, row.id);
    const contact = toContact(row);
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId,
      actorUserId: actor.userId,
      action: 'member_contact.create',
      entityType: 'member_contact',
      entityId: row.id,
      change: changedFields({ name: null, email: null, phone: null, roleTitle: null, isPrimary: null } as Record<string, unknown>, contact, ['name', 'email', 'phone', 'roleTitle', 'isPrimary']),
    });
    return contact;
  });
}

/** Changes a member's contact person; audited old → new. */
export async function updateMemberContact(deps: Deps, actor: Caller, scope: Scope, memberId: string, contactId: string, input: Partial<MemberContactRequest>): Promise<MemberContact> {
  return deps.db.transaction().execute(async (trx) => {
    await reachableMember(deps, scope, memberId, trx);
    const members = memberRepository(trx);
    const before = await members.findContact(contactId, memberId, scope.mutualId);
    if (!before) throw notFound('Contact');
    const patch: Record<string, unknown> = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.email !== undefined) patch.email = input.email;
    if (input.phone !== undefined) patch.phone = input.phone;
    if (input.roleTitle !== undefined) patch.role_title = input.roleTitle;
    if (input.isPrimary !== undefined) patch.is_primary = input.isPrimary;
    const row = Object.keys(patch).length ? await members.updateContact(contactId, patch) : before;
    if (row.is_primary && !before.is_primary) await members.clearPrimary(memberId, row.id);
    const change = changedFields(toContact(before), toContact(row), ['name', 'email', 'phone', 'roleTitle', 'isPrimary']);
    if (Object.keys(change).length) {
      await auditRepository(trx).record({
        at: deps.now(),
        mutualId: scope.mutualId,
        memberId,
        actorUserId: actor.userId,
        action: 'member_contact.update',
        entityType: 'member_contact',
        entityId: contactId,
        change,
      });
    }
    return toContact(row);
  });
}

/** Removes a member's contact person; the audit entry keeps what it was. */
export async function removeMemberContact(deps: Deps, actor: Caller, scope: Scope, memberId: string, contactId: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await reachableMember(deps, scope, memberId, trx);
    const members = memberRepository(trx);
    const before = await members.findContact(contactId, memberId, scope.mutualId);
    if (!before) throw notFound('Contact');
    await members.deleteContact(contactId);
    const old = toContact(before);
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId,
      actorUserId: actor.userId,
      action: 'member_contact.delete',
      entityType: 'member_contact',
      entityId: contactId,
      change: changedFields(old as unknown as Record<string, unknown>, { name: null, email: null, phone: null, roleTitle: null, isPrimary: null }, ['name', 'email', 'phone', 'roleTitle', 'isPrimary']),
    });
  });
}
