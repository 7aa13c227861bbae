import { observatoryEndpoints as o } from '@mutualis/contracts';
import { OBSERVER_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { createFunder } from './create-funder.ts';
import { exportOpenData } from './export-open-data.ts';
import { getConsent } from './get-consent.ts';
import { getObservatory } from './get-observatory.ts';
import { getObservedScorecard } from './get-observed-scorecard.ts';
import { listFunders } from './list-funders.ts';
import { listObservedMutuals } from './list-observed-mutuals.ts';
import { setConsent } from './set-consent.ts';
import { setFundedMutuals } from './set-funded-mutuals.ts';
import { updateFunder } from './update-funder.ts';

/**
 * The observatory: the platform administrator (every mutual), funders (the mutuals they fund) and
 * researchers (consenting mutuals) see aggregates only. Mutuals record their research consent;
 * the platform administrator keeps the funders.
 */
export function registerObservatoryRoutes(app: App, deps: Deps) {
  serve(app, o.mutuals, OBSERVER_ROLES, ({ query }, caller) => listObservedMutuals(deps, caller, query));
  serve(app, o.observatory, OBSERVER_ROLES, ({ query }, caller) => getObservatory(deps, caller, query));
  serve(app, o.scorecard, OBSERVER_ROLES, ({ params, query }, caller) =>
    getObservedScorecard(deps, caller, { ...params, ...query }),
  );
  serve(app, o.openData, OBSERVER_ROLES, ({ query }, caller) => exportOpenData(deps, caller, query));
  serve(app, o.consent, ['coordinator', 'board_viewer'], (_, caller) => getConsent(deps, caller));
  serve(app, o.setConsent, ['coordinator'], ({ body }, caller) => setConsent(deps, caller, body));
  serve(app, o.funders, ['platform_admin'], ({ query }, caller) => listFunders(deps, caller, query));
  serve(app, o.createFunder, ['platform_admin'], ({ body }, caller) => createFunder(deps, caller, body));
  serve(app, o.updateFunder, ['platform_admin'], ({ params, body }, caller) =>
    updateFunder(deps, caller, { funderId: params.funderId, changes: body }),
  );
  serve(app, o.setFundedMutuals, ['platform_admin'], ({ params, body }, caller) =>
    setFundedMutuals(deps, caller, { funderId: params.funderId, mutualIds: body.mutualIds }),
  );
}
