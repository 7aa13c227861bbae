import { dateInMontreal } from '@mutualis/domain/dates';
import { auditRepository } from '../audit/index.ts';
import type { Caller, Deps } from '../caller.ts';
import { renderAttestationPdf } from '../documents/attestation-pdf.ts';
import { attestationRepository } from './attestation-repository.ts';
import { verifyUrlOf } from './present.ts';
import { visibleAttestation } from './visible-attestation.ts';

/** The attestation as a bilingual PDF (coordinator, or the participant's member contact). */
export async function getAttestationPdf(deps: Deps, caller: Caller, input: { attestationId: string }) {
  const a = await visibleAttestation(deps, caller, input.attestationId);
  await auditRepository(deps.db).recordAccess({
    mutualId: a.mutualId,
    actorUserId: caller.userId,
    entityType: 'employee',
    entityIds: [a.employeeId],
    purpose: 'attestation pdf',
  });
  const mutual = await attestationRepository(deps.db).mutualName(a.mutualId);
  const pdf = await renderAttestationPdf({
    ...a,
    mutualName: mutual.name,
    verifyUrl: verifyUrlOf(deps, a.number),
    issuedOn: dateInMontreal(a.issuedAt),
    reissuedOn: a.reissuedAt ? dateInMontreal(a.reissuedAt) : null,
  });
  return { filename: `attestation-${a.number}.pdf`, contentType: 'application/pdf', body: new Uint8Array(pdf) };
}
