import { Code, Text } from '@mantine/core';
import type { AuditEntry } from './api.ts';

/** The changed fields of an audit entry, compact: "field: before → after". */
export function ChangeSummary({ change }: { change: AuditEntry['change'] }) {
  if (!change || Object.keys(change).length === 0) return null;
  const parts = Object.entries(change).map(([field, value]) => {
    if (value && typeof value === 'object' && ('from' in value || 'to' in value)) {
      const v = value as { from?: unknown; to?: unknown };
      return `${field}: ${show(v.from)} → ${show(v.to)}`;
    }
    if (Array.isArray(value) && value.length === 2) return `${field}: ${show(value[0])} → ${show(value[1])}`;
    return `${field}: ${show(value)}`;
  });
  return (
    <Text size="xs" component="div">
      <Code block style={{ whiteSpace: 'pre-wrap', maxWidth: 520 }}>
        {parts.join('\n')}
      </Code>
    </Text>
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
