import { attestationEndpoints as attestations } from '@mutualis/contracts';
import { MEMBER_RECORD_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve, servePublic } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { getAttestationPdf } from './get-attestation-pdf.ts';
import { issueAttestations } from './issue-attestations.ts';
import { listAttestations } from './list-attestations.ts';
import { reissueAttestation } from './reissue-attestation.ts';
import { verifyAttestation } from './verify-attestation.ts';

/** Attestations of participation (s.14): issue, list, PDF, reissue, public verification. */
export function registerAttestationRoutes(app: App, deps: Deps) {
  serve(app, attestations.issue, ['coordinator'], ({ params }, caller) => issueAttestations(deps, caller, params));
  serve(app, attestations.list, MEMBER_RECORD_ROLES, ({ query }, caller) => listAttestations(deps, caller, query));
  serve(app, attestations.pdf, MEMBER_RECORD_ROLES, ({ params }, caller) => getAttestationPdf(deps, caller, params));
  serve(app, attestations.reissue, MEMBER_RECORD_ROLES, ({ params }, caller) =>
    reissueAttestation(deps, caller, params),
  );
  servePublic(app, attestations.verify, ({ params }) => verifyAttestation(deps, params));
}
