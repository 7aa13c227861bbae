// What other areas (and the composition root) may use of the members area.
export { changedFields, quebecToday } from './member-views.ts';
export { memberRepository } from './repository.ts';
export { registerMemberRoutes } from './routes.ts';
