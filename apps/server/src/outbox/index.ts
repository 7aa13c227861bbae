// What other areas (and the composition root) may use of the outbox area.
export { enqueueEmail, enqueueEmails } from './enqueue-email.ts';
export { createOutboxSender } from './outbox-sender.ts';
export { registerOutboxRoutes } from './routes.ts';
