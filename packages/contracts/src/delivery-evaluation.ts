import { QUESTION_KINDS } from '@mutualis/domain/delivery/evaluation';
import { z } from 'zod';
import { sessionIdParamSchema } from './delivery-sessions.ts';
import { endpoint, fileAnswer, noContent } from './endpoint.ts';

// Delivery, evaluation: questionnaires answered by personal link (no account) and results per
// session, course or provider.

const uuid = z.string().uuid();

export const questionnaireViewSchema = z
  .object({
    level: z.number().int(),
    locale: z.enum(['fr', 'en']),
    sessionTitle: z.string(),
    answered: z.boolean(),
    closed: z.boolean(),
    questions: z.array(z.object({ id: z.string(), kind: z.enum(QUESTION_KINDS), text: z.string() })),
  })
  .meta({ id: 'QuestionnaireView' });
export type QuestionnaireView = z.infer<typeof questionnaireViewSchema>;
export const questionnaireAnswersSchema = z
  .object({ answers: z.record(z.string(), z.union([z.number(), z.string()])) })
  .meta({ id: 'QuestionnaireAnswers' });
export type QuestionnaireAnswers = z.infer<typeof questionnaireAnswersSchema>;

export const levelSummarySchema = z
  .object({
    level: z.number().int(),
    sent: z.number().int(),
    responses: z.number().int(),
    means: z.record(z.string(), z.number().nullable()),
    /** For a member contact: fewer than 5 answers, so no mean is shown (they would give people's answers away). */
    suppressed: z.boolean(),
  })
  .meta({ id: 'EvaluationLevelSummary' });
export const evaluationResultsSchema = z
  .object({
    scope: z.object({
      sessionId: z.string().nullable(),
      courseId: z.string().nullable(),
      providerId: z.string().nullable(),
    }),
    sessions: z.number().int(),
    levels: z.array(levelSummarySchema),
    outcomes: z.object({ passed: z.number().int(), notPassed: z.number().int(), none: z.number().int() }),
  })
  .meta({ id: 'EvaluationResults' });
export type EvaluationResults = z.infer<typeof evaluationResultsSchema>;
export const evaluationQuerySchema = z.object({ courseId: uuid.optional(), providerId: uuid.optional() });
export type EvaluationQuery = z.infer<typeof evaluationQuerySchema>;

export const questionnaireTokenParamSchema = z.object({ questionnaireToken: z.string().max(100) });

/** The evaluation endpoints: questionnaires are public with their personal token; results for coordinators and trainers. */
export const evaluationEndpoints = {
  questionnaire: endpoint({
    method: 'get',
    path: '/api/questionnaires/{questionnaireToken}',
    tag: 'evaluation',
    summary: 'Public with a personal token: the questions, in the recipient’s language',
    params: questionnaireTokenParamSchema,
    response: questionnaireViewSchema,
  }),
  answer: endpoint({
    method: 'post',
    path: '/api/questionnaires/{questionnaireToken}',
    tag: 'evaluation',
    summary: 'Public with a personal token: answer once (scales 1–5, optional comments)',
    params: questionnaireTokenParamSchema,
    body: questionnaireAnswersSchema,
    response: noContent,
    status: 204,
  }),
  ofSession: endpoint({
    method: 'get',
    path: '/api/sessions/{sessionId}/evaluation',
    tag: 'evaluation',
    summary: 'Evaluation results of a session: questionnaire means per level and participants’ outcomes',
    description:
      'Coordinators and the session’s trainers read every level’s means. A member contact whose firm took part reads aggregates only: means over at least 5 answers (else null and suppressed), and its own participants’ outcomes; never an individual answer.',
    params: sessionIdParamSchema,
    response: evaluationResultsSchema,
  }),
  questionnaireSheets: endpoint({
    method: 'post',
    path: '/api/sessions/{sessionId}/questionnaire-sheets',
    tag: 'evaluation',
    summary:
      'Print the personal questionnaire sheets (PDF, link and QR code) of the participants without an e-mail, to hand out at the last meeting day',
    description:
      'For the session’s trainer and the coordinators, from the last meeting day (in delivery) and once delivered (409 otherwise). Each printing issues fresh links: the unanswered ones printed before stop working.',
    params: sessionIdParamSchema,
    response: fileAnswer('application/pdf'),
  }),
  results: endpoint({
    method: 'get',
    path: '/api/evaluation-results',
    tag: 'evaluation',
    summary: 'Evaluation results over delivered sessions, for a course or a provider (or all)',
    query: evaluationQuerySchema,
    response: evaluationResultsSchema,
  }),
};
