// Outbox rows → API answers (never the bodies, which may hold links).
import type { OutboxMessage } from '@mutualis/contracts';
import type { OutboxRow } from './repository.ts';

export function presentOutboxMessage(row: OutboxRow): OutboxMessage {
  return { ...row };
}
