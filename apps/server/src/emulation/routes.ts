import { emulationEndpoints as e } from '@mutualis/contracts';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { createScenario } from './create-scenario.ts';
import { deleteScenario } from './delete-scenario.ts';
import { downloadBrief } from './download-brief.ts';
import { getScenario } from './get-scenario.ts';
import { importFirmCounts } from './import-firm-counts.ts';
import { listScenarios } from './list-scenarios.ts';
import { runScenario } from './run-scenario.ts';
import { updateScenario } from './update-scenario.ts';

/** The emulation planner: funders (their organisation's scenarios), researchers and the platform (their own). */
const PLANNERS = ['platform_admin', 'funder', 'researcher'] as const;

export function registerEmulationRoutes(app: App, deps: Deps) {
  serve(app, e.list, PLANNERS, ({ query }, caller) => listScenarios(deps, caller, query));
  serve(app, e.create, PLANNERS, ({ body }, caller) => createScenario(deps, caller, body));
  serve(app, e.get, PLANNERS, ({ params }, caller) => getScenario(deps, caller, params));
  serve(app, e.update, PLANNERS, ({ params, body }, caller) =>
    updateScenario(deps, caller, { scenarioId: params.scenarioId, changes: body }),
  );
  serve(app, e.remove, PLANNERS, ({ params }, caller) => deleteScenario(deps, caller, params));
  serve(app, e.run, PLANNERS, ({ params }, caller) => runScenario(deps, caller, params));
  serve(app, e.brief, PLANNERS, ({ params, query }, caller) => downloadBrief(deps, caller, { ...params, ...query }));
  serve(app, e.importFirmCounts, PLANNERS, ({ body }, caller) => importFirmCounts(deps, caller, { file: body }));
}
