import { demandEndpoints as demand } from '@mutualis/contracts';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { buildMutualPoolingProblem } from './build-pooling-problem.ts';
import { exportDemand } from './export-demand.ts';
import { getAnonymousDemand } from './get-anonymous-demand.ts';
import { getDemandBoard } from './get-demand-board.ts';
import { listUnmetNeeds } from './list-unmet-needs.ts';

/** The demand board, its unmet needs, export and pooling problem (coordinators) and anonymous demand on a topic (member contacts). */
export function registerDemandRoutes(app: App, deps: Deps) {
  serve(app, demand.board, ['coordinator'], ({ query }, caller) => getDemandBoard(deps, caller, query));
  serve(app, demand.unmet, ['coordinator'], ({ query }, caller) => listUnmetNeeds(deps, caller, query));
  serve(app, demand.export, ['coordinator'], ({ query }, caller, c) => {
    c.header('cache-control', 'no-store');
    return exportDemand(deps, caller, query);
  });
  serve(app, demand.anonymous, ['member_contact'], ({ params }, caller) => getAnonymousDemand(deps, caller, params));
  serve(app, demand.poolingProblem, ['coordinator'], ({ body }, caller) =>
    buildMutualPoolingProblem(deps, caller, body),
  );
}
