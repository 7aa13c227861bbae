// Multi-row statements as large as PostgreSQL takes: at most 65,535 parameters a statement, so a
// multi-row insert of rows of `columns` values sends at most this many rows (a margin kept).
export const rowsPerStatement = (columns: number): number => Math.max(1, Math.floor(60_000 / Math.max(1, columns)));

/** The rows cut in slices of at most `rowsPerStatement` of their columns (the first row's keys). */
export function statementBatches<T extends object>(rows: readonly T[]): T[][] {
  if (rows.length === 0) return [];
  const size = rowsPerStatement(Object.keys(rows[0]).length);
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
