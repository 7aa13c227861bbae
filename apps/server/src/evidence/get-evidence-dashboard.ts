import type { EvidenceDashboard } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { MINIMUM_SAMPLE } from '@mutualis/domain/impact/estimate';
import { SUPPRESSION } from '@mutualis/domain/outcomes/suppression';
import type { Caller, Deps } from '../caller.ts';
import { invalid } from '../errors.ts';
import { evidenceScopeOf } from './evidence-scope.ts';
import { loadImpactInput } from './impact-input.ts';

/**
 * The evidence dashboard of the caller's mutual as of today: every estimate with its interval,
 * method, group sizes, balance, checks and caveats, or "not enough data". The engine's answer comes
 * from deps.evidenceDashboards when the input just read is the one it was computed from.
 */
export async function getEvidenceDashboard(
  deps: Deps,
  caller: Caller,
  query: { mutualId?: string; windowStart?: string },
): Promise<EvidenceDashboard> {
  const asOf = todayInMontreal(deps.now());
  if (query.windowStart && query.windowStart >= asOf) throw invalid('windowStart', 'before_today');
  const scope = await evidenceScopeOf(deps, caller, query.mutualId);
  const { input, firmsIncluded } = await loadImpactInput(deps, scope, asOf, query.windowStart);
  const slot = `${scope.mutualId}/${scope.audience}/${query.windowStart ?? ''}`;
  return {
    ...deps.evidenceDashboards.dashboardOf(slot, input),
    audience: scope.audience,
    firmsIncluded,
    suppression: { ...SUPPRESSION },
    minimumSample: { ...MINIMUM_SAMPLE },
  };
}
