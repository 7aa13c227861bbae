import { userRepository } from './user-repository.ts';
import { mutualRepository } from '../mutuals/index.ts';
import type { Db } from '../db/client.ts';
import type { Role } from '../db/tables.ts';
import { AppError, forbidden, invalid, notFound } from '../errors.ts';
import type { Caller } from '../caller.ts';

/** The roles a coordinator may give, inside its own mutual. */
export const COORDINATOR_GRANTABLE: readonly Role[] = ['coordinator', 'member_contact', 'trainer', 'board_viewer', 'funder', 'researcher'];

/** The mutual whose accounts, outbox and audit log the caller manages; undefined = all (platform admin). */
export function managedMutual(actor: Caller, requested?: string): string | undefined {
  if (actor.role === 'platform_admin') return requested;
  if (actor.role === 'coordinator' && actor.mutualId) return actor.mutualId;
  throw forbidden();
}

export interface AccountScope {
  role: Role;
  mutual_id: string | null;
  member_id: string | null;
  provider_id: string | null;
}

/**
 * Checks that the actor may give the role in that scope and that the member or provider belongs
 * to the mutual; returns the columns to store. A reference outside the actor's reach is not found.
 */
export async function resolveAccountScope(
  db: Db,
  actor: Caller,
  wanted: { role: Role; mutualId?: string | null; memberId?: string | null; providerId?: string | null },
): Promise<AccountScope> {
  let mutualId: string | null;
  if (actor.role === 'coordinator') {
    if (!COORDINATOR_GRANTABLE.includes(wanted.role))
      throw forbidden(`A coordinator may not give the role ${wanted.role}`);
    if (wanted.mutualId && wanted.mutualId !== actor.mutualId) throw notFound('Mutual');
    mutualId = actor.mutualId;
  } else if (actor.role === 'platform_admin') {
    if (wanted.role === 'platform_admin')
      return { role: wanted.role, mutual_id: null, member_id: null, provider_id: null };
    if (!wanted.mutualId) throw invalid('mutualId', 'required for this role');
    if (!(await mutualRepository(db).find(wanted.mutualId))) throw notFound('Mutual');
    mutualId = wanted.mutualId;
  } else {
    throw forbidden();
  }
  if (!mutualId) throw forbidden();
  const mutuals = mutualRepository(db);
  if (wanted.role === 'member_contact') {
    if (!wanted.memberId) throw invalid('memberId', 'required for a member contact');
    if (!(await mutuals.hasMember(mutualId, wanted.memberId))) throw notFound('Member');
    return { role: wanted.role, mutual_id: mutualId, member_id: wanted.memberId, provider_id: null };
  }
  if (wanted.role === 'trainer') {
    if (!wanted.providerId) throw invalid('providerId', 'required for a trainer');
    if (!(await mutuals.hasProvider(mutualId, wanted.providerId))) throw notFound('Provider');
    return { role: wanted.role, mutual_id: mutualId, member_id: null, provider_id: wanted.providerId };
  }
  return { role: wanted.role, mutual_id: mutualId, member_id: null, provider_id: null };
}

/** The account, if the actor manages it (its mutual, or any for the platform administrator). */
export async function managedUser(db: Db, actor: Caller, userId: string) {
  const user = await userRepository(db).findById(userId);
  const scope = managedMutual(actor);
  if (!user || (scope !== undefined && user.mutual_id !== scope)) throw notFound('Account');
  return user;
}

export const emailTaken = () =>
  new AppError('conflict', 'An account already uses this e-mail', {
    fields: [{ field: 'email', message: 'already used' }],
  });

/** The user-facing status of an account. */
export const accountStatus = (u: { active: boolean; password_hash?: string | null; passwordHash?: string | null }) =>
  !u.active ? 'deactivated' : (u.password_hash ?? u.passwordHash) ? 'active' : 'invited';
