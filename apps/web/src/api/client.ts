import type { Problem } from '@mutualis/contracts';
import {
  type Answer,
  type ClientInput,
  type Endpoint,
  isFileAnswer,
  isFileUpload,
  pathOf,
} from '@mutualis/contracts/endpoint';

export type FieldErrors = Record<string, string>;

/** Any non-2xx answer of the API, parsed from its application/problem+json body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: NonNullable<Problem['errors']>;
  constructor(status: number, problem: Partial<Problem>) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.code = problem.code ?? `http_${status}`;
    this.detail = problem.detail ?? '';
    this.errors = problem.errors ?? [];
  }

  /** Field errors keyed by field path (the last path segment too, so forms can match either). */
  fieldErrors(): FieldErrors {
    const out: FieldErrors = {};
    for (const e of this.errors) {
      if (e.row !== undefined) continue;
      out[e.field] ??= e.message;
      const last = e.field.split('.').pop();
      if (last) out[last] ??= e.message;
    }
    return out;
  }
}

let csrfToken: string | null = null;

/** The session's CSRF token, sent on every non-GET request. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

interface Options {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
}

async function send(path: string, options: Options = {}): Promise<Response> {
  const method = options.method ?? 'GET';
  // the server writes its messages in the account's language, else in this one: the page's (i18n sets <html lang>)
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': document.documentElement.lang || 'fr',
  };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(withQuery(path, options.query), {
    method,
    headers,
    body,
    credentials: 'same-origin',
    signal: options.signal,
  });
  if (!response.ok) {
    let problem: Partial<Problem> = {};
    try {
      problem = (await response.json()) as Partial<Problem>;
    } catch {
      // not a problem document (proxy error, HTML page)
    }
    throw new ApiError(response.status, problem);
  }
  return response;
}

/** Calls the API (same origin, cookie session, CSRF header) and returns the JSON answer; throws ApiError. */
async function apiFetch<T>(path: string, options: Options = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined as T;
  return (await response.json()) as T;
}

/** Downloads a file answer of the API (exports) under the server's file name. */
async function apiDownload(path: string, query?: Query, fallbackName = 'export') {
  const response = await send(path, { query });
  const blob = await response.blob();
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A page of a server-side paged list. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** The query of an endpoint call, as strings the URL can carry. */
function queryOf(query: Record<string, unknown> | undefined): Query | undefined {
  if (!query) return undefined;
  const out: Query = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    out[key] = Array.isArray(value) ? value.join(',') : (value as string | number | boolean);
  }
  return out;
}

/**
 * Calls an endpoint of the contracts' endpoint map: the path, method, query and body come from the
 * map and the answer is typed by it. Uploads send the file as multipart; file answers come back
 * as a Blob (use `downloadFrom` to save one under the server's name). Throws ApiError.
 */
export async function call<E extends Endpoint>(
  endpoint: E,
  ...[input]: {} extends ClientInput<E> ? [ClientInput<E>?] : [ClientInput<E>]
): Promise<Answer<E>> {
  const given = (input ?? {}) as { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
  const path = pathOf(endpoint, given.params);
  let body = given.body;
  if (isFileUpload(endpoint.body) && body instanceof Blob) {
    const form = new FormData();
    form.append('file', body, body instanceof File ? body.name : 'upload');
    body = form;
  }
  const method = endpoint.method.toUpperCase() as NonNullable<Options['method']>;
  if (isFileAnswer(endpoint.response)) {
    const response = await send(path, { method, query: queryOf(given.query), body });
    return (await response.blob()) as Answer<E>;
  }
  return apiFetch<Answer<E>>(path, {
    method,
    query: queryOf(given.query),
    body: body ?? (method === 'GET' || method === 'DELETE' ? undefined : {}),
  });
}

/** Downloads a file endpoint's answer under the name the server gives it. */
export async function downloadFrom<E extends Endpoint>(
  endpoint: E,
  input?: { params?: Record<string, unknown>; query?: Record<string, unknown> },
  fallbackName = 'export',
) {
  await apiDownload(pathOf(endpoint, input?.params), queryOf(input?.query), fallbackName);
}
