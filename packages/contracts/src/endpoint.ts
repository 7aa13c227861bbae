import { z } from 'zod';

// The endpoint map: every API operation is described once here (method, path, schemas), and
// both sides read it. The server builds its route and OpenAPI entry from it
// (apps/server/src/http/api.ts), the web app its typed call (apps/web/src/api/client.ts), so no
// page pairs a path with a type by hand.

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A file the server sends back (exports, PDFs): the media types it may answer with. */
export interface FileAnswer {
  kind: 'file';
  mediaTypes: readonly string[];
}

/** A file the caller sends: multipart field "file", or JSON { filename, contentBase64 }. */
export interface FileUpload {
  kind: 'upload';
}

/** An answer with no body (204). */
export interface NoContent {
  kind: 'none';
}

type AnyObject = z.ZodType<Record<string, unknown>>;

export interface Endpoint {
  method: HttpMethod;
  /** OpenAPI style: `/api/needs/{needId}`. */
  path: string;
  summary: string;
  description?: string;
  /** The OpenAPI tag (the area). */
  tag: string;
  params?: AnyObject;
  query?: AnyObject;
  body?: z.ZodType | FileUpload;
  /** Whether a JSON body may be left out (defaults to required when there is a body). */
  bodyOptional?: boolean;
  response: z.ZodType | FileAnswer | NoContent;
  /** The success status; 200 unless said (201 created, 202 accepted, 204 no content, 302 a redirect the handler answers). */
  status?: 200 | 201 | 202 | 204 | 302;
  /** Problem answers this endpoint gives besides the ones every route can (400, 401, 403, 404, 409). */
  otherProblems?: readonly OtherProblem[];
}

/** The problem statuses only some endpoints answer with. */
export type OtherProblem = 413 | 415 | 422 | 429;

/** Declares an endpoint; keeps its literal types so both sides infer the exact input and answer. */
export const endpoint = <const E extends Endpoint>(e: E): E => e;

/** The answer of a file endpoint. */
export const fileAnswer = (...mediaTypes: string[]): FileAnswer => ({ kind: 'file', mediaTypes });
/** The body of an upload endpoint. */
export const fileUpload: FileUpload = { kind: 'upload' };
/** The answer of an endpoint that returns nothing. */
export const noContent: NoContent = { kind: 'none' };

export const isFileAnswer = (r: Endpoint['response']): r is FileAnswer => (r as FileAnswer).kind === 'file';
export const isNoContent = (r: Endpoint['response']): r is NoContent => (r as NoContent).kind === 'none';
export const isFileUpload = (b: Endpoint['body']): b is FileUpload => (b as FileUpload | undefined)?.kind === 'upload';

/** An uploaded file sent as JSON instead of multipart. */
export const fileUploadJsonSchema = z
  .object({ filename: z.string().min(1).max(255), contentBase64: z.string().min(1) })
  .meta({ id: 'FileUploadJson', description: 'A file sent as JSON: its name and its bytes in base64' });
export const fileUploadFormSchema = z
  .object({ file: z.any().meta({ type: 'string', format: 'binary' }) })
  .meta({ id: 'FileUploadForm' });

type Infer<S> = S extends z.ZodType ? z.output<S> : never;
type InferInput<S> = S extends z.ZodType ? z.input<S> : never;

/** What the server's handler receives, validated. */
export type ServerInput<E extends Endpoint> = {
  params: E['params'] extends z.ZodType ? Infer<E['params']> : Record<string, never>;
  query: E['query'] extends z.ZodType ? Infer<E['query']> : Record<string, never>;
  body: E['body'] extends FileUpload
    ? { filename: string; bytes: Uint8Array }
    : E['body'] extends z.ZodType
      ? Infer<E['body']>
      : undefined;
};

/** What a caller of the endpoint sends (before the server's defaults and coercions). */
export type ClientInput<E extends Endpoint> = (E['params'] extends z.ZodType
  ? { params: InferInput<E['params']> }
  : { params?: never }) &
  (E['query'] extends z.ZodType ? { query?: Partial<InferInput<E['query']>> } : { query?: never }) &
  (E['body'] extends FileUpload
    ? { body: File | Blob }
    : E['body'] extends z.ZodType
      ? { body: InferInput<E['body']> }
      : { body?: never });

/** The answer of the endpoint. */
export type Answer<E extends Endpoint> = E['response'] extends z.ZodType
  ? Infer<E['response']>
  : E['response'] extends FileAnswer
    ? Blob
    : undefined;

/** The path with its {params} filled in (each value URL-encoded). */
export function pathOf(e: Pick<Endpoint, 'path'>, params: Record<string, unknown> = {}): string {
  return e.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new Error(`${e.path}: missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}
