import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { sessionMiddleware } from './accounts/index.ts';
import type { Deps } from './caller.ts';
import { type AdmissionQueue, admission } from './http/admission.ts';
import { compressAnswers } from './http/compression.ts';
import type { AppEnv } from './http/context.ts';
import { rejectUnstorableText } from './http/input-guard.ts';
import { registerOpenApi } from './http/openapi.ts';
import { errorToResponse, invalidRequest, problem } from './http/problem.ts';
import { registerRoutes } from './http/routes.ts';
import { loadWebAssets, registerWebAssets, type WebAssets } from './http/web-assets.ts';

export const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface AppOptions {
  /** Serve the built web app (apps/web/dist, or these files) beside the API. */
  serveWeb?: boolean | WebAssets;
  /** The process's admission queue in front of the API (main.ts); tests call the routes directly. */
  admission?: AdmissionQueue;
}

/** Paths that never wait in the admission queue: the health check and the API's own documentation. */
export const admissionExempt = (p: string) =>
  p === '/api/health' || p === '/api/openapi.json' || p.startsWith('/api/docs');

/** Builds the whole HTTP application from its dependencies; does not listen (tests call app.request). */
export function buildApp(deps: Deps, options: AppOptions = {}) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success)
        return invalidRequest(
          c,
          result.error,
          (result as { target?: string }).target,
          (result as { data?: unknown }).data,
        );
    },
  });
  app.onError(errorToResponse);
  // outermost: compresses the finished answer, after the admission slot is given back
  app.use('/api/*', compressAnswers());
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
  if (options.admission) app.use('/api/*', admission(options.admission));
  const limitBody = bodyLimit({
    maxSize: 20 * 1024 * 1024,
    onError: (c) => problem(c, 413, 'payload_too_large', 'body_too_large', { megabytes: 20 }),
  });
  // GET and HEAD carry no body; the limit's check would build a web Request for each of them
  app.use('/api/*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));
  app.use('/api/*', sessionMiddleware(deps));
  app.use('/api/*', rejectUnstorableText());
  registerRoutes(app, deps);
  registerOpenApi(app);
  app.all('/api/*', (c) => problem(c, 404, 'not_found', 'no_such_route', { method: c.req.method, path: c.req.path }));

  const web = options.serveWeb === true ? loadWebAssets(webDist) : options.serveWeb || null;
  if (web) registerWebAssets(app, web);
  return app;
}
