import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { problemSchema } from '@mutualis/contracts';
import type { App } from './context.ts';

const problemContent = { 'application/problem+json': { schema: problemSchema } };

/** The error answers every route can give, for the OpenAPI document. */
export const problemResponses = {
  400: { description: 'Invalid request (validation_failed, malformed_request)', content: problemContent },
  401: { description: 'Not logged in (unauthenticated)', content: problemContent },
  403: { description: 'Not allowed (forbidden, csrf_failed)', content: problemContent },
  404: { description: 'Not found, or not yours (not_found)', content: problemContent },
  409: { description: 'Conflict with existing data (conflict)', content: problemContent },
} as const;

/** The error answers only some endpoints give (an endpoint lists them in `otherProblems`). */
export const otherProblemResponses = {
  413: { description: 'The body or file is too large (payload_too_large)', content: problemContent },
  415: { description: 'The file is not CSV or XLSX (unsupported_media_type)', content: problemContent },
  422: {
    description: 'The file has errors, listed by row and column; nothing was written (import_failed)',
    content: problemContent,
  },
  429: {
    description: 'Too many attempts (rate_limited); the Retry-After header says when to try again',
    content: problemContent,
  },
} as const;

const description = `The Mutualis API. Everything the web app does goes through it.

Authentication: POST /api/auth/login sets an HttpOnly session cookie. Every write must also
send the header X-CSRF-Token with the csrfToken returned by login or GET /api/auth/me.

Errors are application/problem+json with a stable \`code\`: validation_failed, malformed_request,
unauthenticated, invalid_credentials, forbidden, csrf_failed, not_found, conflict, rate_limited,
token_invalid, import_failed, payload_too_large, unsupported_media_type, internal_error.
Validation errors list the failing fields in \`errors\`.

Each operation's \`x-access\` lists the roles that may call it.`;

/** Serves /api/openapi.json and a readable docs page at /api/docs (Swagger UI, served locally). */
export function registerOpenApi(app: App) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'mutualis_session',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Mutualis API', version: '0.1.0', description },
  });
  // The folder of swagger-ui-dist's files, found without loading its index (which reads 1.5 MB of
  // bundles at every start, for a page few people open).
  const uiDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const assets: Record<string, string> = {
    'swagger-ui.css': 'text/css',
    'swagger-ui-bundle.js': 'text/javascript',
  };
  app.get('/api/docs/:asset', (c) => {
    const asset = c.req.param('asset');
    if (asset === 'init.js') {
      return c.body("window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui' });", 200, {
        'content-type': 'text/javascript',
      });
    }
    const type = assets[asset];
    if (!type) return c.notFound();
    return c.body(fs.readFileSync(path.join(uiDir, asset)), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
    });
  });
  app.get('/api/docs', (c) =>
    c.html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Mutualis API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="ui"></div><script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`),
  );
}
