import { evidenceEndpoints as evidence } from '@mutualis/contracts';
import { EVIDENCE_READER_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { exportResearchTable, researchDictionary } from './export-research-table.ts';
import { getEvidenceDashboard } from './get-evidence-dashboard.ts';
import { getEvidenceSettings, saveEvidenceSettings } from './settings.ts';

/**
 * Evidence: the dashboard for the coordinator, the board and (consenting firms only) funders and
 * researchers; the board's targets; the pseudonymised research export (consenting firms only).
 */
export function registerEvidenceRoutes(app: App, deps: Deps) {
  serve(app, evidence.dashboard, EVIDENCE_READER_ROLES, ({ query }, caller) =>
    getEvidenceDashboard(deps, caller, query),
  );
  serve(app, evidence.settings, EVIDENCE_READER_ROLES, ({ query }, caller) => getEvidenceSettings(deps, caller, query));
  serve(app, evidence.saveSettings, ['coordinator', 'board_viewer'], ({ body }, caller) =>
    saveEvidenceSettings(deps, caller, body),
  );
  serve(app, evidence.researchExport, ['coordinator', 'researcher'], ({ query }, caller) =>
    exportResearchTable(deps, caller, query),
  );
  serve(app, evidence.researchDictionary, ['coordinator', 'researcher'], ({ query }, caller) =>
    researchDictionary(deps, caller, query),
  );
}
