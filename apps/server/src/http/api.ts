// The one way to serve an endpoint of the contracts' endpoint map: its OpenAPI entry, request
// validation, access, JSON / file / upload handling and the answer, built from the map, so a
// route module is a list of `serve(endpoint, access, (input, caller) => useCase(...))` lines.
import {
  type Answer,
  type Endpoint,
  fileUploadFormSchema,
  fileUploadJsonSchema,
  isFileAnswer,
  isFileUpload,
  isNoContent,
  type ServerInput,
} from '@mutualis/contracts/endpoint';
import type { Context } from 'hono';
import type { Caller } from '../caller.ts';
import { AppError } from '../errors.ts';
import { type Access, route } from './access.ts';
import { jsonAnswer } from './compression.ts';
import type { App, AppEnv } from './context.ts';
import { otherProblemResponses, problemResponses } from './openapi.ts';

/** Largest file an upload endpoint takes. */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;

/** A file answer: its name for the download and its bytes or text. */
export interface FileResult {
  filename: string;
  contentType: string;
  body: Uint8Array | string;
}

type Result<E extends Endpoint> = E['response'] extends { kind: 'file' } ? FileResult : Answer<E>;

type PublicHandler<E extends Endpoint> = (
  input: ServerInput<E>,
  caller: Caller | null,
  c: Context<AppEnv>,
) => Promise<Result<E> | Response> | Result<E> | Response;
type Handler<E extends Endpoint> = (
  input: ServerInput<E>,
  caller: Caller,
  c: Context<AppEnv>,
) => Promise<Result<E> | Response> | Result<E> | Response;

const DESCRIPTIONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No content',
  302: 'Found (a redirect)',
};

/** The OpenAPI request of an endpoint. */
function requestOf(e: Endpoint) {
  const request: Record<string, unknown> = {};
  if (e.params) request.params = e.params;
  if (e.query) request.query = e.query;
  if (e.body) {
    request.body = isFileUpload(e.body)
      ? {
          required: false,
          content: {
            'multipart/form-data': { schema: fileUploadFormSchema },
            'application/json': { schema: fileUploadJsonSchema },
          },
        }
      : { required: !e.bodyOptional, content: { 'application/json': { schema: e.body } } };
  }
  return request;
}

/** The OpenAPI answers of an endpoint: its success and the problems every route can give. */
function responsesOf(e: Endpoint) {
  const status = e.status ?? 200;
  const description = DESCRIPTIONS[status] ?? 'OK';
  const r = e.response;
  const success = isNoContent(r)
    ? { description }
    : isFileAnswer(r)
      ? {
          description,
          content: Object.fromEntries(r.mediaTypes.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])),
        }
      : { description, content: { 'application/json': { schema: r } } };
  const others = Object.fromEntries((e.otherProblems ?? []).map((code) => [code, otherProblemResponses[code]]));
  return { [status]: success, ...problemResponses, ...others };
}

/** The uploaded file of an upload endpoint: multipart field "file", or JSON { filename, contentBase64 }. */
export async function uploadedFile(c: Context<AppEnv>): Promise<{ filename: string; bytes: Uint8Array }> {
  const type = c.req.header('content-type') ?? '';
  const missing = () =>
    new AppError('validation_failed', 'file_missing', { fields: [{ field: 'file', code: 'file_missing' }] });
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) throw missing();
    if (file.size > MAX_UPLOAD_BYTES)
      throw new AppError('payload_too_large', 'file_too_large', { params: { megabytes: 15 } });
    return { filename: file.name || 'upload', bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  if (!type.startsWith('application/json')) throw missing();
  const parsed = fileUploadJsonSchema.safeParse(await c.req.json().catch(() => null));
  if (!parsed.success) throw missing();
  if (!/^[A-Za-z0-9+/=\s]+$/.test(parsed.data.contentBase64)) {
    throw new AppError('validation_failed', 'not_base64', { fields: [{ field: 'contentBase64', code: 'not_base64' }] });
  }
  const bytes = new Uint8Array(Buffer.from(parsed.data.contentBase64, 'base64'));
  if (bytes.length > MAX_UPLOAD_BYTES)
    throw new AppError('payload_too_large', 'file_too_large', { params: { megabytes: 15 } });
  return { filename: parsed.data.filename, bytes };
}

/** A file answer with its download name (RFC 6266: an ASCII fallback and the UTF-8 name). */
export function fileResponse(c: Context, file: FileResult): Response {
  const ascii =
    file.filename
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '_') || 'download';
  const disposition = `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`;
  return c.body(typeof file.body === 'string' ? file.body : (file.body as Uint8Array<ArrayBuffer>), 200, {
    'content-type': file.contentType,
    'content-disposition': disposition,
  });
}

/** Serves an endpoint open to anyone (the caller may be null). */
export function servePublic<E extends Endpoint>(app: App, e: E, handler: PublicHandler<E>): void {
  register(app, e, 'public', handler as PublicHandler<Endpoint>);
}

/** Serves an endpoint to the roles in `access` ('authenticated': any logged-in role). */
export function serve<E extends Endpoint>(
  app: App,
  e: E,
  access: Exclude<Access, 'public'>,
  handler: Handler<E>,
): void {
  register(app, e, access, handler as unknown as PublicHandler<Endpoint>);
}

function register(app: App, e: Endpoint, access: Access, handler: PublicHandler<Endpoint>) {
  const config = route({
    method: e.method,
    path: e.path,
    tags: [e.tag],
    summary: e.summary,
    ...(e.description ? { description: e.description } : {}),
    access,
    request: requestOf(e),
    responses: responsesOf(e),
  } as Parameters<typeof route>[0]);
  const status = e.status ?? 200;
  app.openapi(config, async (c) => {
    const valid = (target: string) => (c.req.valid as (t: string) => unknown).call(c.req, target);
    const input = {
      params: e.params ? valid('param') : {},
      query: e.query ? valid('query') : {},
      body: e.body
        ? isFileUpload(e.body)
          ? await uploadedFile(c as unknown as Context<AppEnv>)
          : valid('json')
        : undefined,
    } as ServerInput<Endpoint>;
    const result = await handler(input, c.get('caller'), c as unknown as Context<AppEnv>);
    if (result instanceof Response) return result as never;
    if (isFileAnswer(e.response)) return fileResponse(c, result as unknown as FileResult) as never;
    if (isNoContent(e.response)) return c.body(null, 204) as never;
    return (await jsonAnswer(c, result, status)) as never;
  });
}
