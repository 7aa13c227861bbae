import { participationEndpoints as participation } from '@mutualis/contracts';
import { EVIDENCE_READER_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve, servePublic } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { answerParticipationForm, viewParticipationForm } from './answer-questionnaire.ts';
import { getParticipationAnalysis } from './get-participation-analysis.ts';
import { createProspect, getProspect, listProspects, moveProspect, updateProspect } from './manage-prospects.ts';
import { listParticipationQuestionnaires, sendParticipationQuestionnaires } from './send-questionnaires.ts';

/**
 * Why firms join, stay, leave or never join. Coordinators keep the prospect list and send the
 * questionnaires; the analysis (aggregates) is open to the board and, on consenting firms, funders
 * and researchers; a questionnaire's personal link is public.
 */
export function registerParticipationRoutes(app: App, deps: Deps) {
  serve(app, participation.prospects, ['coordinator'], ({ query }, caller) => listProspects(deps, caller, query));
  serve(app, participation.createProspect, ['coordinator'], ({ body }, caller) => createProspect(deps, caller, body));
  serve(app, participation.prospect, ['coordinator'], ({ params }, caller) => getProspect(deps, caller, params));
  serve(app, participation.updateProspect, ['coordinator'], ({ params, body }, caller) =>
    updateProspect(deps, caller, { ...params, ...body }),
  );
  serve(app, participation.moveProspect, ['coordinator'], ({ params, body }, caller) =>
    moveProspect(deps, caller, { ...params, ...body }),
  );
  serve(app, participation.questionnaires, ['coordinator'], ({ query }, caller) =>
    listParticipationQuestionnaires(deps, caller, query),
  );
  serve(app, participation.sendQuestionnaires, ['coordinator'], ({ body }, caller) =>
    sendParticipationQuestionnaires(deps, caller, body),
  );
  servePublic(app, participation.viewForm, ({ params }) => viewParticipationForm(deps, params.participationToken));
  servePublic(app, participation.answerForm, ({ params, body }) =>
    answerParticipationForm(deps, params.participationToken, body.answers).then(() => undefined),
  );
  serve(app, participation.analysis, EVIDENCE_READER_ROLES, ({ query }, caller) =>
    getParticipationAnalysis(deps, caller, query),
  );
}
