// What other areas (and the composition root) may use of the delivery area.
export { registerAttendanceRoutes } from './attendance-routes.ts';
export { registerAttestationRoutes } from './attestation-routes.ts';
export { registerCalendarRoutes } from './calendar-routes.ts';
export { runDeliveryPass } from './delivery-jobs.ts';
export { registerEnrolmentRoutes } from './enrolment-routes.ts';
export { registerEvaluationRoutes } from './evaluation-routes.ts';
export { registerRegisterRoutes } from './register-routes.ts';
export { registerScheduleRoutes } from './schedule-routes.ts';
export { trainingSessionRepository } from './session-repository.ts';
export { registerSessionRoutes } from './session-routes.ts';
