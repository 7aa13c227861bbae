// What other areas (and the composition root) may use of the audit area.
export { type AuditEntry, auditRepository } from './audit-repository.ts';
export { registerAuditRoutes } from './routes.ts';
