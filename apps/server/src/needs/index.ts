// What other areas may use of the needs area.
export { changeNeedStatus } from './change-need-status.ts';
export { createNeed } from './create-need.ts';
export { presentNeeds } from './present.ts';
export { type NeedRow, type NeedScope, needRepository } from './repository.ts';
export { registerNeedRoutes } from './routes.ts';
