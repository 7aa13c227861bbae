import { dateInMontreal } from '@mutualis/domain/dates';
import type { Caller, Deps } from '../caller.ts';
import { renderPersonFilePdf } from '../documents/person-file-pdf.ts';
import { gatherPersonFile } from './gather-person-file.ts';

/** A person's file as a readable PDF in the reader's language. */
export async function getPersonFilePdf(deps: Deps, caller: Caller, input: { employeeId: string }) {
  const file = await gatherPersonFile(deps, caller, input.employeeId, 'privacy.file.pdf');
  const pdf = await renderPersonFilePdf(file, caller.locale, dateInMontreal(file.generatedAt));
  return { filename: `person-file-${file.employee.id}.pdf`, contentType: 'application/pdf', body: new Uint8Array(pdf) };
}
