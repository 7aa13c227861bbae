// What other areas (and the composition root) may use of the quotes area.
export { registerQuoteRoutes } from './routes.ts';
