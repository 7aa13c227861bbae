import type { SavingsStatementQuery } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import { renderSavingsStatementPdf } from '../documents/savings-statement-pdf.ts';
import { spansPaymentsDidNotCountOf } from '../governance/index.ts';
import { ownFirmOf, readFirmSavings } from './firm-savings.ts';

/**
 * The caller's firm's savings statement for a year as a bilingual PDF (`lang` first, by default the
 * caller's language). When the mutual was not recognised during the year it says so (s.1).
 */
export async function downloadSavingsStatement(deps: Deps, caller: Caller, query: SavingsStatementQuery) {
  const lang = query.lang ?? caller.locale;
  const savings = await readFirmSavings(deps, caller, query.year);
  const paymentsDidNotCount = await spansPaymentsDidNotCountOf(
    deps.db,
    ownFirmOf(caller).mutualId,
    `${savings.year}-01-01`,
    `${savings.year}-12-31`,
  );
  const pdf = await renderSavingsStatementPdf({ ...savings, paymentsDidNotCount }, lang, todayInMontreal(deps.now()));
  return {
    filename: `${lang === 'fr' ? 'releve-economies' : 'savings-statement'}-${savings.year}.pdf`,
    contentType: 'application/pdf',
    body: new Uint8Array(pdf),
  };
}
