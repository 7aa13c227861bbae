import { poolingRunEndpoints as runs, savingsEndpoints as savings } from '@mutualis/contracts';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { acceptPoolingPlan } from './accept-pooling-plan.ts';
import { cancelPoolingRun } from './cancel-pooling-run.ts';
import { comparePoolingRuns } from './compare-pooling-runs.ts';
import { downloadSavingsStatement } from './download-savings-statement.ts';
import { getPoolingProblem } from './get-pooling-problem.ts';
import { getPoolingRun } from './get-pooling-run.ts';
import { listFirmSavings } from './list-firm-savings.ts';
import { listPoolingRuns } from './list-pooling-runs.ts';
import { rerunPoolingRun } from './rerun-pooling-run.ts';
import { startPoolingRun } from './start-pooling-run.ts';

/** Pooling runs (coordinators: build, run in the background, review, re-run, compare, accept) and members' savings (their own firm's). */
export function registerPoolingRoutes(app: App, deps: Deps) {
  serve(app, runs.start, ['coordinator'], ({ body }, caller) => startPoolingRun(deps, caller, body));
  serve(app, runs.list, ['coordinator'], ({ query }, caller) => listPoolingRuns(deps, caller, query));
  // before runs.get, so that "compare" is not read as a run id
  serve(app, runs.compare, ['coordinator'], ({ query }, caller) => comparePoolingRuns(deps, caller, query));
  serve(app, runs.get, ['coordinator'], ({ params }, caller) => getPoolingRun(deps, caller, params));
  serve(app, runs.problem, ['coordinator'], ({ params }, caller) => getPoolingProblem(deps, caller, params));
  serve(app, runs.cancel, ['coordinator'], ({ params }, caller) => cancelPoolingRun(deps, caller, params));
  serve(app, runs.rerun, ['coordinator'], ({ params, body }, caller) =>
    rerunPoolingRun(deps, caller, { runId: params.runId, changes: body }),
  );
  serve(app, runs.accept, ['coordinator'], ({ params }, caller) => acceptPoolingPlan(deps, caller, params));
  serve(app, savings.mine, ['member_contact'], ({ query }, caller) => listFirmSavings(deps, caller, query));
  serve(app, savings.statement, ['member_contact'], ({ query }, caller) =>
    downloadSavingsStatement(deps, caller, query),
  );
}
