import { healthEndpoints as health } from '@mutualis/contracts';
import type { Deps } from '../caller.ts';
import { servePublic } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { checkHealth } from './check-health.ts';

/** The health check, for load balancers and monitoring. */
export function registerHealthRoutes(app: App, deps: Deps) {
  servePublic(app, health.get, () => checkHealth(deps));
}
