import type { AttestationVerification } from '@mutualis/contracts';
import { parseAttestationNumber } from '@mutualis/domain/delivery/index';
import type { Deps } from '../caller.ts';
import { notFound } from '../errors.ts';
import { attestationRepository } from './attestation-repository.ts';
import { presentVerification } from './present.ts';

/** Public check of an attestation by its number (no login): only name, course, dates and hours; 404 for anything else. */
export async function verifyAttestation(
  deps: Deps,
  input: { attestationNumber: string },
): Promise<AttestationVerification> {
  if (!parseAttestationNumber(input.attestationNumber)) throw notFound('attestation');
  const a = await attestationRepository(deps.db).byNumber(input.attestationNumber.trim().toUpperCase());
  if (!a) throw notFound('attestation');
  return presentVerification(a);
}
