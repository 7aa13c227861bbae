import { healthEndpoints as health } from '@mutualis/contracts';
import type { Deps } from '../caller.ts';
import { servePublic } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { checkHealth, checkReady } from './check-health.ts';

/** Liveness and readiness, for load balancers and monitoring. */
export function registerHealthRoutes(app: App, deps: Deps) {
  servePublic(app, health.get, () => checkHealth(deps));
  servePublic(app, health.ready, () => checkReady(deps));
}
