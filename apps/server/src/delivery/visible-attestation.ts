import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { notFound } from '../errors.ts';
import { type AttestationRow, attestationRepository } from './attestation-repository.ts';

/** The attestation if the caller may see it (a coordinator of its mutual, the participant's member contact); 404 otherwise. */
export async function visibleAttestation(deps: Deps, caller: Caller, attestationId: string): Promise<AttestationRow> {
  const row = await attestationRepository(deps.db).find(attestationId, memberScopeOf(caller));
  if (!row) throw notFound('attestation');
  return row;
}
