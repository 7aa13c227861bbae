// What other areas (and the composition root) may use of the learning area: the learner record,
// attestation expiries, their reminders and renewal needs.
export { registerLearningRoutes } from './routes.ts';
export { sendExpiryReminders } from './send-expiry-reminders.ts';
