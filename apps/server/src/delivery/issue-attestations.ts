import { sessionIsDelivered } from '@mutualis/domain/delivery/index';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError } from '../errors.ts';
import { attestationRepository } from './attestation-repository.ts';
import { issueDueAttestations } from './issue-due-attestations.ts';
import { presentAttestation } from './present.ts';
import { lockVisibleSession } from './visible-session.ts';

/** A coordinator issues the attestations still due for a delivered session (after a correction). */
export async function issueAttestations(deps: Deps, caller: Caller, input: { sessionId: string }) {
  const { sessionId } = input;
  const mutualId = mutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const row = await lockVisibleSession(tx, caller, sessionId);
    if (!sessionIsDelivered(row.status)) throw new AppError('conflict', 'attestations_after_delivery');
    const result = await issueDueAttestations(tx, sessionId, mutualId, caller.userId);
    const attestations = attestationRepository(tx.db);
    const issued = [];
    for (const id of result.issued)
      issued.push(presentAttestation(deps, (await attestations.find(id, { mutualId, memberId: null }))!));
    return { issued, notCompleted: result.notCompleted };
  });
}
