import type { Caller, Deps } from '../caller.ts';
import { renderClaimPdf } from '../documents/claim-pdf.ts';
import { writeCsv } from '../files/table-file.ts';
import { zip } from '../files/zip.ts';
import { invoicePdfs } from '../finance/index.ts';
import { claimEvidence } from './claim-evidence.ts';
import { getClaim } from './get-claim.ts';
import { fundingRepository } from './repository.ts';

const dollars = (cents: number) => (cents / 100).toFixed(2);

/** The claim's evidence as a ZIP: the claim PDF, each invoice's PDF, the attendance registers, the attestations and the firms' payments (CSV). */
export async function downloadClaimZip(deps: Deps, caller: Caller, input: { claimId: string }) {
  const claim = await getClaim(deps, caller, input);
  const evidence = await claimEvidence(deps.db, claim);
  const mutualId = caller.mutualId as string;
  const summary = await renderClaimPdf(
    claim,
    evidence,
    { name: await fundingRepository(deps.db).mutualName(mutualId) },
    'fr',
  );
  const invoices = await invoicePdfs(deps.db, mutualId, evidence.invoiceIds, deps.now());
  const body = zip(
    [
      { name: `${claim.number}/reclamation-${claim.number}.pdf`, data: new Uint8Array(summary) },
      ...invoices.map((i) => ({ name: `${claim.number}/factures/${i.number}.pdf`, data: i.bytes })),
      {
        name: `${claim.number}/presences.csv`,
        data: writeCsv(
          [
            { header: 'activite', value: (a: (typeof evidence.attendance)[number]) => a.sessionTitle },
            { header: 'participant', value: (a) => a.participant },
            { header: 'entreprise', value: (a) => a.memberName },
            { header: 'jour', value: (a) => a.day },
            { header: 'present', value: (a) => (a.present ? 'oui' : 'non') },
            { header: 'heures', value: (a) => a.hours },
          ],
          evidence.attendance,
        ),
      },
      {
        name: `${claim.number}/attestations.csv`,
        data: writeCsv(
          [
            { header: 'numero', value: (a: (typeof evidence.attestations)[number]) => a.number },
            { header: 'participant', value: (a) => a.participant },
            { header: 'entreprise', value: (a) => a.memberName },
            { header: 'activite', value: (a) => a.course },
            { header: 'heures', value: (a) => a.hours },
            { header: 'date', value: (a) => a.dateTo },
          ],
          evidence.attestations,
        ),
      },
      {
        name: `${claim.number}/paiements-entreprises.csv`,
        data: writeCsv(
          [
            { header: 'facture', value: (p: (typeof evidence.payments)[number]) => p.number },
            { header: 'entreprise', value: (p) => p.memberName },
            { header: 'date', value: (p) => p.receivedOn },
            { header: 'montant', value: (p) => dollars(p.amountCents) },
            { header: 'mode', value: (p) => p.method },
            { header: 'reference', value: (p) => p.reference },
          ],
          evidence.payments,
        ),
      },
    ],
    deps.now(),
  );
  return { filename: `reclamation-${claim.number}.zip`, contentType: 'application/zip', body };
}
