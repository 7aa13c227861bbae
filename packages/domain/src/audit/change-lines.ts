// An audit entry's change as lines a person reads: which field, its value before and after. The
// audit log's writers record a change in a few shapes; this reads them all the same way.
import type { AuditAction } from './audit-actions.ts';

export interface ChangeLine {
  field: string;
  before: unknown;
  after: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isFromTo = (v: unknown): v is { from?: unknown; to?: unknown } =>
  isRecord(v) && ('from' in v || 'to' in v) && Object.keys(v).every((k) => k === 'from' || k === 'to');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Record ids, lists of them and technical details mean nothing to a reader: they are not shown. */
const hidden = (field: string, value: unknown) =>
  /(Id|Ids|^id|^ids)$/.test(field) ||
  (typeof value === 'string' && UUID.test(value)) ||
  (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && UUID.test(v))) ||
  (Array.isArray(value) && value.some(isRecord));

/** What a bare before/after (or from/to) of an action is about; the record's state unless said here. */
const SUBJECT_OF: Partial<Record<AuditAction, string>> = {
  'session.reservation': 'seats',
  'waitlist.reorder': 'waitlistOrder',
};

/**
 * The lines of a change, in the order recorded: `{ field: { from, to } }`, `{ before: {…}, after: {…} }`
 * (the fields that differ), a bare `{ from, to }` or `{ before, after }` (the record's state, or
 * what the action is about), and plain values (set to that value). Ids are left out.
 */
export function changeLines(action: string, change: Record<string, unknown> | null | undefined): ChangeLine[] {
  if (!change) return [];
  const lines: ChangeLine[] = [];
  const push = (field: string, before: unknown, after: unknown) => {
    if (hidden(field, before) || hidden(field, after)) return;
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    lines.push({ field, before: before ?? null, after: after ?? null });
  };
  const rest = { ...change };
  const subject = SUBJECT_OF[action as AuditAction] ?? 'status';
  for (const [b, a] of [
    ['before', 'after'],
    ['from', 'to'],
  ] as const) {
    if (!(b in rest) || !(a in rest)) continue;
    const before = rest[b];
    const after = rest[a];
    delete rest[b];
    delete rest[a];
    if (isRecord(before) || isRecord(after)) {
      const beforeRecord = isRecord(before) ? before : {};
      const afterRecord = isRecord(after) ? after : {};
      for (const field of new Set([...Object.keys(beforeRecord), ...Object.keys(afterRecord)]))
        push(field, beforeRecord[field], afterRecord[field]);
    } else {
      push(subject, before, after);
    }
  }
  for (const [field, value] of Object.entries(rest)) {
    if (isFromTo(value)) push(field, value.from, value.to);
    else if (!isRecord(value)) push(field, null, value);
  }
  return lines;
}
