// Compressed API answers. A list page of 50 members is ~31 KB of JSON; Brotli makes it ~4 KB.
// Brotli when the client takes it, else gzip; answers under 1 KB, answers already encoded, and types
// that are compressed already (XLSX, PDF, images) are left alone.
// - Answers under 64 KB (list pages, records: nearly every answer) are compressed at once on this
//   thread, Brotli at quality 2 (gzip level 3): ~90 µs for a 30 KB page, and 2 % larger than
//   quality 4, which took twice the CPU; the thread-pool round trip (a stream, a task handed to
//   libuv and its callback) cost more CPU than the compression itself at this size.
// - Larger answers (exports, reports) go to libuv's thread pool at quality 4 (gzip level 6), so
//   compressing one does not hold up the others' JavaScript.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Answers up to this size are compressed on the request's own thread, at the small answers' settings. */
export const SYNC_COMPRESSION_LIMIT = 64 * 1024;

function brotliParams(length: number, quality: number) {
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: length,
      // a window no larger than the answer: the default (4 MB) is set up for each answer
      [zlib.constants.BROTLI_PARAM_LGWIN]: Math.max(10, Math.min(24, Math.ceil(Math.log2(length)))),
    },
  };
}

/** The body in `encoding`: small answers at once at a fast setting, larger ones on the thread pool. */
export async function compressBody(
  raw: Buffer,
  encoding: Encoding,
  options: { brotliQuality?: number; smallBrotliQuality?: number } = {},
): Promise<Buffer<ArrayBuffer>> {
  if (raw.length <= SYNC_COMPRESSION_LIMIT) {
    return encoding === 'br'
      ? zlib.brotliCompressSync(raw, brotliParams(raw.length, options.smallBrotliQuality ?? 2))
      : zlib.gzipSync(raw, { level: 3 });
  }
  return encoding === 'br'
    ? brotli(raw, brotliParams(raw.length, options.brotliQuality ?? 4))
    : gzip(raw, { level: 6 });
}

/** The encoding to answer with: br, then gzip, among those the request accepts (q > 0); null for none. */
export function acceptedEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const q: Record<string, number> = {};
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q[name] = Number.isFinite(value) ? value : 0;
  }
  const of = (name: string) => q[name] ?? q['*'] ?? 0;
  if (of('br') > 0 && of('br') >= of('gzip')) return 'br';
  if (of('gzip') > 0) return 'gzip';
  return of('br') > 0 ? 'br' : null;
}

const COMPRESSIBLE_TYPE =
  /^(text\/|application\/(json|problem\+json|xml|javascript|x-ndjson|yaml)|image\/svg\+xml|[^;]+\+json)/i;

export interface CompressionOptions {
  /** Bodies smaller than this many bytes are sent as they are (default 1024). */
  threshold?: number;
  /** Brotli quality for answers over SYNC_COMPRESSION_LIMIT (default 4). */
  brotliQuality?: number;
  /** Brotli quality for answers up to SYNC_COMPRESSION_LIMIT (default 2). */
  smallBrotliQuality?: number;
}

/** Bodies smaller than this are sent as they are. */
const DEFAULT_THRESHOLD = 1024;

/**
 * An endpoint's JSON answer (http/api.ts), compressed here when the request takes Brotli or gzip.
 * The middleware below could do it too, but only by turning the answer Hono made into a web
 * Response and reading it back through a stream, which cost more CPU than compressing it (a list
 * page: the stream, the Headers copy and the second Response were ~10 % of the server's thread).
 * Same answer as the middleware gives: same encodings, thresholds and settings, Vary on
 * Accept-Encoding; the middleware leaves an answer alone once it has a Content-Encoding.
 */
export async function jsonAnswer(
  c: Context,
  value: unknown,
  status: number,
  options: CompressionOptions = {},
): Promise<Response> {
  const text = JSON.stringify(value);
  const encoding = c.req.method === 'HEAD' ? null : acceptedEncoding(c.req.header('accept-encoding'));
  const headers: Record<string, string> = { 'content-type': 'application/json', vary: 'Accept-Encoding' };
  // a UTF-8 body is at least as long as its text: shorter texts are under the threshold in bytes too
  if (!encoding || text.length < (options.threshold ?? DEFAULT_THRESHOLD)) return c.body(text, status as 200, headers);
  const raw = Buffer.from(text);
  // larger answers are left to the middleware, which compresses them on the thread pool after the
  // request has given back its admission slot (app.ts)
  if (raw.length > SYNC_COMPRESSION_LIMIT) return c.body(raw, status as 200, headers);
  headers['content-encoding'] = encoding;
  return c.body(await compressBody(raw, encoding, options), status as 200, headers);
}

/** Compresses answers (CSV exports, problem documents, any answer not made by jsonAnswer) by the request's Accept-Encoding. */
export function compressAnswers(options: CompressionOptions = {}): MiddlewareHandler {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  return async (c, next) => {
    await next();
    const res = c.res;
    // first what needs no body: reading res.body turns Hono's light answer into a web Response
    if (res.headers.has('content-encoding')) return;
    if (c.req.method === 'HEAD' || res.status === 204 || res.status === 206 || res.status === 304) return;
    const type = res.headers.get('content-type') ?? '';
    if (!COMPRESSIBLE_TYPE.test(type)) return;
    if (/(^|,)\s*no-transform\s*(,|$)/i.test(res.headers.get('cache-control') ?? '')) return;
    const vary = res.headers.get('vary');
    const varyValue = vary && !/accept-encoding/i.test(vary) ? `${vary}, Accept-Encoding` : (vary ?? 'Accept-Encoding');
    const encoding = acceptedEncoding(c.req.header('accept-encoding'));
    const length = Number(res.headers.get('content-length') ?? Number.NaN);
    // an answer that stays as it is (no encoding the request takes, or small) is left a light
    // answer: its body is not looked at (a request without Accept-Encoding, as API clients send)
    if (!encoding || length < threshold) {
      if (vary !== varyValue) res.headers.set('vary', varyValue);
      return;
    }
    if (!res.body) return;
    const raw = Buffer.from(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    headers.set('vary', varyValue);
    if (raw.length < threshold) {
      headers.set('content-length', String(raw.length));
      c.res = new Response(raw, { status: res.status, statusText: res.statusText, headers });
      return;
    }
    const body = await compressBody(raw, encoding, options);
    headers.set('content-encoding', encoding);
    headers.set('content-length', String(body.length));
    const etag = headers.get('etag');
    if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
    c.res = undefined as unknown as Response; // Hono keeps the old headers otherwise
    c.res = new Response(body, { status: res.status, statusText: res.statusText, headers });
  };
}
