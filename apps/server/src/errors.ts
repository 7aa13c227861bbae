// Domain and service errors carry a stable code; http/problem.ts maps them to HTTP in one place.

export type ErrorCode =
  | 'validation_failed'
  | 'malformed_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf_failed'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'invalid_credentials'
  | 'token_invalid'
  | 'import_failed'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'internal_error'
  | 'busy_try_again'
  | (string & {});

export interface FieldError {
  field: string;
  message: string;
  row?: number;
}

const statusByCode: Record<string, number> = {
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
};

/** An expected failure with a stable code, a human message and optionally the failing fields. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: FieldError[];
  constructor(code: ErrorCode, message: string, options: { fields?: FieldError[]; status?: number } = {}) {
    super(message);
    this.code = code;
    this.status = options.status ?? statusByCode[code] ?? 400;
    this.fields = options.fields ?? [];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You may not do this') => new AppError('forbidden', message);
export const invalid = (field: string, message: string) =>
  new AppError('validation_failed', `${field}: ${message}`, { fields: [{ field, message }] });
