// Use-case errors carry a stable code from the closed list (contracts' ERROR_CODES); their HTTP
// status is `statusByCode`, read by http/problem.ts only. What they say is a message code and its
// parameters (messages/), written in the caller's language only when the answer is made.

import type { ErrorCode } from '@mutualis/contracts';
import {
  isMessageCode,
  type MessageCode,
  type MessageParams,
  messageText,
  type NotFoundEntity,
} from './messages/index.ts';

export type { ErrorCode, MessageCode, MessageParams };

/** A field that failed: its path, the message code saying why, its parameters and, for files, the row. */
export interface FieldError {
  field: string;
  code: MessageCode;
  params?: MessageParams;
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

/**
 * An expected failure: a stable error code (its HTTP status), the message code of what happened
 * with its parameters, and optionally the failing fields. `message` is the English text, for logs.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly text: MessageCode;
  readonly params: MessageParams;
  readonly fields: FieldError[];
  constructor(code: ErrorCode, text: MessageCode, options: { params?: MessageParams; fields?: FieldError[] } = {}) {
    super(messageText(text, 'en', options.params));
    this.code = code;
    this.status = statusByCode[code];
    this.text = text;
    this.params = options.params ?? {};
    this.fields = options.fields ?? [];
  }
}

/** A record the caller cannot see or that does not exist: "Membre introuvable". */
export const notFound = (entity: NotFoundEntity) => {
  const code = `${entity.toLowerCase()}_not_found`;
  return new AppError('not_found', isMessageCode(code) ? code : 'not_found');
};
export const forbidden = (text: MessageCode = 'not_allowed', params?: MessageParams) =>
  new AppError('forbidden', text, { params });
/** One field is wrong: 400 validation_failed naming it, with the message code saying why. */
export const invalid = (field: string, code: MessageCode, params?: MessageParams) =>
  new AppError('validation_failed', code, { params, fields: [{ field, code, params }] });
/** Several fields are wrong (from a domain check): 400 validation_failed naming each. */
export const invalidFields = (fields: FieldError[]) => new AppError('validation_failed', 'fields_invalid', { fields });
