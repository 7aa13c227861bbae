import type { MiddlewareHandler } from 'hono';
import { unstorableReason as unstorable } from '../db/storable-text.ts';
import { type FieldError, invalidFields } from '../errors.ts';
import type { AppEnv } from './context.ts';

// Text PostgreSQL cannot store (a NUL character, a lone surrogate) would fail deep in a query
// as a 5xx. No field of the API has a use for either, so they are refused at the door for
// every route, naming the field, before any schema or service sees them.

// JSON text can only carry these characters as \u escapes; skip the walk when there are none.
const ESCAPED = /\\u(?:0000|d[89a-f][0-9a-f]{2})/i;
const JSON_TYPE = /^application\/([a-z-.]+\+)?json/i;

function walk(value: unknown, path: string[], out: FieldError[]) {
  if (out.length >= 20) return;
  if (typeof value === 'string') {
    if (unstorable(value)) out.push({ field: path.join('.') || '(body)', code: 'unstorable_text' });
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, [...path, String(i)], out);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (unstorable(key)) out.push({ field: [...path, key].join('.'), code: 'unstorable_name' });
      walk(item, [...path, key], out);
    }
  }
}

/** Refuses (400 validation_failed, field named) query values and JSON bodies holding text PostgreSQL cannot store. */
export function rejectUnstorableText(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const fields: FieldError[] = [];
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (values.some(unstorable)) fields.push({ field: `query.${name}`, code: 'unstorable_text' });
    }
    if (JSON_TYPE.test(c.req.header('content-type') ?? '') && c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const text = await c.req.text();
      if (ESCAPED.test(text)) {
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined; // malformed JSON is answered by the route's validator
        }
        walk(body, [], fields);
      }
    }
    if (fields.length > 0) {
      throw invalidFields(fields);
    }
    return next();
  };
}
