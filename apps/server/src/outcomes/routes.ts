import { outcomeEndpoints as outcomes } from '@mutualis/contracts';
import { MEMBER_RECORD_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve, servePublic } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { answerOutcomeForm, viewOutcomeForm } from './answer-outcome-form.ts';
import { getMemberYear, getProspectYear } from './get-firm-year.ts';
import { importOutcomes, outcomeImportTemplate } from './import-outcomes.ts';
import { addJobChange, listJobChanges } from './job-changes.ts';
import { listOutcomeFirms } from './list-outcome-firms.ts';
import { getMemberConsent, recordMemberConsent, recordProspectConsent } from './record-consent.ts';
import { saveMemberYear, saveProspectYear } from './save-firm-year.ts';
import { sendOutcomeForms } from './send-outcome-forms.ts';

/**
 * Outcome data. Member contacts fill in their own firm's yearly form and consent; coordinators see
 * every firm of the mutual, import, send the form links and record signed consents. The form of a
 * personal link is public (no account).
 */
export function registerOutcomeRoutes(app: App, deps: Deps) {
  serve(app, outcomes.firms, ['coordinator'], ({ query }, caller) => listOutcomeFirms(deps, caller, query));
  serve(app, outcomes.memberYear, MEMBER_RECORD_ROLES, ({ params }, caller) => getMemberYear(deps, caller, params));
  serve(app, outcomes.saveMemberYear, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    saveMemberYear(deps, caller, { ...params, fields: body }),
  );
  serve(app, outcomes.prospectYear, ['coordinator'], ({ params }, caller) => getProspectYear(deps, caller, params));
  serve(app, outcomes.saveProspectYear, ['coordinator'], ({ params, body }, caller) =>
    saveProspectYear(deps, caller, { ...params, fields: body }),
  );
  serve(app, outcomes.import, ['coordinator'], ({ body }, caller) => importOutcomes(deps, caller, { file: body }));
  serve(app, outcomes.template, ['coordinator'], ({ query }, caller) => outcomeImportTemplate(deps, caller, query));
  serve(app, outcomes.sendForms, ['coordinator'], ({ body }, caller) => sendOutcomeForms(deps, caller, body));
  servePublic(app, outcomes.viewForm, ({ params }) => viewOutcomeForm(deps, params.formToken));
  servePublic(app, outcomes.answerForm, ({ params, body }) =>
    answerOutcomeForm(deps, params.formToken, body).then(() => undefined),
  );
  serve(app, outcomes.memberConsent, MEMBER_RECORD_ROLES, ({ params }, caller) =>
    getMemberConsent(deps, caller, params),
  );
  serve(app, outcomes.recordMemberConsent, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    recordMemberConsent(deps, caller, { ...params, ...body }),
  );
  serve(app, outcomes.recordProspectConsent, ['coordinator'], ({ params, body }, caller) =>
    recordProspectConsent(deps, caller, { ...params, ...body }),
  );
  serve(app, outcomes.jobChanges, MEMBER_RECORD_ROLES, ({ params, query }, caller) =>
    listJobChanges(deps, caller, { ...params, ...query }),
  );
  serve(app, outcomes.addJobChange, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    addJobChange(deps, caller, { ...params, ...body }),
  );
}
