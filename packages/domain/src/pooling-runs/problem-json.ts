// The pooling problem in its interchange form (the contract's JSON, amounts in dollars), as the
// app stores it. The engine validates it (parsePoolingProblem); here it is only carried around.

export interface ProblemNeedJson {
  id: string;
  memberId: string;
  topic: string;
  seats: number;
  region: string;
  languages: string[];
  modes: string[];
  periods: string[];
}

export interface ProblemOfferJson {
  id: string;
  providerId: string;
  topic: string;
  language: string;
  mode: string;
  regions?: string[];
  periods: string[];
  fixedCost: number;
  seatCost: number;
  minSeats: number;
  maxSeats: number;
  maxSessions?: number;
}

export interface ProblemJson {
  periods: string[];
  needs: ProblemNeedJson[];
  offers: ProblemOfferJson[];
  members?: { id: string; sizeClass: string }[];
  policy?: Record<string, unknown>;
  [key: string]: unknown;
}
