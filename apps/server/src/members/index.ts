// What other areas (and the composition root) may use of the members area.
export { changedFields } from './changed-fields.ts';
export { registerMemberRoutes } from './routes.ts';
export { visibleMember } from './visible-member.ts';
