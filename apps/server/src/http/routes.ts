import { registerAccountRoutes, registerAuthRoutes, registerUserRoutes } from '../accounts/index.ts';
import { registerAuditRoutes } from '../audit/index.ts';
import type { Deps } from './../caller.ts';
import { registerCourseRoutes, registerProviderRoutes } from '../catalogue/index.ts';
import { registerDashboardRoutes } from '../dashboard/index.ts';
import {
  registerAttendanceRoutes,
  registerAttestationRoutes,
  registerCalendarRoutes,
  registerEnrolmentRoutes,
  registerEvaluationRoutes,
  registerRegisterRoutes,
  registerScheduleRoutes,
  registerSessionRoutes,
} from '../delivery/index.ts';
import { registerDemandRoutes } from '../demand/index.ts';
import { registerDiagnosticRoutes } from '../diagnostics/index.ts';
import { registerEmployeeRoutes } from '../employees/index.ts';
import { registerEmulationRoutes } from '../emulation/index.ts';
import { registerEvidenceRoutes } from '../evidence/index.ts';
import { registerBillingRoutes, registerFinanceRoutes } from '../finance/index.ts';
import { registerFundingRoutes } from '../funding/index.ts';
import { registerGovernanceRoutes } from '../governance/index.ts';
import { registerHealthRoutes } from '../health/index.ts';
import { registerLearningRoutes } from '../learning/index.ts';
import { registerMemberRoutes } from '../members/index.ts';
import { registerMutualRoutes } from '../mutuals/index.ts';
import { registerNeedRoutes } from '../needs/index.ts';
import { registerObservatoryRoutes } from '../observatory/index.ts';
import { registerOutboxRoutes } from '../outbox/index.ts';
import { registerOutcomeRoutes } from '../outcomes/index.ts';
import { registerParticipationRoutes } from '../participation/index.ts';
import { registerPoolingRoutes } from '../pooling/index.ts';
import { registerPrivacyRoutes } from '../privacy/index.ts';
import { registerQuoteRoutes } from '../quotes/index.ts';
import { registerReferenceRoutes } from '../reference/index.ts';
import { registerReportRoutes } from '../reports/index.ts';
import { registerTargetingRoutes } from '../targeting/index.ts';
import { registerTopicRoutes } from '../topics/index.ts';
import type { App } from './context.ts';

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
  registerAttendanceRoutes(app, deps);
  registerAttestationRoutes(app, deps);
  registerEvaluationRoutes(app, deps);
  registerRegisterRoutes(app, deps);
  registerCalendarRoutes(app, deps);
  registerReferenceRoutes(app, deps);
  registerMemberRoutes(app, deps);
  registerEmployeeRoutes(app, deps);
  registerDashboardRoutes(app, deps);
  registerTopicRoutes(app, deps);
  registerProviderRoutes(app, deps);
  registerCourseRoutes(app, deps);
  registerDiagnosticRoutes(app, deps);
  registerNeedRoutes(app, deps);
  registerDemandRoutes(app, deps);
  registerQuoteRoutes(app, deps);
  registerFinanceRoutes(app, deps);
  registerBillingRoutes(app, deps);
  registerFundingRoutes(app, deps);
  registerReportRoutes(app, deps);
  registerOutcomeRoutes(app, deps);
  registerEvidenceRoutes(app, deps);
  registerTargetingRoutes(app, deps);
  registerParticipationRoutes(app, deps);
  registerLearningRoutes(app, deps);
  registerScheduleRoutes(app, deps);
  registerGovernanceRoutes(app, deps);
  registerObservatoryRoutes(app, deps);
  registerEmulationRoutes(app, deps);
  registerPrivacyRoutes(app, deps);
}
