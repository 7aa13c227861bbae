import { type Funder, pageOf } from '@mutualis/contracts';
import type { FunderKind } from '@mutualis/domain/governance/funders';
import type { Caller, Deps } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { forbidden } from '../errors.ts';
import { observatoryRepository } from './repository.ts';

/** Funders with the mutuals they fund and their number of accounts. */
export async function readFunders(db: Db, page: { limit: number; offset: number }, ids?: string[]): Promise<Funder[]> {
  const repo = observatoryRepository(db);
  const rows = await repo.funders(page, ids);
  const funded = await repo.fundedBy(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind as FunderKind,
    mutuals: funded.filter((f) => f.funder_id === r.id).map((f) => ({ id: f.id, name: f.name })),
    accounts: r.accounts,
    createdAt: r.created_at,
  }));
}

/** The platform administrator manages funders. */
export function requirePlatform(caller: Caller) {
  if (caller.role !== 'platform_admin') throw forbidden();
}

/** A page of the funders (platform administrator). */
export async function listFunders(deps: Deps, caller: Caller, query: { page: number; pageSize: number }) {
  requirePlatform(caller);
  const [items, total] = await Promise.all([
    readFunders(deps.db, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    observatoryRepository(deps.db).countFunders(),
  ]);
  return pageOf(items, total, query);
}
