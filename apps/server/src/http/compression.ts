// Compressed API answers. A list page of 50 members is ~31 KB of JSON; Brotli makes it ~4 KB.
// Brotli at quality 4 (fast, still smaller than gzip at its best for JSON) when the client takes it,
// else gzip at level 6; answers under 1 KB, answers already encoded, and types that are compressed
// already (XLSX, PDF, images) are left alone. zlib works on libuv's thread pool, so compressing one
// answer does not hold up the others' JavaScript.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

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
  /** Brotli quality for answers made per request (default 4). */
  brotliQuality?: number;
}

/** Compresses answers (API JSON, CSV exports, problem documents) by the request's Accept-Encoding. */
export function compressAnswers(options: CompressionOptions = {}): MiddlewareHandler {
  const threshold = options.threshold ?? 1024;
  const quality = options.brotliQuality ?? 4;
  return async (c, next) => {
    await next();
    const res = c.res;
    if (c.req.method === 'HEAD' || res.status === 204 || res.status === 206 || res.status === 304 || !res.body) return;
    if (res.headers.has('content-encoding')) return;
    const type = res.headers.get('content-type') ?? '';
    if (!COMPRESSIBLE_TYPE.test(type)) return;
    if (/(^|,)\s*no-transform\s*(,|$)/i.test(res.headers.get('cache-control') ?? '')) return;
    const vary = res.headers.get('vary');
    const varyValue = vary && !/accept-encoding/i.test(vary) ? `${vary}, Accept-Encoding` : (vary ?? 'Accept-Encoding');
    const encoding = acceptedEncoding(c.req.header('accept-encoding'));
    const length = Number(res.headers.get('content-length') ?? Number.NaN);
    if (!encoding || length < threshold) {
      res.headers.set('vary', varyValue);
      return;
    }
    const raw = Buffer.from(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    headers.set('vary', varyValue);
    if (raw.length < threshold) {
      headers.set('content-length', String(raw.length));
      c.res = new Response(raw, { status: res.status, statusText: res.statusText, headers });
      return;
    }
    const body =
      encoding === 'br'
        ? await brotli(raw, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              // a window no larger than the answer: the default (4 MB) is set up on this thread for each answer
              [zlib.constants.BROTLI_PARAM_LGWIN]: Math.max(10, Math.min(24, Math.ceil(Math.log2(raw.length)))),
            },
          })
        : await gzip(raw, { level: 6 });
    headers.set('content-encoding', encoding);
    headers.set('content-length', String(body.length));
    const etag = headers.get('etag');
    if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
    c.res = undefined as unknown as Response; // Hono keeps the old headers otherwise
    c.res = new Response(body, { status: res.status, statusText: res.statusText, headers });
  };
}
