import { neqProblem } from '@mutualis/domain/members/index';
import { isKnownScian, isValidRegion } from '@mutualis/domain/reference/index';
import { type FieldError, invalidFields } from '../errors.ts';

/** Checks the member fields that the schema alone cannot: NEQ, SCIAN code, region. Throws naming each bad field. */
export function checkMemberFields(input: { neq?: string; scianCode?: string; regionCode?: string }) {
  const fields: FieldError[] = [];
  if (input.neq !== undefined) {
    const problem = neqProblem(input.neq);
    if (problem) fields.push({ field: 'neq', code: problem });
  }
  if (input.scianCode !== undefined && !isKnownScian(input.scianCode)) {
    fields.push({ field: 'scianCode', code: 'scian_unknown' });
  }
  if (input.regionCode !== undefined && !isValidRegion(input.regionCode)) {
    fields.push({ field: 'regionCode', code: 'region_code' });
  }
  if (fields.length) throw invalidFields(fields);
}
