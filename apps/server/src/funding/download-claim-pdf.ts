import type { Caller, Deps } from '../caller.ts';
import { renderClaimPdf } from '../documents/claim-pdf.ts';
import { claimEvidence } from './claim-evidence.ts';
import { getClaim } from './get-claim.ts';
import { fundingRepository } from './repository.ts';

/** The claim and its evidence as one PDF (French first: funders in Quebec read French). */
export async function downloadClaimPdf(deps: Deps, caller: Caller, input: { claimId: string }) {
  const claim = await getClaim(deps, caller, input);
  const evidence = await claimEvidence(deps.db, claim);
  const body = await renderClaimPdf(
    claim,
    evidence,
    { name: await fundingRepository(deps.db).mutualName(caller.mutualId as string) },
    'fr',
  );
  return { filename: `reclamation-${claim.number}.pdf`, contentType: 'application/pdf', body: new Uint8Array(body) };
}
