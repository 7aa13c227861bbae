import type { SavingsStatementQuery } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import { renderSavingsStatementPdf } from '../documents/savings-statement-pdf.ts';
import { readFirmSavings } from './firm-savings.ts';

/** The caller's firm's savings statement for a year as a bilingual PDF (`lang` first, by default the caller's language). */
export async function downloadSavingsStatement(deps: Deps, caller: Caller, query: SavingsStatementQuery) {
  const lang = query.lang ?? caller.locale;
  const savings = await readFirmSavings(deps, caller, query.year);
  const pdf = await renderSavingsStatementPdf(savings, lang, todayInMontreal(deps.now()));
  return {
    filename: `${lang === 'fr' ? 'releve-economies' : 'savings-statement'}-${savings.year}.pdf`,
    contentType: 'application/pdf',
    body: new Uint8Array(pdf),
  };
}
