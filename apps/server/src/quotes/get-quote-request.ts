import type { QuoteRequest } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentQuoteRequest } from './present.ts';
import { visibleQuoteRequest } from './visible-quote-request.ts';

/** One request the caller may see: providers, answers side by side (ranked for coordinators), history. */
export async function getQuoteRequest(
  deps: Deps,
  caller: Caller,
  input: { quoteRequestId: string },
): Promise<QuoteRequest> {
  const { row, scope } = await visibleQuoteRequest(deps, caller, input.quoteRequestId);
  return presentQuoteRequest(deps.db, scope, row);
}
