import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { renderRegisterPdf, renderRegisterXlsx } from '../documents/register-export.ts';
import { contentTypes } from '../files/table-file.ts';
import { presentRegisterEntries } from './present.ts';
import { registerSessions } from './register-entry.ts';
import { registerRepository } from './register-repository.ts';
import { trainingSessionRepository } from './session-repository.ts';

/** The whole register of a year as a file (XLSX or PDF), by first day. */
export async function exportRegister(deps: Deps, caller: Caller, input: { year: number; format: 'xlsx' | 'pdf' }) {
  const { year, format } = input;
  const mutualId = mutualOf(caller);
  const ids = await registerRepository(deps.db).sessionIdsOfYear(mutualId, year);
  const entries = await presentRegisterEntries(deps.db, await registerSessions(deps.db, mutualId, ids), caller.locale);
  const mutual = await trainingSessionRepository(deps.db).mutualSettings(mutualId);
  const body =
    format === 'xlsx'
      ? await renderRegisterXlsx(mutual.name, year, entries, caller.locale)
      : await renderRegisterPdf(mutual.name, year, entries, caller.locale);
  return {
    filename: `registre-activites-${year}.${format}`,
    contentType: format === 'xlsx' ? contentTypes.xlsx : 'application/pdf',
    body: new Uint8Array(body),
  };
}
