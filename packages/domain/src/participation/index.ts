// Why firms join, stay, leave or never join: the questionnaires, the prospects' path and the analysis.
export * from './analysis.ts';
export * from './prospect-stage.ts';
export * from './questionnaires.ts';
export * from './reasons.ts';
