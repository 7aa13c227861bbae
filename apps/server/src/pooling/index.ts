// What other areas (and the composition root) may use of the pooling area.
export { createPoolingRunner } from './pooling-runner.ts';
export { poolingCourseOf, poolingNeedOf } from './pooling-sources.ts';
export { registerPoolingRoutes } from './routes.ts';
