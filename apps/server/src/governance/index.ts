// What other areas (and the composition root) may use of the governance area.
export { scorecardOf } from './get-scorecard.ts';
export { recognitionStandingOf, recognitionStatusesOf, spansPaymentsDidNotCountOf } from './get-standing.ts';
export { activeMembersTodayOf, gatherMutualYearFacts } from './mutual-year-facts.ts';
export { registerGovernanceRoutes } from './routes.ts';
