import { neqProblem } from '@mutualis/domain/members/index';
import { isKnownScian, isValidRegion } from '@mutualis/domain/reference/index';
import { AppError, type FieldError } from '../errors.ts';

/** Checks the member fields that the schema alone cannot: NEQ, SCIAN code, region. Throws naming each bad field. */
export function checkMemberFields(input: { neq?: string; scianCode?: string; regionCode?: string }) {
  const fields: FieldError[] = [];
  if (input.neq !== undefined) {
    const problem = neqProblem(input.neq);
    if (problem) fields.push({ field: 'neq', message: problem });
  }
  if (input.scianCode !== undefined && !isKnownScian(input.scianCode)) {
    fields.push({ field: 'scianCode', message: 'is not a SCIAN 2022 sector or subsector code (see GET /api/reference)' });
  }
  if (input.regionCode !== undefined && !isValidRegion(input.regionCode)) {
    fields.push({ field: 'regionCode', message: 'must be a Quebec administrative region code 01–17' });
  }
  if (fields.length) throw new AppError('validation_failed', fields.map((f) => `${f.field}: ${f.message}`).join('; '), { fields });
}
