import type { PrivacyOfficerAnswer, PrivacyOfficerRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { officerRepository } from './officer-repository.ts';
import { privacyOfficerOf } from './privacy-officer.ts';

/** The coordinator names the mutual's privacy officer (validated by the contract); audited. */
export async function setPrivacyOfficer(
  deps: Deps,
  caller: Caller,
  body: PrivacyOfficerRequest,
): Promise<PrivacyOfficerAnswer> {
  const mutualId = mutualOf(caller);
  const officer = {
    privacy_officer_name: body.name.trim(),
    privacy_officer_title: (body.title ?? '').trim(),
    privacy_officer_email: body.email.trim(),
    privacy_officer_phone: body.phone?.trim() || null,
  };
  return inTransaction(deps, async (tx) => {
    await officerRepository(tx.db).set(mutualId, officer);
    await auditRepository(tx.db).record({
      at: tx.now().toISOString(),
      mutualId,
      actorUserId: caller.userId,
      action: 'privacy_officer.set',
      entityType: 'mutual',
      entityId: mutualId,
      change: { name: officer.privacy_officer_name, email: officer.privacy_officer_email },
    });
    return privacyOfficerOf(tx, mutualId);
  });
}
