import type { Lang } from '@mutualis/domain/format/index';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { type ZodError, z } from 'zod';
import { transactionsCrossed } from '../db/crossed-transactions.ts';
import { AppError, type ErrorCode, type MessageCode, type MessageParams } from '../errors.ts';
import { fieldMessages, isMessageCode, messageText } from '../messages/index.ts';
import { answerLanguage } from '../messages/language.ts';
import type { AppEnv } from './context.ts';

/** A failing field as the API answers it: its path, the stable code and the message in the caller's language. */
export interface AnsweredFieldError {
  field: string;
  code: string;
  message: string;
  row?: number;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: AnsweredFieldError[];
}

/** The language of the answer to this request: the account's, else Accept-Language's, else French. */
export function requestLanguage(c: Context): Lang {
  return answerLanguage((c as Context<AppEnv>).get('caller'), c.req.header('accept-language'));
}

/** Writes an RFC 9457 problem document whose detail is a message code written in the caller's language. */
export function problem(
  c: Context,
  status: number,
  code: ErrorCode,
  text: MessageCode,
  params?: MessageParams,
  errors?: AnsweredFieldError[],
) {
  const lang = requestLanguage(c);
  const detail =
    errors?.length && code === 'validation_failed' ? fieldsDetail(errors, lang) : messageText(text, lang, params);
  return problemBody(c, status, code, detail, errors);
}

function problemBody(c: Context, status: number, code: ErrorCode, detail: string, errors?: AnsweredFieldError[]) {
  const body: Problem = { type: `about:blank#${code}`, title: code.replace(/_/g, ' '), status, code, detail };
  if (errors?.length) body.errors = errors;
  return c.body(JSON.stringify(body), status as 400, { 'content-type': 'application/problem+json' });
}

/** "field : message; field : message", with the language's colon. */
const fieldsDetail = (errors: AnsweredFieldError[], lang: Lang) =>
  errors
    .map(
      (e) =>
        `${e.row === undefined ? '' : `${lang === 'fr' ? 'ligne' : 'row'} ${e.row}, `}${e.field}${lang === 'fr' ? ' : ' : ': '}${e.message}`,
    )
    .join('; ');

const zodLocales = { fr: z.locales.fr().localeError, en: z.locales.en().localeError };

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>(
    (v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );

/**
 * The field errors of a failed zod check, in a language. A contract's own check names its failure
 * with a message code (contracts' CONTRACT_MESSAGES), written from the server's texts with the
 * issue's bounds; a missing value says "required"; zod's other issues are written by zod's own
 * locale (`z.locales.fr()` / `z.locales.en()`), with the issue's code. `input` is the value checked,
 * so zod can name what it received.
 */
export function zodFieldErrors(
  error: ZodError,
  lang: Lang,
  options: { prefix?: string; input?: unknown } = {},
): AnsweredFieldError[] {
  return error.issues.map((issue) => {
    const field = [options.prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)';
    const params = Object.fromEntries(
      Object.entries(issue).filter(
        (e): e is [string, string | number] =>
          typeof e[1] === 'number' || (typeof e[1] === 'string' && e[0] !== 'message'),
      ),
    );
    if (isMessageCode(issue.message))
      return { field, code: issue.message, message: messageText(issue.message, lang, params) };
    const input = valueAt(options.input, issue.path);
    if (issue.code === 'invalid_type' && input === undefined)
      return { field, code: 'required', message: messageText('required', lang) };
    const written = zodLocales[lang]({ ...issue, input } as never);
    return {
      field,
      code: issue.code,
      message: typeof written === 'string' ? written : (written?.message ?? issue.message),
    };
  });
}

/** The validation hook's answer to a request that fails its schema: 400 naming each field in the caller's language. */
export function invalidRequest(c: Context, error: ZodError, target: string | undefined, input: unknown) {
  const prefix = target === 'query' ? 'query' : target === 'param' ? 'path' : undefined;
  const errors = zodFieldErrors(error, requestLanguage(c), { prefix, input });
  return problemBody(c, 400, 'validation_failed', fieldsDetail(errors, requestLanguage(c)), errors);
}

// Postgres error codes that mean the request was wrong, not the server, and what each says of the field.
const pgClientErrors: Record<string, [number, ErrorCode, MessageCode]> = {
  '23505': [409, 'conflict', 'value_taken'],
  '23503': [409, 'conflict', 'unknown_reference'],
  '23514': [400, 'validation_failed', 'value_refused'],
  '23502': [400, 'validation_failed', 'required'], // not null
  '22P02': [400, 'validation_failed', 'value_refused'],
  '22007': [400, 'validation_failed', 'value_refused'],
  '22008': [400, 'validation_failed', 'value_refused'],
  '22003': [400, 'validation_failed', 'value_out_of_range'],
  '22001': [400, 'validation_failed', 'value_too_long'], // value too long for the column
  '22021': [400, 'validation_failed', 'unstorable_text'], // NUL byte in text
  '22P05': [400, 'validation_failed', 'unstorable_text'], // NUL or lone surrogate in jsonb
  MFDUE: [409, 'dues_overdue', 'dues_overdue'], // raised by the enrolment trigger of migration 0054 (finance)
  MFPER: [409, 'period_closed', 'period_closed'], // raised by the journal trigger of migration 0050 (finance)
};

/** What the finance triggers' details name (migrations 0050 and 0054), as the parameters of their messages. */
function pgParams(pgCode: string, detail: string | undefined): Record<string, string> {
  if (pgCode === 'MFDUE') {
    const m = detail?.match(/invoice (\S+) of this firm was due on (\d{4}-\d{2}-\d{2})/);
    return m ? { number: m[1], dueOn: m[2] } : { number: '', dueOn: '' };
  }
  if (pgCode === 'MFPER') return { closedThrough: detail?.match(/closed through (\d{4}-\d{2}-\d{2})/)?.[1] ?? '' };
  return {};
}

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

/** What an HTTP error of the framework says. */
const HTTP_TEXTS: Partial<Record<ErrorCode, MessageCode>> = {
  unauthenticated: 'log_in_first',
  forbidden: 'not_allowed',
  not_found: 'no_such_page',
  payload_too_large: 'body_too_large',
  unsupported_media_type: 'unsupported_media_type',
  internal_error: 'internal_error',
};

/**
 * The connection to PostgreSQL ended or could not be made: SQLSTATE class 08 (connection exception) or
 * 57P01–57P03 (shut down by an operator, after a crash, not accepting connections yet), node-postgres's
 * "Connection terminated", or the socket refused or reset.
 */
function databaseInterrupted(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && (/^08/.test(code) || /^57P0[123]$/.test(code))) return true;
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET') return true;
  return error instanceof Error && /^Connection terminated/.test(error.message);
}

/** The one place where any thrown error becomes an HTTP answer, in the caller's language. */
export function errorToResponse(error: unknown, c: Context) {
  const lang = requestLanguage(c);
  if (error instanceof AppError)
    return problem(c, error.status, error.code, error.text, error.params, fieldMessages(error.fields, lang));
  if (error instanceof HTTPException) {
    const status = error.status;
    const byStatus: Partial<Record<number, ErrorCode>> = {
      401: 'unauthenticated',
      403: 'forbidden',
      404: 'not_found',
      413: 'payload_too_large',
      415: 'unsupported_media_type',
    };
    const code: ErrorCode = byStatus[status] ?? (status >= 500 ? 'internal_error' : 'malformed_request');
    return problem(c, status, code, HTTP_TEXTS[code] ?? 'malformed_request');
  }
  const pgCode = (error as { code?: string })?.code;
  if (typeof pgCode === 'string' && pgClientErrors[pgCode]) {
    const [status, code, text] = pgClientErrors[pgCode];
    const e = error as { column?: string; constraint?: string; detail?: string };
    const field = pgField(e);
    const params = pgParams(pgCode, e.detail);
    return problem(c, status, code, text, params, fieldMessages([{ field, code: text, params }], lang));
  }
  if (transactionsCrossed(error)) {
    // Two transactions crossed (a deadlock or a serialization failure) as many times as
    // inTransaction runs its work: PostgreSQL rolled this one back whole, so nothing of the request
    // was written, and the same request can be sent again.
    c.header('Retry-After', '1');
    return problem(c, 503, 'busy_try_again', 'busy_try_again');
  }
  if (databaseInterrupted(error)) {
    // The connection ended under the request (PostgreSQL restarting or failing over, an operator, a
    // proxy): a transaction not committed is rolled back; one whose commit was under way may have been.
    console.error('database interrupted', (error as Error).message);
    c.header('Retry-After', '2');
    return problem(c, 503, 'busy_try_again', 'database_interrupted');
  }
  console.error('internal error', error);
  return problem(c, 500, 'internal_error', 'internal_error');
}
