// Request and response schemas shared by the server (validation, OpenAPI) and the web client.
// Plain zod with .meta({ id }) for OpenAPI component names: no server code may be imported here.

export * from './accounts.ts';
export * from './audit.ts';
export * from './auth.ts';
export * from './catalogue.ts';
export * from './dashboard.ts';
export * from './delivery.ts';
export * from './delivery-schedule.ts';
export * from './demand.ts';
export * from './diagnostics.ts';
export * from './employees.ts';
export * from './emulation.ts';
export * from './endpoint.ts';
export * from './evidence.ts';
export * from './finance.ts';
export * from './funding.ts';
export * from './governance.ts';
export * from './health.ts';
// The learner record: an employee's training, attestation expiries and renewal needs.
export * from './learning.ts';
export * from './members.ts';
export * from './messages.ts';
export * from './mutuals.ts';
export * from './needs.ts';
export * from './observatory.ts';
export * from './outbox.ts';
export * from './outcomes.ts';
export * from './paging.ts';
export * from './participation.ts';
export * from './pooling.ts';
export * from './privacy.ts';
export * from './problem.ts';
export * from './quotes.ts';
export * from './reference.ts';
export * from './reports.ts';
export * from './targeting.ts';
export * from './topics.ts';
export * from './web-paths.ts';
