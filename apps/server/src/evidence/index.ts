// What other areas (and the composition root) may use of the evidence area.

export { createEvidenceDashboardCache } from './dashboard-cache.ts';
export { type EvidenceScope, evidenceMutualOf, evidenceScopeOf } from './evidence-scope.ts';
export { evidenceRepository, type FirmFilter } from './repository.ts';
export { registerEvidenceRoutes } from './routes.ts';
// The governance scorecard reads the evidence's years (decision 36).
export { type EvidenceYear, evidenceYearsOf, NO_EVIDENCE } from './scorecard-years.ts';
export { evidenceSettingsOf } from './settings.ts';
export { startEvidenceWarmUp } from './warm-up.ts';
