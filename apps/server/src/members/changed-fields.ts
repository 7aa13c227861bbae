/** The fields whose value changed, as { field: { from, to } } for the audit log. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
  fields: readonly (keyof T)[],
): Record<string, { from: unknown; to: unknown }> {
  const change: Record<string, { from: unknown; to: unknown }> = {};
  for (const f of fields) {
    if (JSON.stringify(before[f]) !== JSON.stringify(after[f])) change[String(f)] = { from: before[f], to: after[f] };
  }
  return change;
}
