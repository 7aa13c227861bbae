// The plan as the spec defines it (amounts in dollars), plus the extra fields we add:
// `baseline`, `warnings` and solver details. Extra fields are allowed by the spec.

export interface PlanAllocation {
  needId: string;
  memberId: string;
  seats: number;
  share: number;
}

export interface PlanSession {
  id: string;
  offerId: string;
  period: string;
  region: string | null;
  seats: number;
  cost: number;
  allocations: PlanAllocation[];
}

export type UnservedReason =
  | 'no compatible offer'
  | 'too few seats or members to open a session'
  | 'no session left in compatible offers'
  | 'cheaper to leave unserved';

export interface PlanUnserved {
  needId: string;
  seats: number;
  reason: UnservedReason;
}

export interface PlanMember {
  memberId: string;
  seats: number;
  pooledCost: number;
  standaloneCost: number;
  savings: number;
}

export interface PlanWarning {
  memberId: string;
  message: string;
}

export interface PlanBaseline {
  objective: number;
  cost: number;
  seatsUnserved: number;
  /** (baseline objective − plan objective) / baseline objective; 0 when the baseline costs nothing */
  improvement: number;
}

/** How one independent component of the problem was solved (plan.solver.componentResults). */
export interface ComponentResult {
  topic: string;
  needs: number;
  slots: number;
  objective: number;
  lowerBound: number;
  gap: number;
  optimal: boolean;
  method: string;
  bound: string;
  milliseconds: number;
}

export interface Plan {
  sessions: PlanSession[];
  unserved: PlanUnserved[];
  members: PlanMember[];
  totals: {
    cost: number;
    penalty: number;
    objective: number;
    seatsServed: number;
    seatsUnserved: number;
    standaloneCost: number;
    savings: number;
  };
  bound: { lowerBound: number; gap: number; optimal: boolean };
  solver: {
    method: string;
    milliseconds: number;
    components: number;
    componentsOptimal: number;
    allocationRule: string;
    componentResults: ComponentResult[];
  };
  baseline: PlanBaseline;
  warnings: PlanWarning[];
}

export interface PoolingProgress {
  phase: 'indexing' | 'solving' | 'sharing costs' | 'done';
  componentsDone: number;
  componentsTotal: number;
  /** objective so far in dollars over the solved components, and their bound */
  objective?: number;
  lowerBound?: number;
  elapsedMs: number;
}
