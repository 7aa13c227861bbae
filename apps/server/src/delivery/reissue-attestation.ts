import type { Attestation } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, memberScopeOf } from '../caller.ts';
import { attestationRepository } from './attestation-repository.ts';
import { presentAttestation } from './present.ts';
import { visibleAttestation } from './visible-attestation.ts';

/** Reissues an attestation: same number, the participant's current name, a reissue date. */
export async function reissueAttestation(
  deps: Deps,
  caller: Caller,
  input: { attestationId: string },
): Promise<Attestation> {
  const scope = memberScopeOf(caller);
  return inTransaction(deps, async (tx) => {
    const attestations = attestationRepository(tx.db);
    const a = await visibleAttestation(tx, caller, input.attestationId);
    const emp = await attestations.employeeName(a.employeeId);
    const name = `${emp.first_name} ${emp.last_name}`;
    await attestations.markReissued(a.id, deps.now().toISOString(), name);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: scope.mutualId,
      memberId: a.memberId,
      actorUserId: caller.userId,
      action: 'attestation.reissue',
      entityType: 'attestation',
      entityId: a.id,
      change: { number: a.number, participantName: name },
    });
    return presentAttestation(deps, (await attestations.find(a.id, scope))!);
  });
}
