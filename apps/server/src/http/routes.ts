import { registerAccountRoutes } from './account-routes.ts';
import { registerAuditRoutes } from './audit-routes.ts';
import { registerAuthRoutes } from './auth-routes.ts';
import { registerDashboardRoutes } from './dashboard-routes.ts';
import { registerEmployeeRoutes } from './employee-routes.ts';
import { registerMemberRoutes } from './member-routes.ts';
import { registerReferenceRoutes } from './reference-routes.ts';
import { registerTopicRoutes } from './topic-routes.ts';
import { registerProviderRoutes } from './provider-routes.ts';
import { registerCourseRoutes } from './course-routes.ts';
import { registerDiagnosticRoutes } from './diagnostic-routes.ts';
import { registerNeedRoutes } from './need-routes.ts';
import type { App, Deps } from './context.ts';
import { registerEnrolmentRoutes } from './enrolment-routes.ts';
import { registerHealthRoutes } from './health-routes.ts';
import { registerMutualRoutes } from './mutual-routes.ts';
import { registerOutboxRoutes } from './outbox-routes.ts';
import { registerPoolingRoutes } from './pooling-routes.ts';
import { registerSessionRoutes } from './session-routes.ts';
import { registerUserRoutes } from './user-routes.ts';

/** Every API resource, registered in one place. Add one line per resource module. */
export function registerRoutes(app: App, deps: Deps) {
  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerAccountRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerMutualRoutes(app, deps);
  registerOutboxRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerPoolingRoutes(app, deps);
  registerSessionRoutes(app, deps);
  registerEnrolmentRoutes(app, deps);
  registerReferenceRoutes(app, deps);
  registerMemberRoutes(app, deps);
  registerEmployeeRoutes(app, deps);
  registerDashboardRoutes(app, deps);
  registerTopicRoutes(app, deps);
  registerProviderRoutes(app, deps);
  registerCourseRoutes(app, deps);
  registerDiagnosticRoutes(app, deps);
  registerNeedRoutes(app, deps);
}
