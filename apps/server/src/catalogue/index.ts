// What other areas (and the composition root) may use of the catalogue area.
export { courseRepository } from './course-repository.ts';
export { registerCourseRoutes } from './course-routes.ts';
export { providerRepository } from './provider-repository.ts';
export { registerProviderRoutes } from './provider-routes.ts';
export { type ProviderScope, providerScopeOf } from './visible-provider.ts';
