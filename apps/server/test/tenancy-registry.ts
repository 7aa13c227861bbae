import type { Role } from '../src/db/tables.ts';
import type { TestContext } from './harness.ts';

type Row = { id: string; mutual_id?: string };

/** The records the tenancy test creates: mutual A (members A1, A2) and mutual B (member B1). */
export interface World {
  ctx: TestContext;
  mutualA: Row;
  mutualB: Row;
  memberA1: Row & { mutual_id: string };
  memberA2: Row & { mutual_id: string };
  memberB1: Row & { mutual_id: string };
  providerA: Row;
  providerB: Row;
  employeeA1: Row;
  employeeA2: Row;
  employeeB1: Row;
  /** Records that later features add in prepare(). */
  extra: Record<string, Row>;
}

export interface ParamIds {
  /** An id the role may legitimately use (of its own mutual / member), to fill the other params. */
  own(world: World, role: Role): string;
  /** Ids the role must never reach: another mutual's, and for a member contact another member's. */
  foreign(world: World, role: Role): string[];
}

const otherMemberFor = (world: World, role: Role, a2: Row, b1: Row) => (role === 'member_contact' ? [a2.id, b1.id] : [b1.id]);

/**
 * Every path parameter and every write body of the API. Add yours when you add a route:
 * the tenancy test fails on a route it does not know.
 */
export const tenancyRegistry = {
  /** Creates extra records (e.g. needs, sessions) in mutual A (member A1, A2) and mutual B. */
  prepare: undefined as undefined | ((world: World) => Promise<void>),
  params: {
    memberId: {
      own: (w, role) => (role === 'member_contact' ? w.memberA1.id : w.memberA1.id),
      foreign: (w, role) => otherMemberFor(w, role, w.memberA2, w.memberB1),
    },
    employeeId: {
      own: (w) => w.employeeA1.id,
      foreign: (w, role) => otherMemberFor(w, role, w.employeeA2, w.employeeB1),
    },
    mutualId: {
      own: (w) => w.mutualA.id,
      foreign: (w, role) => (role === 'platform_admin' ? [] : [w.mutualB.id]),
    },
    providerId: {
      own: (w) => w.providerA.id,
      foreign: (w) => [w.providerB.id],
    },
  } as Record<string, ParamIds>,
  /** A valid body for each write route, keyed "METHOD /api/path/{param}". */
  bodies: {
    'POST /api/auth/login': () => ({ email: 'nobody@example.test', password: 'x' }),
    'POST /api/auth/logout': () => undefined,
  } as Record<string, (world: World) => unknown>,
  /** GET routes without path parameters that are not lists of records (no leak check needed). */
  notLists: ['/api/health', '/api/openapi.json', '/api/auth/me'] as string[],
  /** Ids that must never appear in any list answer for the role. */
  foreignIdsInLists(w: World, role: Role): string[] {
    const ids = [w.mutualB.id, w.memberB1.id, w.employeeB1.id, w.providerB.id];
    if (role === 'member_contact') ids.push(w.memberA2.id, w.employeeA2.id);
    if (role === 'platform_admin') return [w.employeeB1.id, w.employeeA1.id, w.employeeA2.id];
    return ids;
  },
};
