// What other areas (and the composition root) may use of the funding area.

// The demo seed runs these inside its own transaction (db/seed/seed-finance.ts).
export { createClaim } from './create-claim.ts';
export { createFunder } from './create-funder.ts';
export { createProgramme } from './create-programme.ts';
export { recordClaimPayment } from './record-claim-payment.ts';
export { registerFundingRoutes } from './routes.ts';
export { submitClaim } from './submit-claim.ts';
