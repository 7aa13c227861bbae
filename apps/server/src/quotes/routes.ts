import { quoteEndpoints as quotes } from '@mutualis/contracts';
import { PROVIDER_RECORD_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { acceptQuoteAnswer } from './accept-quote-answer.ts';
import { answerQuoteRequest } from './answer-quote-request.ts';
import { cancelQuoteRequest } from './cancel-quote-request.ts';
import { createQuoteRequest } from './create-quote-request.ts';
import { declineQuoteRequest } from './decline-quote-request.ts';
import { getQuoteRequest } from './get-quote-request.ts';
import { listQuoteRequests } from './list-quote-requests.ts';

/**
 * Requests for quotes. Coordinators send them to chosen providers, compare answers and accept
 * one (which creates or updates a course); trainers see the requests sent to their provider
 * and answer or decline. Every step is dated in `events`.
 */
export function registerQuoteRoutes(app: App, deps: Deps) {
  serve(app, quotes.list, PROVIDER_RECORD_ROLES, ({ query }, caller) => listQuoteRequests(deps, caller, query));
  serve(app, quotes.create, ['coordinator'], ({ body }, caller) => createQuoteRequest(deps, caller, body));
  serve(app, quotes.get, PROVIDER_RECORD_ROLES, ({ params }, caller) => getQuoteRequest(deps, caller, params));
  serve(app, quotes.answer, ['trainer'], ({ params, body }, caller) =>
    answerQuoteRequest(deps, caller, { ...params, answer: body }),
  );
  serve(app, quotes.decline, ['trainer'], ({ params, body }, caller) =>
    declineQuoteRequest(deps, caller, { ...params, ...body }),
  );
  serve(app, quotes.accept, ['coordinator'], ({ params, body }, caller) =>
    acceptQuoteAnswer(deps, caller, { ...params, ...body }),
  );
  serve(app, quotes.cancel, ['coordinator'], ({ params, body }, caller) =>
    cancelQuoteRequest(deps, caller, { ...params, ...body }),
  );
}
