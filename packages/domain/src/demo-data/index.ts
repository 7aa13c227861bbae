// Seeded generators of demo and benchmark data (pure: the server's db/seed inserts what they make).
export { type BenchMutualPlan, type BenchOptions, type BenchPlan, benchFirms, planBench } from './bench-dataset.ts';
export {
  DEMO_AS_OF,
  DEMO_SEED,
  type DemoDataset,
  type DemoOptions,
  type DemoRole,
  type GeneratedAccount,
  type GeneratedMutual,
  type GeneratedProvider,
  generateDemoDataset,
} from './demo-dataset.ts';
export {
  type EvidenceHistory,
  SIMULATED_EFFECTS,
  type SimulatedFirmYear,
  type SimulatedProspect,
  type SimulatedQuestionnaire,
  type SimulatedSession,
  simulateEvidenceHistory,
} from './evidence-history.ts';
export type { GeneratedContact, GeneratedEmployee, GeneratedFirm, GeneratedWage, MemberStatus } from './generate.ts';
export {
  DEMO_FUNDERS,
  DEMO_GOVERNANCE_PROFILES,
  DEMO_OBSERVER_ACCOUNTS,
  DEMO_RESEARCH_CONSENT,
  DEMO_SCENARIO,
  type GovernanceDemoMutual,
  governanceDemoMutuals,
} from './governance-demo.ts';
export {
  type GovernanceHistory,
  type GovernanceProfile,
  governanceHistory,
  type HistoryFirm,
} from './governance-history.ts';
export { OCCUPATIONS } from './occupations.ts';
export { createRng, type Rng } from './random.ts';
