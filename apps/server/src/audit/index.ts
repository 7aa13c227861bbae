// What other areas (and the composition root) may use of the audit area.
export { auditRepository, type AuditEntry } from './audit-repository.ts';
export { registerAuditRoutes } from './routes.ts';
