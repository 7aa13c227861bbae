import type { EvidenceSettings } from '@mutualis/contracts';
import { DEFAULT_TARGETS } from '@mutualis/domain/targeting/reach';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { evidenceMutualOf } from './evidence-scope.ts';
import { DEFAULT_REPLACEMENT_COST_PCT } from './impact-input.ts';
import { evidenceRepository } from './repository.ts';

/** The mutual's targets and ROI assumption (defaults until the board sets them). */
export async function evidenceSettingsOf(deps: Deps, mutualId: string) {
  const row = await evidenceRepository(deps.db).settings(mutualId);
  return {
    targetMicroSmallFirmsPct: row?.target_micro_small_firms_pct ?? DEFAULT_TARGETS.microSmallFirmsPct,
    targetMicroFirmsPct: row?.target_micro_firms_pct ?? DEFAULT_TARGETS.microFirmsPct,
    targetLowSkilledPct: row?.target_low_skilled_pct ?? DEFAULT_TARGETS.lowSkilledPct,
    replacementCostPct: row?.replacement_cost_pct ?? DEFAULT_REPLACEMENT_COST_PCT,
    updatedAt: row?.updated_at ?? null,
    updatedByName: row?.updated_by_name ?? null,
  };
}

/** The settings of the caller's mutual (a funder's or researcher's: of the mutual observed). */
export async function getEvidenceSettings(deps: Deps, caller: Caller, query: { mutualId?: string }) {
  return evidenceSettingsOf(deps, await evidenceMutualOf(deps, caller, query.mutualId));
}

/** Sets the board's targets and the replacement cost (a coordinator recording the board's decision, or a board member). */
export async function saveEvidenceSettings(deps: Deps, caller: Caller, input: EvidenceSettings) {
  const mutualId = mutualOf(caller);
  await inTransaction(deps, async (tx) => {
    await evidenceRepository(tx.db).saveSettings(mutualId, {
      target_micro_small_firms_pct: input.targetMicroSmallFirmsPct,
      target_micro_firms_pct: input.targetMicroFirmsPct,
      target_low_skilled_pct: input.targetLowSkilledPct,
      replacement_cost_pct: input.replacementCostPct,
      updated_by: caller.userId,
      updated_at: deps.now().toISOString(),
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'evidence.settings',
      entityType: 'mutual',
      entityId: mutualId,
      change: { ...input },
    });
  });
  return evidenceSettingsOf(deps, mutualId);
}
