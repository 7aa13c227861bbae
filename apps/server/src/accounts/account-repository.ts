import type { AccountStatus } from '@mutualis/domain/accounts/account-status';
import type { Role } from '@mutualis/domain/accounts/roles';
import type { Db } from '../db/client.ts';

export interface AccountFilter {
  /** undefined = every mutual (platform administrator). */
  mutualId?: string;
  q?: string;
  role?: Role;
  status?: AccountStatus;
  page: number;
  pageSize: number;
}

/** Accounts with the names of their mutual, member and provider, for the account pages. */
export function accountRepository(db: Db) {
  const base = () =>
    db
      .selectFrom('app_user as u')
      .leftJoin('mutual as mu', 'mu.id', 'u.mutual_id')
      .leftJoin('member as m', 'm.id', 'u.member_id')
      .leftJoin('provider as p', 'p.id', 'u.provider_id')
      .leftJoin('funder as f', 'f.id', 'u.funder_id');
  const columns = [
    'u.id',
    'u.email',
    'u.display_name as displayName',
    'u.locale',
    'u.role',
    'u.active',
    'u.password_hash as passwordHash',
    'u.mutual_id as mutualId',
    'mu.name as mutualName',
    'u.member_id as memberId',
    'm.legal_name as memberName',
    'u.provider_id as providerId',
    'p.name as providerName',
    'u.funder_id as funderId',
    'f.name as funderName',
    'u.created_at as createdAt',
    'u.last_login_at as lastLoginAt',
  ] as const;
  return {
    async list(filter: AccountFilter) {
      let q = base();
      if (filter.mutualId !== undefined) q = q.where('u.mutual_id', '=', filter.mutualId);
      if (filter.role) q = q.where('u.role', '=', filter.role);
      if (filter.status === 'deactivated') q = q.where('u.active', '=', false);
      if (filter.status === 'invited') q = q.where('u.active', '=', true).where('u.password_hash', 'is', null);
      if (filter.status === 'active') q = q.where('u.active', '=', true).where('u.password_hash', 'is not', null);
      if (filter.q) {
        const like = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
        q = q.where((eb) =>
          eb.or([eb(eb.fn('lower', ['u.email']), 'like', like), eb(eb.fn('lower', ['u.display_name']), 'like', like)]),
        );
      }
      const [{ total }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
      const rows = await q
        .select(columns)
        .orderBy('u.display_name')
        .orderBy('u.id')
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize)
        .execute();
      return { rows, total: Number(total) };
    },
    find(id: string) {
      return base().select(columns).where('u.id', '=', id).executeTakeFirst();
    },
  };
}
export type AccountRow = NonNullable<Awaited<ReturnType<ReturnType<typeof accountRepository>['find']>>>;
