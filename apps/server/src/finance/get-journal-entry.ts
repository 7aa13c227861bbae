import type { JournalEntry } from '@mutualis/contracts';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { notFound } from '../errors.ts';
import { ledgerRepository } from './ledger-repository.ts';
import { presentEntry } from './present.ts';

/** One entry of the mutual's journal, with its lines. */
export async function getJournalEntry(deps: Deps, caller: Caller, input: { entryId: string }): Promise<JournalEntry> {
  return entryOf(deps.db, mutualOf(caller), input.entryId);
}

export async function entryOf(db: Db, mutualId: string, entryId: string): Promise<JournalEntry> {
  const repo = ledgerRepository(db);
  const row = await repo.find(mutualId, entryId);
  if (!row) throw notFound('journal_entry');
  return presentEntry(row, (await repo.linesOf([row.id])).get(row.id) ?? []);
}
