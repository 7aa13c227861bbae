import { reportEndpoints as reports } from '@mutualis/contracts';
import { MEMBER_RECORD_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { declareOnePercent } from './declare-one-percent.ts';
import { downloadAnnualReportPdf, downloadAnnualReportXlsx } from './download-annual-report.ts';
import { downloadOnePercentPdf } from './download-one-percent-pdf.ts';
import { getAnnualReport } from './get-annual-report.ts';
import { getCessation } from './get-cessation.ts';
import { getOnePercentStatement } from './get-one-percent-statement.ts';
import { getReportDeadline } from './get-report-deadline.ts';
import { listOnePercentStatements } from './list-one-percent-statements.ts';
import { remitShortfall } from './remit-shortfall.ts';
import { submitAnnualReport } from './submit-annual-report.ts';

const COORDINATOR = ['coordinator'] as const;
const BOARD = ['coordinator', 'board_viewer'] as const;

/** 1 % statements (a firm's own contact and the coordinator), the annual report and cessation (coordinator and board). */
export function registerReportRoutes(app: App, deps: Deps) {
  serve(app, reports.onePercentList, COORDINATOR, ({ query }, caller) => listOnePercentStatements(deps, caller, query));
  serve(app, reports.onePercent, MEMBER_RECORD_ROLES, ({ params }, caller) =>
    getOnePercentStatement(deps, caller, params),
  );
  serve(app, reports.declareOnePercent, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    declareOnePercent(deps, caller, { ...params, ...body }),
  );
  serve(app, reports.onePercentPdf, MEMBER_RECORD_ROLES, ({ params, query }, caller) =>
    downloadOnePercentPdf(deps, caller, { ...params, ...query }),
  );
  serve(app, reports.remitShortfall, MEMBER_RECORD_ROLES, ({ params }, caller) => remitShortfall(deps, caller, params));
  serve(app, reports.annualReport, BOARD, ({ query }, caller) => getAnnualReport(deps, caller, query));
  serve(app, reports.annualReportPdf, BOARD, ({ query }, caller) => downloadAnnualReportPdf(deps, caller, query));
  serve(app, reports.annualReportXlsx, BOARD, ({ query }, caller) => downloadAnnualReportXlsx(deps, caller, query));
  serve(app, reports.submitAnnualReport, COORDINATOR, ({ body }, caller) => submitAnnualReport(deps, caller, body));
  serve(app, reports.deadline, BOARD, (_, caller) => getReportDeadline(deps, caller));
  serve(app, reports.cessation, BOARD, ({ query }, caller) => getCessation(deps, caller, query));
}
