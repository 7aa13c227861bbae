import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Deps } from './caller.ts';
import type { AppEnv } from './http/context.ts';
import { sessionMiddleware } from './accounts/index.ts';
import { registerOpenApi } from './http/openapi.ts';
import { rejectUnstorableText } from './http/input-guard.ts';
import { errorToResponse, invalidRequest, problem } from './http/problem.ts';
import { registerRoutes } from './http/routes.ts';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Builds the whole HTTP application from its dependencies; does not listen (tests call app.request). */
export function buildApp(deps: Deps, options: { serveWeb?: boolean } = {}) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return invalidRequest(c, result.error, (result as { target?: string }).target, (result as { data?: unknown }).data);
    },
  });
  app.onError(errorToResponse);
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      referrerPolicy: 'same-origin',
    }),
  );
  app.use('/api/*', bodyLimit({ maxSize: 20 * 1024 * 1024, onError: (c) => problem(c, 413, 'payload_too_large', 'body_too_large', { megabytes: 20 }) }));
  app.use('/api/*', sessionMiddleware(deps));
  app.use('/api/*', rejectUnstorableText());
  registerRoutes(app, deps);
  registerOpenApi(app);
  app.all('/api/*', (c) => problem(c, 404, 'not_found', 'no_such_route', { method: c.req.method, path: c.req.path }));

  if (options.serveWeb && fs.existsSync(path.join(webDist, 'index.html'))) {
    const indexHtml = fs.readFileSync(path.join(webDist, 'index.html'), 'utf8');
    app.use('/assets/*', serveStatic({ root: path.relative(process.cwd(), webDist) }));
    app.use('/*', serveStatic({ root: path.relative(process.cwd(), webDist) }));
    app.get('*', (c) => c.html(indexHtml));
  }
  return app;
}
