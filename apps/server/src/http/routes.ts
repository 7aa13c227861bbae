import { registerAuthRoutes } from './auth-routes.ts';
import type { App, Deps } from './context.ts';
import { registerHealthRoutes } from './health-routes.ts';

/** Every API resource, registered in one place. Add one line per resource module. */
export function registerRoutes(app: App, deps: Deps) {
  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
}
