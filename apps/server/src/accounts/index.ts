// What other areas (and the composition root) may use of the accounts area.
export { registerAccountRoutes } from './account-routes.ts';
export { registerAuthRoutes, sessionMiddleware } from './auth-routes.ts';
export type { LoginThrottle } from './log-in.ts';
export { createLoginSessionCache } from './login-session-cache.ts';
export { hashToken, newToken } from './login-sessions.ts';
export { managedMutual } from './managed-mutual.ts';
export { rateLimitRepository } from './rate-limit-repository.ts';
export { userRepository } from './user-repository.ts';
export { registerUserRoutes } from './user-routes.ts';
