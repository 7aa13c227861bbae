// Request and response schemas shared by the server (validation, OpenAPI) and the web client.
// Plain zod with .meta({ id }) for OpenAPI component names: no server code may be imported here.
export * from './endpoint.ts';
export * from './paging.ts';
export * from './auth.ts';
export * from './problem.ts';
export * from './messages.ts';
export * from './accounts.ts';
export * from './audit.ts';
export * from './mutuals.ts';
export * from './outbox.ts';
export * from './reference.ts';
export * from './health.ts';
export * from './members.ts';
export * from './employees.ts';
export * from './dashboard.ts';
export * from './delivery.ts';
export * from './topics.ts';
export * from './catalogue.ts';
export * from './needs.ts';
export * from './diagnostics.ts';
export * from './demand.ts';
export * from './quotes.ts';
export * from './pooling.ts';
export * from './outcomes.ts';
export * from './evidence.ts';
export * from './targeting.ts';
export * from './participation.ts';
export * from './delivery-schedule.ts';
// The learner record: an employee's training, attestation expiries and renewal needs.
export * from './learning.ts';
export * from './governance.ts';
export * from './observatory.ts';
export * from './emulation.ts';
export * from './privacy.ts';
