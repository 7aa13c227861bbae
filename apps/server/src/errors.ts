// Use-case errors carry a stable code from the closed list (contracts' ERROR_CODES); their HTTP
// status is `statusByCode`, read by http/problem.ts only.

import type { ErrorCode } from '@mutualis/contracts';

export type { ErrorCode };

export interface FieldError {
  field: string;
  message: string;
  row?: number;
}

/** The HTTP status of each error code: the one place where codes meet HTTP. */
export const statusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_request: 400,
  import_failed: 422,
  invalid_credentials: 401,
  unauthenticated: 401,
  token_invalid: 400,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  busy_try_again: 503,
  capacity_exceeded: 409,
  already_enrolled: 409,
  enrolment_closed: 409,
  deadline_passed: 409,
  questionnaire_closed: 409,
  already_answered: 409,
  transition_not_allowed: 409,
  minimum_not_reached: 409,
  too_few_firms: 409,
  not_scheduled: 409,
  not_started: 409,
  register_incomplete: 409,
  attendance_incomplete: 409,
  period_closed: 409,
  dues_overdue: 409,
  not_payable: 409,
};

/** An expected failure with a stable code, a human message and optionally the failing fields. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: FieldError[];
  constructor(code: ErrorCode, message: string, options: { fields?: FieldError[] } = {}) {
    super(message);
    this.code = code;
    this.status = statusByCode[code];
    this.fields = options.fields ?? [];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You may not do this') => new AppError('forbidden', message);
export const invalid = (field: string, message: string) =>
  new AppError('validation_failed', `${field}: ${message}`, { fields: [{ field, message }] });
