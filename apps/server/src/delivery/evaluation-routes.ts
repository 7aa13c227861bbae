import { z } from '@hono/zod-openapi';
import { evaluationQuerySchema, evaluationResultsSchema, questionnaireAnswersSchema, questionnaireViewSchema } from '@mutualis/contracts';
import { answerQuestionnaire, viewQuestionnaire } from './answer-questionnaire.ts';
import { evaluationResults, sessionEvaluation } from './view-evaluation.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const tokenParams = z.object({ questionnaireToken: z.string().max(100) });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

/** Evaluation: questionnaires by personal link (no account) and results per session, course, provider. */
export function registerEvaluationRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/questionnaires/{questionnaireToken}',
      tags: ['evaluation'],
      summary: 'Public with a personal token: the questions, in the recipient’s language',
      access: 'public',
      request: { params: tokenParams },
      responses: { 200: json(questionnaireViewSchema, 'The questionnaire'), ...problemResponses },
    }),
    async (c) => c.json(await viewQuestionnaire(deps, c.req.valid('param').questionnaireToken), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/questionnaires/{questionnaireToken}',
      tags: ['evaluation'],
      summary: 'Public with a personal token: answer once (scales 1–5, optional comments)',
      access: 'public',
      request: { params: tokenParams, body: { required: true, content: { 'application/json': { schema: questionnaireAnswersSchema } } } },
      responses: { 204: { description: 'Answers recorded' }, ...problemResponses },
    }),
    async (c) => {
      await answerQuestionnaire(deps, c.req.valid('param').questionnaireToken, c.req.valid('json').answers);
      return c.body(null, 204);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/sessions/{sessionId}/evaluation',
      tags: ['evaluation'],
      summary: 'Evaluation results of a session: questionnaire means per level and participants’ outcomes',
      access: ['coordinator', 'trainer'],
      request: { params: z.object({ sessionId: z.string().uuid() }) },
      responses: { 200: json(evaluationResultsSchema, 'Results'), ...problemResponses },
    }),
    async (c) => c.json(await sessionEvaluation(deps, callerOf(c), c.req.valid('param').sessionId), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/evaluation-results',
      tags: ['evaluation'],
      summary: 'Evaluation results over delivered sessions, for a course or a provider (or all)',
      access: ['coordinator', 'trainer'],
      request: { query: evaluationQuerySchema },
      responses: { 200: json(evaluationResultsSchema, 'Results'), ...problemResponses },
    }),
    async (c) => c.json(await evaluationResults(deps, callerOf(c), c.req.valid('query')), 200),
  );
}
