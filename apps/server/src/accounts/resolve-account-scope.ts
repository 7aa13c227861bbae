import {
  mayGrantRole,
  type Role,
  roleBelongsToFunder,
  roleBelongsToMember,
  roleBelongsToMutual,
  roleBelongsToProvider,
} from '@mutualis/domain/accounts/roles';
import type { Caller } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { forbidden, invalid, notFound } from '../errors.ts';
import { mutualRepository } from '../mutuals/index.ts';
import { funderExists } from '../observatory/index.ts';

/** The scope columns of an account: its role and the mutual, member, provider or funder it belongs to. */
export interface AccountScope {
  role: Role;
  mutual_id: string | null;
  member_id: string | null;
  provider_id: string | null;
  funder_id: string | null;
}

/**
 * Checks that the caller may give the role in that scope and that the member or provider belongs
 * to the mutual; returns the columns to store. A reference outside the caller's reach is not found.
 */
export async function resolveAccountScope(
  db: Db,
  caller: Caller,
  wanted: {
    role: Role;
    mutualId?: string | null;
    memberId?: string | null;
    providerId?: string | null;
    funderId?: string | null;
  },
): Promise<AccountScope> {
  let mutualId: string | null;
  const none = { mutual_id: null, member_id: null, provider_id: null, funder_id: null };
  if (caller.role === 'coordinator') {
    if (!mayGrantRole(caller.role, wanted.role)) throw forbidden('role_not_grantable', { role: wanted.role });
    if (wanted.mutualId && wanted.mutualId !== caller.mutualId) throw notFound('mutual');
    mutualId = caller.mutualId;
  } else if (caller.role === 'platform_admin') {
    // Observers look across mutuals and have none of their own; a funder's account names its funder (decision 34).
    if (roleBelongsToFunder(wanted.role)) {
      if (!wanted.funderId) throw invalid('funderId', 'required_for_funder');
      if (!(await funderExists(db, wanted.funderId))) throw notFound('funder');
      return { role: wanted.role, ...none, funder_id: wanted.funderId };
    }
    if (!roleBelongsToMutual(wanted.role)) return { role: wanted.role, ...none };
    if (!wanted.mutualId) throw invalid('mutualId', 'required_for_role');
    if (!(await mutualRepository(db).find(wanted.mutualId))) throw notFound('mutual');
    mutualId = wanted.mutualId;
  } else {
    throw forbidden();
  }
  if (!mutualId) throw forbidden();
  const mutuals = mutualRepository(db);
  if (roleBelongsToMember(wanted.role)) {
    if (!wanted.memberId) throw invalid('memberId', 'required_for_member_contact');
    if (!(await mutuals.hasMember(mutualId, wanted.memberId))) throw notFound('member');
    return { role: wanted.role, ...none, mutual_id: mutualId, member_id: wanted.memberId };
  }
  if (roleBelongsToProvider(wanted.role)) {
    if (!wanted.providerId) throw invalid('providerId', 'required_for_trainer');
    if (!(await mutuals.hasProvider(mutualId, wanted.providerId))) throw notFound('provider');
    return { role: wanted.role, ...none, mutual_id: mutualId, provider_id: wanted.providerId };
  }
  return { role: wanted.role, ...none, mutual_id: mutualId };
}
