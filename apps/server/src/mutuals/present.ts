// Mutual rows → API answers.
import type { Mutual } from '@mutualis/contracts';
import type { MutualRow } from './repository.ts';

export function presentMutual(row: MutualRow): Mutual {
  return { ...row, kind: row.kind as Mutual['kind'] };
}
