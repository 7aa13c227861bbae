import type { Caller, Deps } from '../caller.ts';
import { renderStatementPdf } from '../documents/statement-of-account-pdf.ts';
import { billingRepository } from './billing-repository.ts';
import { getStatementOfAccount } from './get-statement-of-account.ts';

/** A firm's statement of account as a bilingual PDF (its language first unless asked otherwise). */
export async function downloadStatementPdf(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; from?: string; to?: string; lang?: 'fr' | 'en' },
) {
  const statement = await getStatementOfAccount(deps, caller, input);
  const repo = billingRepository(deps.db);
  const mutualId = caller.mutualId as string;
  const member = (await repo.members(mutualId, [input.memberId])).get(input.memberId);
  const lang = input.lang ?? member?.language ?? 'fr';
  const body = await renderStatementPdf(statement, { name: await repo.mutualName(mutualId) }, lang);
  return { filename: `etat-de-compte-${statement.to}.pdf`, contentType: 'application/pdf', body: new Uint8Array(body) };
}
