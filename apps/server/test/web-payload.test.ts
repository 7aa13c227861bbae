import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import { Hono } from 'hono';
import { buildApp } from '../src/app.ts';
import {
  acceptedEncoding,
  compressAnswers,
  compressBody,
  jsonAnswer,
  SYNC_COMPRESSION_LIMIT,
} from '../src/http/compression.ts';
import { loadWebAssets } from '../src/http/web-assets.ts';
import { anonymous, createTestContext, type TestContext } from './harness.ts';

// Issue #15: the web app's files compressed (as the build prepared them) and cached for a year when
// their name carries their hash; index.html revalidated on every visit; API answers compressed.

const script = `export const rows = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: i, name: `row ${i}` })))};\n`;
const html = `<!doctype html><html lang="fr"><head><title>Mutualis</title>${'<link rel="modulepreload" href="/assets/x.js">'.repeat(30)}</head><body><div id="root"></div></body></html>`;

function fakeDist(): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'mutualis-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), html);
  fs.writeFileSync(path.join(dist, 'index.html.br'), zlib.brotliCompressSync(html));
  fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const js = path.join(dist, 'assets/index-AbC123.js');
  fs.writeFileSync(js, script);
  fs.writeFileSync(`${js}.br`, zlib.brotliCompressSync(script));
  fs.writeFileSync(`${js}.gz`, zlib.gzipSync(script));
  fs.writeFileSync(path.join(dist, 'assets/plain-XyZ789.js'), script); // a file the build left uncompressed
  return dist;
}

const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('web payload: compression and caching', () => {
  let ctx: TestContext;
  let dist: string;
  let app: ReturnType<typeof buildApp>;
  before(async () => {
    ctx = await createTestContext();
    dist = fakeDist();
    const assets = loadWebAssets(dist);
    assert.ok(assets);
    app = buildApp(ctx.deps, { serveWeb: assets });
  });
  after(async () => {
    await anonymous(ctx).get('/api/health');
    await ctx.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('given a hashed asset, then it is sent as the build compressed it, br before gzip, and cached for a year as immutable', async () => {
    const br = await app.request('/assets/index-AbC123.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    assert.equal(br.status, 200);
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.equal(br.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.match(br.headers.get('vary') ?? '', /Accept-Encoding/);
    assert.match(br.headers.get('content-type') ?? '', /javascript/);
    const brBody = await bytes(br);
    assert.deepEqual(brBody, fs.readFileSync(path.join(dist, 'assets/index-AbC123.js.br')));
    assert.equal(Number(br.headers.get('content-length')), brBody.length);
    assert.equal(zlib.brotliDecompressSync(brBody).toString(), script);

    const gz = await app.request('/assets/index-AbC123.js', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.equal(zlib.gunzipSync(await bytes(gz)).toString(), script);

    const none = await app.request('/assets/index-AbC123.js');
    assert.equal(none.headers.get('content-encoding'), null);
    assert.equal((await bytes(none)).toString(), script);
    assert.equal(none.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });

  it('given an asset the build did not compress, then it is compressed once on request', async () => {
    const res = await app.request('/assets/plain-XyZ789.js', { headers: { 'accept-encoding': 'br' } });
    assert.equal(res.headers.get('content-encoding'), 'br');
    assert.equal(zlib.brotliDecompressSync(await bytes(res)).toString(), script);
  });

  it('given the app page or any of its routes, then index.html comes compressed with no-cache and an ETag, and a matching If-None-Match gets 304', async () => {
    for (const url of ['/', '/dashboard', '/members/123/edit']) {
      const res = await app.request(url, { headers: { 'accept-encoding': 'br' } });
      assert.equal(res.status, 200, url);
      assert.equal(res.headers.get('cache-control'), 'no-cache', url);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/, url);
      assert.equal(res.headers.get('content-encoding'), 'br', url);
      assert.equal(zlib.brotliDecompressSync(await bytes(res)).toString(), html, url);
    }
    const first = await app.request('/');
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const again = await app.request('/', { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal((await bytes(again)).length, 0);
  });

  it('given a missing asset, then 404 (not the app page), so an old tab notices a new deployment', async () => {
    const res = await app.request('/assets/index-gone.js');
    assert.equal(res.status, 404);
    assert.doesNotMatch(res.headers.get('content-type') ?? '', /html/);
  });

  it('given another file at the root, then it is cached for a day', async () => {
    const res = await app.request('/favicon.svg');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=86400');
    assert.equal(res.headers.get('content-type'), 'image/svg+xml');
  });

  it('given an API answer over 1 KB, then it is compressed by the Accept-Encoding; a small one is not', async () => {
    const plain = await app.request('/api/reference');
    const plainBody = await bytes(plain);
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.ok(plainBody.length > 10_000);

    const br = await app.request('/api/reference', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    assert.equal(br.status, 200);
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.match(br.headers.get('vary') ?? '', /Accept-Encoding/);
    const brBody = await bytes(br);
    assert.ok(brBody.length < plainBody.length / 3, `${brBody.length} bytes compressed of ${plainBody.length}`);
    assert.deepEqual(JSON.parse(zlib.brotliDecompressSync(brBody).toString()), JSON.parse(plainBody.toString()));

    const gz = await app.request('/api/reference', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.deepEqual(JSON.parse(zlib.gunzipSync(await bytes(gz)).toString()), JSON.parse(plainBody.toString()));

    const small = await app.request('/api/health', { headers: { 'accept-encoding': 'br' } });
    assert.equal(small.headers.get('content-encoding'), null);
    assert.equal((await small.json()).status, 'ok');

    const problem = await app.request('/api/members', { headers: { 'accept-encoding': 'br' } });
    assert.equal(problem.status, 401);
    assert.match(problem.headers.get('content-type') ?? '', /problem\+json/);
  });

  it('given answers below and above the size compressed at once, then both encodings give back the same bytes, the fast setting within 5 % of the thorough one', async () => {
    const rows = (n: number) =>
      Buffer.from(
        JSON.stringify(
          Array.from({ length: n }, (_, i) => ({
            id: `${i}`.padStart(8, '0'),
            legalName: `Firme ${i % 97} inc.`,
            headcount: i,
          })),
        ),
      );
    const small = rows(400);
    const large = rows(4000);
    assert.ok(small.length > 1024 && small.length <= SYNC_COMPRESSION_LIMIT && large.length > SYNC_COMPRESSION_LIMIT);
    for (const raw of [small, large]) {
      assert.deepEqual(zlib.brotliDecompressSync(await compressBody(raw, 'br')), raw);
      assert.deepEqual(zlib.gunzipSync(await compressBody(raw, 'gzip')), raw);
    }
    const fast = (await compressBody(small, 'br')).length;
    const thorough = zlib.brotliCompressSync(small, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }).length;
    assert.ok(fast <= thorough * 1.05, `${fast} bytes at the fast setting, ${thorough} at quality 4`);
  });

  it('given JSON answers made by the endpoints (jsonAnswer), then small ones are compressed at once with the headers the handler set, larger ones by the middleware, HEAD and tiny ones not at all', async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i, name: `Firme ${i % 97} inc.` }));
    const api = new Hono();
    api.use('*', compressAnswers());
    api.get('/page', (c) => {
      c.header('cache-control', 'private, no-store');
      return jsonAnswer(c, rows(300), 200);
    });
    api.get('/large', (c) => jsonAnswer(c, rows(4000), 200));
    api.get('/tiny', (c) => jsonAnswer(c, { ok: true }, 201));
    let bodyRead = 0; // the /watched answer's body, each time the middleware reads it
    api.get('/watched', async (c) => {
      const answer = await jsonAnswer(c, rows(300), 200);
      const body = answer.body;
      Object.defineProperty(answer, 'body', {
        get: () => {
          bodyRead++;
          return body;
        },
      });
      return answer;
    });
    const br = { 'accept-encoding': 'gzip, br' };

    const page = await api.request('/page', { headers: br });
    assert.equal(page.headers.get('content-encoding'), 'br');
    assert.equal(page.headers.get('cache-control'), 'private, no-store');
    assert.equal(page.headers.get('vary'), 'Accept-Encoding');
    assert.equal(page.headers.get('content-type'), 'application/json');
    assert.deepEqual(JSON.parse(zlib.brotliDecompressSync(await bytes(page)).toString()), rows(300));

    const large = await api.request('/large', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(large.headers.get('content-encoding'), 'gzip');
    const largeBody = zlib.gunzipSync(await bytes(large));
    assert.ok(largeBody.length > SYNC_COMPRESSION_LIMIT);
    assert.deepEqual(JSON.parse(largeBody.toString()), rows(4000));

    const tiny = await api.request('/tiny', { headers: br });
    assert.equal(tiny.status, 201);
    assert.equal(tiny.headers.get('content-encoding'), null);
    assert.deepEqual(await tiny.json(), { ok: true });

    const plain = await api.request('/page');
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.deepEqual(await plain.json(), rows(300));

    // without Accept-Encoding the middleware does not look at the body: on the Node server, reading
    // it turns Hono's light answer into a web Response and a stream (decision 76)
    const unencoded = await api.request('/watched');
    assert.equal(bodyRead, 0);
    assert.equal(unencoded.headers.get('vary'), 'Accept-Encoding');
  });

  it('reads Accept-Encoding with its weights', () => {
    assert.equal(acceptedEncoding(undefined), null);
    assert.equal(acceptedEncoding('identity'), null);
    assert.equal(acceptedEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(acceptedEncoding('gzip'), 'gzip');
    assert.equal(acceptedEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(acceptedEncoding('br;q=0.5, gzip;q=1'), 'gzip');
    assert.equal(acceptedEncoding('*'), 'br');
    assert.equal(acceptedEncoding('*;q=0'), null);
  });
});

describe('web payload: the real build', {
  skip:
    !fs.existsSync(path.join(import.meta.dirname, '../../web/dist/.build-stamp.json')) &&
    'no build of the web app (npm run build)',
}, () => {
  it('given the build, then every script and style sheet has a .br and a .gz beside it, and index.html names only hashed assets', () => {
    const dist = path.join(import.meta.dirname, '../../web/dist');
    const assets = fs.readdirSync(path.join(dist, 'assets'));
    const texts = assets.filter((f) => /\.(js|css)$/.test(f) && fs.statSync(path.join(dist, 'assets', f)).size >= 1024);
    assert.ok(texts.length > 5);
    for (const f of texts) {
      assert.ok(assets.includes(`${f}.br`), `${f}.br`);
      assert.ok(assets.includes(`${f}.gz`), `${f}.gz`);
    }
    const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    for (const [, src] of index.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g))
      assert.match(src, /-[\w-]{8}\.(js|css)$/, src);
  });
});
