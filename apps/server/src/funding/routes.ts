import { fundingEndpoints as funding } from '@mutualis/contracts';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { createClaim } from './create-claim.ts';
import { createFunder } from './create-funder.ts';
import { createProgramme } from './create-programme.ts';
import { downloadClaimPdf } from './download-claim-pdf.ts';
import { downloadClaimZip } from './download-claim-zip.ts';
import { getBudget } from './get-budget.ts';
import { getClaim } from './get-claim.ts';
import { getProgramme } from './get-programme.ts';
import { listClaims } from './list-claims.ts';
import { listFunders } from './list-funders.ts';
import { listPlatformFunders } from './list-platform-funders.ts';
import { listProgrammes } from './list-programmes.ts';
import { listReceivedClaims } from './list-received-claims.ts';
import { recordClaimPayment } from './record-claim-payment.ts';
import { submitClaim } from './submit-claim.ts';
import { updateFunder } from './update-funder.ts';
import { updateProgramme } from './update-programme.ts';

const COORDINATOR = ['coordinator'] as const;

/** Funders, programmes and claims: coordinators; the budget use also to board viewers. */
export function registerFundingRoutes(app: App, deps: Deps) {
  serve(app, funding.funders, COORDINATOR, ({ query }, caller) => listFunders(deps, caller, query));
  serve(app, funding.createFunder, COORDINATOR, ({ body }, caller) => createFunder(deps, caller, body));
  serve(app, funding.updateFunder, COORDINATOR, ({ params, body }, caller) =>
    updateFunder(deps, caller, { funderId: params.mutualFunderId, changes: body }),
  );
  serve(app, funding.platformFunders, COORDINATOR, (_, caller) => listPlatformFunders(deps, caller));
  serve(app, funding.receivedClaims, ['funder'], ({ query }, caller) => listReceivedClaims(deps, caller, query));
  serve(app, funding.programmes, COORDINATOR, ({ query }, caller) => listProgrammes(deps, caller, query));
  serve(app, funding.createProgramme, COORDINATOR, ({ body }, caller) => createProgramme(deps, caller, body));
  serve(app, funding.programme, COORDINATOR, ({ params }, caller) => getProgramme(deps, caller, params));
  serve(app, funding.updateProgramme, COORDINATOR, ({ params, body }, caller) =>
    updateProgramme(deps, caller, { programmeId: params.programmeId, changes: body }),
  );
  serve(app, funding.budget, ['coordinator', 'board_viewer'], ({ query }, caller) => getBudget(deps, caller, query));
  serve(app, funding.claims, COORDINATOR, ({ query }, caller) => listClaims(deps, caller, query));
  serve(app, funding.createClaim, COORDINATOR, ({ body }, caller) => createClaim(deps, caller, body));
  serve(app, funding.claim, COORDINATOR, ({ params }, caller) => getClaim(deps, caller, params));
  serve(app, funding.submitClaim, COORDINATOR, ({ params, body }, caller) =>
    submitClaim(deps, caller, { claimId: params.claimId, ...body }),
  );
  serve(app, funding.recordClaimPayment, COORDINATOR, ({ params, body }, caller) =>
    recordClaimPayment(deps, caller, { claimId: params.claimId, ...body }),
  );
  serve(app, funding.claimPdf, COORDINATOR, ({ params }, caller) => downloadClaimPdf(deps, caller, params));
  serve(app, funding.claimZip, COORDINATOR, ({ params }, caller) => downloadClaimZip(deps, caller, params));
}
