import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import { AppError, type ErrorCode, type FieldError } from '../errors.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: FieldError[];
}

/** Writes an RFC 9457 problem document. */
export function problem(c: Context, status: number, code: ErrorCode, detail: string, errors?: FieldError[]) {
  const body: Problem = { type: `about:blank#${code}`, title: code.replace(/_/g, ' '), status, code, detail };
  if (errors?.length) body.errors = errors;
  return c.body(JSON.stringify(body), status as 400, { 'content-type': 'application/problem+json' });
}

export function zodFieldErrors(error: ZodError, prefix?: string): FieldError[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: issue.message,
  }));
}

// Postgres error codes that mean the request was wrong, not the server.
const pgClientErrors: Record<string, [number, ErrorCode]> = {
  '23505': [409, 'conflict'],
  '23503': [409, 'conflict'],
  '23514': [400, 'validation_failed'],
  '23502': [400, 'validation_failed'], // not null
  '22P02': [400, 'validation_failed'],
  '22007': [400, 'validation_failed'],
  '22008': [400, 'validation_failed'],
  '22003': [400, 'validation_failed'],
  '22001': [400, 'validation_failed'], // value too long for the column
  '22021': [400, 'validation_failed'], // NUL byte in text
  '22P05': [400, 'validation_failed'], // NUL or lone surrogate in jsonb
  MFDUE: [409, 'dues_overdue'], // raised by the enrolment trigger of migration 0054 (finance)
  MFPER: [409, 'period_closed'], // raised by the journal trigger of migration 0050 (finance)
};

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The request field behind a Postgres error: the last plain column of "Key (mutual_id, slug)=…"
 * (the first ones scope it to a mutual), or the error's column, or its constraint.
 */
function pgField(e: { column?: string; constraint?: string; detail?: string }): string {
  const columns = (e.detail?.match(/^Key \((.+?)\)=/)?.[1] ?? '').split(', ').filter((c) => /^[a-z_]+$/.test(c));
  if (columns.length > 0) return camel(columns[columns.length - 1]);
  if (e.column) return camel(e.column);
  return e.constraint ?? 'request';
}

/** The one place where any thrown error becomes an HTTP answer. */
export function errorToResponse(error: unknown, c: Context) {
  if (error instanceof AppError) return problem(c, error.status, error.code, error.message, error.fields);
  if (error instanceof HTTPException) {
    const status = error.status;
    const byStatus: Partial<Record<number, ErrorCode>> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 413: 'payload_too_large', 415: 'unsupported_media_type' };
    const code: ErrorCode = byStatus[status] ?? (status >= 500 ? 'internal_error' : 'malformed_request');
    return problem(c, status, code, error.message || 'Bad request');
  }
  const pgCode = (error as { code?: string })?.code;
  if (typeof pgCode === 'string' && pgClientErrors[pgCode]) {
    const [status, code] = pgClientErrors[pgCode];
    const e = error as { column?: string; constraint?: string; detail?: string; message: string };
    return problem(c, status, code, e.detail ?? e.message, [{ field: pgField(e), message: e.message }]);
  }
  if (pgCode === '40P01' || pgCode === '40001') {
    // Two transactions crossed (a deadlock or a serialization failure): PostgreSQL rolled this one
    // back whole, so nothing of the request was written, and the same request can be sent again.
    c.header('Retry-After', '1');
    return problem(c, 503, 'busy_try_again', 'Another change to the same records was in progress; nothing was saved. Please try again.');
  }
  console.error('internal error', error);
  return problem(c, 500, 'internal_error', 'An unexpected error occurred; it has been logged.');
}
