import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { Role } from '../db/tables.ts';
import { AppError } from '../errors.ts';
import type { AppEnv, Principal } from './context.ts';

/**
 * Who may call a route. Every route is declared through `route()` below with an access
 * list; there is no other way to add an API route, so an undeclared route cannot exist.
 * 'public' = no login; 'authenticated' = any logged-in role.
 */
export type Access = 'public' | 'authenticated' | readonly Role[];

export const ROLES: readonly Role[] = ['platform_admin', 'coordinator', 'member_contact', 'trainer', 'board_viewer'];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function authorize(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access === 'public') return next();
    const principal = c.get('principal');
    if (!principal) throw new AppError('unauthenticated', 'Log in first');
    if (access !== 'authenticated' && !access.includes(principal.role)) {
      throw new AppError('forbidden', `This is not open to the role ${principal.role}`);
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      const sent = c.req.header('x-csrf-token');
      if (!sent || sent !== principal.csrfToken) {
        throw new AppError('csrf_failed', 'Missing or wrong X-CSRF-Token header');
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
export function principalOf(c: Context<AppEnv>): Principal {
  const principal = c.get('principal');
  if (!principal) throw new AppError('unauthenticated', 'Log in first');
  return principal;
}

/** The mutual the caller works in; platform administrators must name one. */
export function mutualOf(principal: Principal): string {
  if (!principal.mutualId) throw new AppError('forbidden', 'This needs an account attached to a mutual');
  return principal.mutualId;
}

/**
 * Tenancy for member-owned records: a coordinator sees all members of its mutual, a member
 * contact only its own firm. Returns the member filter to apply (null = all of the mutual).
 */
export function memberScopeOf(principal: Principal): { mutualId: string; memberId: string | null } {
  const mutualId = mutualOf(principal);
  if (principal.role === 'member_contact') return { mutualId, memberId: principal.memberId };
  if (principal.role === 'coordinator') return { mutualId, memberId: null };
  throw new AppError('forbidden', `This is not open to the role ${principal.role}`);
}
