import { pageOf } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { ensureBooks } from './books.ts';
import { type EntryFilter, ledgerRepository } from './ledger-repository.ts';
import { presentEntry } from './present.ts';

/** A page of journal entries, newest first, with their lines. */
export async function listJournal(deps: Deps, caller: Caller, query: EntryFilter & { page: number; pageSize: number }) {
  const mutualId = mutualOf(caller);
  await ensureBooks(deps.db, mutualId);
  const { page, pageSize, ...filter } = query;
  const repo = ledgerRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.list(mutualId, filter, { limit: pageSize, offset: (page - 1) * pageSize }),
    repo.count(mutualId, filter),
  ]);
  const lines = await repo.linesOf(rows.map((r) => r.id));
  return pageOf(
    rows.map((r) => presentEntry(r, lines.get(r.id) ?? [])),
    total,
    { page, pageSize },
  );
}
