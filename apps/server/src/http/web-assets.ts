// The built web app (apps/web/dist), served from memory with the encodings the build prepared.
// - /assets/* are named by their content's hash: cached for a year and never revalidated
//   (`immutable`); a missing one is a 404, never the app's page, so a tab left open across a
//   deployment sees the error and reloads (main.tsx).
// - index.html (every path that is not a file: the app's own routes) is revalidated on every visit
//   (`no-cache` with an ETag: a 304 costs one round trip and no bytes), so a deployment is seen at once.
// - the few other files at the root (favicon.svg) are cached for a day.
// Each file is sent as the build compressed it (.br, then .gz, by the request's Accept-Encoding);
// a file the build left uncompressed is compressed once here, on first request, and kept.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Context, Env, Hono } from 'hono';
import { acceptedEncoding, type Encoding } from './compression.ts';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
export const SHORT = 'public, max-age=86400';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.webmanifest', '.txt', '.map']);

interface WebFile {
  type: string;
  cacheControl: string;
  etag: string;
  bodies: Partial<Record<Encoding | 'identity', Buffer>>;
  compressible: boolean;
}

export interface WebAssets {
  /** Files by URL path ('/index.html', '/assets/index-abc.js', '/favicon.svg'). */
  files: Map<string, WebFile>;
  index: WebFile;
}

/** Reads a finished build into memory (about 6 MB with its .br and .gz); null if there is none. */
export function loadWebAssets(dist: string): WebAssets | null {
  if (!fs.existsSync(path.join(dist, 'index.html'))) return null;
  const files = new Map<string, WebFile>();
  const names = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'));
  const present = new Set(names);
  for (const name of names) {
    if (name.endsWith('.br') || name.endsWith('.gz') || name.startsWith('.')) continue;
    const full = path.join(dist, name);
    if (!fs.statSync(full).isFile()) continue;
    const ext = path.extname(name);
    const identity = fs.readFileSync(full);
    const bodies: WebFile['bodies'] = { identity };
    if (present.has(`${name}.br`)) bodies.br = fs.readFileSync(`${full}.br`);
    if (present.has(`${name}.gz`)) bodies.gzip = fs.readFileSync(`${full}.gz`);
    const cacheControl = name === 'index.html' ? REVALIDATE : name.startsWith('assets/') ? IMMUTABLE : SHORT;
    const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}"`;
    files.set(`/${name}`, {
      type: TYPES[ext] ?? 'application/octet-stream',
      cacheControl,
      etag,
      bodies,
      compressible: COMPRESSIBLE.has(ext) && identity.length >= 1024,
    });
  }
  const index = files.get('/index.html');
  if (!index) return null;
  return { files, index };
}

function bodyFor(file: WebFile, encoding: Encoding | null): { body: Buffer; encoding: Encoding | null } {
  if (encoding && file.compressible) {
    let body = file.bodies[encoding];
    if (!body) {
      // not precompressed by the build: compress once (gzip or a quick brotli) and keep it
      const raw = file.bodies.identity!;
      body =
        encoding === 'br'
          ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } })
          : zlib.gzipSync(raw, { level: 9 });
      file.bodies[encoding] = body;
    }
    return { body, encoding };
  }
  return { body: file.bodies.identity!, encoding: null };
}

function send(c: Context, file: WebFile): Response {
  const headers: Record<string, string> = {
    'content-type': file.type,
    'cache-control': file.cacheControl,
    etag: file.etag,
  };
  if (file.compressible) headers.vary = 'Accept-Encoding';
  if (
    c.req
      .header('if-none-match')
      ?.split(',')
      .some((t) => t.trim().replace(/^W\//, '') === file.etag)
  ) {
    return c.body(null, 304, headers);
  }
  const { body, encoding } = bodyFor(file, acceptedEncoding(c.req.header('accept-encoding')));
  if (encoding) headers['content-encoding'] = encoding;
  headers['content-length'] = String(body.length);
  if (c.req.method === 'HEAD') return c.body(null, 200, headers);
  return c.body(new Uint8Array(body.buffer, body.byteOffset, body.byteLength) as Uint8Array<ArrayBuffer>, 200, headers);
}

/** Serves the web app: its files, and index.html for any other GET outside /api. */
export function registerWebAssets<E extends Env>(app: Hono<E>, assets: WebAssets) {
  const handler = (c: Context) => {
    const file = assets.files.get(c.req.path);
    if (file && c.req.path !== '/index.html') return send(c, file);
    if (c.req.path.startsWith('/assets/')) {
      return c.body('Not found', 404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    }
    return send(c, assets.index);
  };
  app.get('*', handler);
}
