// Governance, ecosystem and the observatory (issue #13), pure: recognition and its history, the
// board and its leaders, partners and support, the health scorecard, small-cell suppression, the
// observatory's groups and the emulation planner.
export * from './board.ts';
export * from './ecosystem.ts';
export * from './emulation.ts';
export * from './funders.ts';
export * from './indicator-texts.ts';
export * from './observatory.ts';
export * from './recognition.ts';
export * from './scorecard.ts';
export * from './suppression.ts';
