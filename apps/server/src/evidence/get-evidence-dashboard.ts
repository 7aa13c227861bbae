import type { EvidenceDashboard } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { impactDashboard } from '@mutualis/domain/impact/dashboard';
import { MINIMUM_SAMPLE } from '@mutualis/domain/impact/estimate';
import { SUPPRESSION } from '@mutualis/domain/outcomes/suppression';
import type { Caller, Deps } from '../caller.ts';
import { dataVersionsOf } from '../db/data-versions.ts';
import { invalid } from '../errors.ts';
import { dashboardKeyOf } from './dashboard-cache.ts';
import { evidenceScopeOf } from './evidence-scope.ts';
import { loadImpactInput } from './impact-input.ts';

/**
 * The evidence dashboard of the caller's mutual as of today: every estimate with its interval,
 * method, group sizes, balance, checks and caveats, or "not enough data". The engine's answer comes
 * from deps.evidenceDashboards when it was computed from the same data version, day, window and firms
 * (decision 70): then the data is not read again.
 */
export async function getEvidenceDashboard(
  deps: Deps,
  caller: Caller,
  query: { mutualId?: string; windowStart?: string },
): Promise<EvidenceDashboard> {
  const asOf = todayInMontreal(deps.now());
  if (query.windowStart && query.windowStart >= asOf) throw invalid('windowStart', 'before_today');
  const scope = await evidenceScopeOf(deps, caller, query.mutualId);
  // the version is read before the data: a write committed after it shows as a new version next time
  const version = (await dataVersionsOf(deps.db, scope.mutualId)).evidence;
  const slot = `${scope.mutualId}/${scope.audience}/${query.windowStart ?? ''}`;
  const key = dashboardKeyOf(version, asOf, query.windowStart, scope.filter);
  const { dashboard, firmsIncluded } = await deps.evidenceDashboards.dashboardOf(slot, key, async () => {
    const { input, firmsIncluded } = await loadImpactInput(deps, scope, asOf, query.windowStart);
    return { dashboard: impactDashboard(input), firmsIncluded };
  });
  return {
    ...dashboard,
    audience: scope.audience,
    firmsIncluded,
    suppression: { ...SUPPRESSION },
    minimumSample: { ...MINIMUM_SAMPLE },
  };
}
