import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import { renderOnePercentPdf } from '../documents/one-percent-pdf.ts';
import { getOnePercentStatement } from './get-one-percent-statement.ts';
import { reportRepository } from './repository.ts';

/** The firm's 1 % statement as a bilingual PDF, the caller's language first unless asked. */
export async function downloadOnePercentPdf(
  deps: Deps,
  caller: Caller,
  input: { memberId: string; year: number; lang?: 'fr' | 'en' },
) {
  const statement = await getOnePercentStatement(deps, caller, input);
  const mutual = await reportRepository(deps.db).mutual(caller.mutualId as string);
  const body = await renderOnePercentPdf(
    statement,
    { name: mutual.name },
    input.lang ?? caller.locale,
    todayInMontreal(deps.now()),
  );
  return {
    filename: `releve-1-pourcent-${input.year}.pdf`,
    contentType: 'application/pdf',
    body: new Uint8Array(body),
  };
}
