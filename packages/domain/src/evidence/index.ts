// Public face of the evidence engine: what training changed (effect on the treated) and retention.
export type { BalanceRow } from './balance.ts';
export { type EffectEstimate, estimateEffect } from './effect.ts';
export {
  EFFECT_METHODS,
  type EffectData,
  type EffectMethod,
  type EffectRequest,
  type EvidenceTable,
  InvalidEvidenceInputError,
  type RetentionData,
  type RetentionRequest,
  readEffectData,
  readRetentionData,
} from './input.ts';
export { clusterIndex } from './linear-model.ts';
export {
  estimateRetention,
  type LogRankTest,
  RETENTION_HORIZONS,
  type RetentionEstimate,
  type SurvivalCurve,
  type SurvivalRow,
} from './survival.ts';
