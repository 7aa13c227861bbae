// Who uses Mutualis. The roles and what a role may reach are the domain's words: the server's
// access lists, the contracts' enums and the web app's navigation all read them from here.

/** Every role an account can have, in the order the product lists them. */
export const ROLES = [
  'platform_admin',
  'coordinator',
  'member_contact',
  'trainer',
  'board_viewer',
  'funder',
  'researcher',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work inside one mutual (every role but the observers: platform administrator, funder, researcher). */
export const MUTUAL_ROLES = [
  'coordinator',
  'member_contact',
  'trainer',
  'board_viewer',
] as const satisfies readonly Role[];

/**
 * The roles that read a mutual's evidence (outcomes, targeting, participation) as aggregates only:
 * the coordinator and the board of their mutual, and — on consenting firms' data only, of a mutual
 * they observe, named in the request (decision 34) — a funder and a researcher.
 */
export const EVIDENCE_READER_ROLES = [
  'coordinator',
  'board_viewer',
  'funder',
  'researcher',
] as const satisfies readonly Role[];

/** The roles that see only the aggregates of firms that consented to research use (never a personal field). */
export const CONSENT_BOUND_ROLES = ['funder', 'researcher'] as const satisfies readonly Role[];

/** True when the role sees evidence built from consenting firms only. */
export const roleSeesConsentingFirmsOnly = (role: Role): boolean =>
  (CONSENT_BOUND_ROLES as readonly Role[]).includes(role);

/** The roles that see a member firm's own records: the mutual's coordinators and the firm's contacts. */
export const MEMBER_RECORD_ROLES = ['coordinator', 'member_contact'] as const satisfies readonly Role[];

/** The roles that see a training provider's records (its courses, its requests for quotes): the mutual's coordinators and the provider's trainers. */
export const PROVIDER_RECORD_ROLES = ['coordinator', 'trainer'] as const satisfies readonly Role[];

/** The roles that read the course catalogue: coordinators and trainers, and member contacts (approved courses). */
export const COURSE_READER_ROLES = ['coordinator', 'trainer', 'member_contact'] as const satisfies readonly Role[];

/**
 * The roles that look across mutuals in the observatory, without a mutual of their own: the platform
 * administrator (every mutual), a funder (the mutuals its organisation funds) and a researcher (the
 * mutuals that consent). They see aggregates only, never a personal field (decision 34).
 */
export const OBSERVER_ROLES = ['platform_admin', 'funder', 'researcher'] as const satisfies readonly Role[];

/** The roles that read a mutual's governance (recognition, board, leaders, partners, scorecard): its coordinators and board. */
export const GOVERNANCE_READER_ROLES = ['coordinator', 'board_viewer'] as const satisfies readonly Role[];

/** The roles that administer a mutual (its accounts, e-mails, audit log and settings): the platform administrator (any mutual) and coordinators (their own). */
export const MUTUAL_ADMIN_ROLES = ['platform_admin', 'coordinator'] as const satisfies readonly Role[];

/** The roles that read a mutual's identity and settings: the platform administrator (any), its coordinators and board viewers (their own). */
export const MUTUAL_READER_ROLES = ['platform_admin', 'coordinator', 'board_viewer'] as const satisfies readonly Role[];

/** True when the role's accounts must name a mutual. */
export const roleBelongsToMutual = (role: Role): boolean => !(OBSERVER_ROLES as readonly Role[]).includes(role);

/** True when the role's accounts must name a funder (an organisation that funds mutuals). */
export const roleBelongsToFunder = (role: Role): boolean => role === 'funder';

/** True when the role's accounts must name a member firm. */
export const roleBelongsToMember = (role: Role): boolean => role === 'member_contact';

/** True when the role's accounts must name a training provider. */
export const roleBelongsToProvider = (role: Role): boolean => role === 'trainer';

/** The roles that work with training sessions: coordinators (all), member contacts (their firm's seats), trainers (their sessions). */
export const SESSION_ROLES = ['coordinator', 'member_contact', 'trainer'] as const satisfies readonly Role[];

/** The roles that run a session's delivery: coordinators and the session's trainers (attendance, results, evaluation). */
export const SESSION_WORKER_ROLES = ['coordinator', 'trainer'] as const satisfies readonly Role[];

/** True when an account of role `granter` may give `role` to an account: the platform administrator any, a coordinator only roles inside its mutual. */
export function mayGrantRole(granter: Role, role: Role): boolean {
  if (granter === 'platform_admin') return true;
  if (granter === 'coordinator') return roleBelongsToMutual(role);
  return false;
}

/** The roles an account of role `granter` may give, in the product's order. */
export const grantableRoles = (granter: Role): Role[] => ROLES.filter((role) => mayGrantRole(granter, role));
