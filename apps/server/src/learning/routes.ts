import { learningEndpoints as learning } from '@mutualis/contracts';
import { MEMBER_RECORD_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { createRenewalNeed } from './create-renewal-need.ts';
import { getLearnerRecord } from './get-learner-record.ts';
import { listAttestationExpiries } from './list-attestation-expiries.ts';

/** The learner record, attestation expiries and renewal needs: the coordinator and the employee's firm's contact. */
export function registerLearningRoutes(app: App, deps: Deps) {
  serve(app, learning.record, MEMBER_RECORD_ROLES, ({ params }, caller) => getLearnerRecord(deps, caller, params));
  serve(app, learning.expiries, MEMBER_RECORD_ROLES, ({ query }, caller) =>
    listAttestationExpiries(deps, caller, query),
  );
  serve(app, learning.renew, MEMBER_RECORD_ROLES, ({ params }, caller) => createRenewalNeed(deps, caller, params));
}
