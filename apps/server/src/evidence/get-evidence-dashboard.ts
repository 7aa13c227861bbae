import { createHash } from 'node:crypto';
import type { EvidenceDashboard } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { impactDashboard } from '@mutualis/domain/impact/dashboard';
import { MINIMUM_SAMPLE } from '@mutualis/domain/impact/estimate';
import { SUPPRESSION } from '@mutualis/domain/outcomes/suppression';
import type { Caller, Deps } from '../caller.ts';
import { invalid } from '../errors.ts';
import { cachedDashboard } from './dashboard-cache.ts';
import { evidenceScopeOf } from './evidence-scope.ts';
import { loadImpactInput } from './impact-input.ts';
import { evidenceRepository } from './repository.ts';

/**
 * The evidence dashboard of the caller's mutual as of today: every estimate with its interval,
 * method, sizes, balance and notes, or "not enough data"; aggregates only, small cells suppressed.
 */
export async function getEvidenceDashboard(deps: Deps, caller: Caller, query: { windowStart?: string }): Promise<EvidenceDashboard> {
  const asOf = todayInMontreal(deps.now());
  if (query.windowStart && query.windowStart >= asOf) throw invalid('windowStart', 'must be before today');
  const scope = await evidenceScopeOf(deps, caller);
  const firms = scope.filter ? createHash('sha256').update([...scope.filter].sort().join(',')).digest('hex') : 'all';
  const key = `${scope.mutualId}/${firms}/${query.windowStart ?? ''}/${asOf}`;
  const fingerprint = await evidenceRepository(deps.db).fingerprint(scope.mutualId);
  return cachedDashboard(key, fingerprint, async () => {
    const { input, firmsIncluded } = await loadImpactInput(deps, scope, asOf, query.windowStart);
    return {
      ...impactDashboard(input),
      audience: scope.audience,
      firmsIncluded,
      suppression: { ...SUPPRESSION },
      minimumSample: { ...MINIMUM_SAMPLE },
    };
  });
}
