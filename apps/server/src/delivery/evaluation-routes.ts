import { evaluationEndpoints as evaluation } from '@mutualis/contracts';
import { SESSION_ROLES, SESSION_WORKER_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve, servePublic } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { answerQuestionnaire } from './answer-questionnaire.ts';
import { getEvaluationResults } from './get-evaluation-results.ts';
import { getSessionEvaluation } from './get-session-evaluation.ts';
import { issueQuestionnaireSheets } from './issue-questionnaire-sheets.ts';
import { viewQuestionnaire } from './view-questionnaire.ts';

/** Evaluation: questionnaires by personal link (no account) and results per session, course, provider. */
export function registerEvaluationRoutes(app: App, deps: Deps) {
  servePublic(app, evaluation.questionnaire, ({ params }) => viewQuestionnaire(deps, params));
  servePublic(app, evaluation.answer, ({ params, body }) =>
    answerQuestionnaire(deps, { ...params, ...body }).then(() => undefined),
  );
  serve(app, evaluation.ofSession, SESSION_ROLES, ({ params }, caller) => getSessionEvaluation(deps, caller, params));
  serve(app, evaluation.questionnaireSheets, SESSION_WORKER_ROLES, ({ params }, caller) =>
    issueQuestionnaireSheets(deps, caller, params),
  );
  serve(app, evaluation.results, SESSION_WORKER_ROLES, ({ query }, caller) =>
    getEvaluationResults(deps, caller, query),
  );
}
