import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import { ROLES as DOMAIN_ROLES } from '@mutualis/domain/accounts/roles';
import type { Context, MiddlewareHandler } from 'hono';
import type { Caller } from './../caller.ts';
import type { Role } from '../caller.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from './context.ts';

/**
 * Who may call a route. Every route is declared through `route()` below with an access
 * list; there is no other way to add an API route, so an undeclared route cannot exist.
 * 'public' = no login; 'authenticated' = any logged-in role.
 */
export type Access = 'public' | 'authenticated' | readonly Role[];

export const ROLES: readonly Role[] = DOMAIN_ROLES;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function authorize(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access === 'public') return next();
    const caller = c.get('caller');
    if (!caller) throw new AppError('unauthenticated', 'log_in_first');
    if (access !== 'authenticated' && !access.includes(caller.role)) {
      throw new AppError('forbidden', 'role_not_allowed', { params: { role: caller.role } });
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      const sent = c.req.header('x-csrf-token');
      if (!sent || sent !== caller.csrfToken) {
        throw new AppError('csrf_failed', 'csrf_failed');
      }
    }
    return next();
  };
}

/** Declares an OpenAPI route together with who may call it (written as x-access in the document). */
export function route<const R extends Omit<RouteConfig, 'middleware' | 'security'>>(config: R & { access: Access }) {
  const { access, ...rest } = config;
  const roles = access === 'public' || access === 'authenticated' ? [access] : [...access];
  const security = access === 'public' ? [] : [{ session: [] }];
  const full = { ...rest, security, 'x-access': roles, middleware: [authorize(access)] };
  return createRoute(full as unknown as Omit<R, 'access'> & { middleware: MiddlewareHandler<AppEnv>[] });
}

/** The logged-in caller; only call it in routes whose access is not 'public'. */
export function callerOf(c: Context<AppEnv>): Caller {
  const caller = c.get('caller');
  if (!caller) throw new AppError('unauthenticated', 'log_in_first');
  return caller;
}
