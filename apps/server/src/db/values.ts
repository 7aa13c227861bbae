// How values come out of the database, the same from PGlite (in this thread or in its worker,
// db/pglite-worker.ts) and from pg (db/client.ts).
// Same JS shapes from both drivers: dates as 'YYYY-MM-DD', timestamps as ISO strings,
// bigint and numeric as numbers (money is integer cents, well inside 2^53).
const OID = { int8: 20, numeric: 1700, date: 1082, timestamp: 1114, timestamptz: 1184 } as const;
/**
 * A timestamptz as PostgreSQL sends it in UTC ('2026-11-20 15:00:00.123456+00', or as JSON writes it,
 * '2026-11-20T15:00:00.123456+00:00', db/json-rows.ts) to an ISO string, exactly as
 * `new Date(v).toISOString()` would (milliseconds truncated), without the slower Date parse of every
 * value of every row; any other shape (another zone, years before 1000 or after 9999, BC, infinity)
 * still goes through Date.
 */
const UTC_TIMESTAMPTZ = /^([1-9]\d{3}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\+00(?::00)?$/;
export function parseTimestamptz(v: string): string {
  const m = UTC_TIMESTAMPTZ.exec(v);
  if (!m) return new Date(v).toISOString();
  const fraction = m[3] ? (m[3].length >= 3 ? m[3].slice(0, 3) : m[3].padEnd(3, '0')) : '000';
  return `${m[1]}T${m[2]}.${fraction}Z`;
}
const toIso = (v: string) =>
  new Date(v.includes('T') || v.includes('+') || v.endsWith('Z') ? v : `${v}Z`).toISOString();
/** PGlite's parsers (by type OID), and pg's through setTypeParser (db/client.ts). */
export const parsers: Record<number, (v: string) => unknown> = {
  [OID.int8]: (v) => Number(v),
  [OID.numeric]: (v) => Number(v),
  [OID.date]: (v) => v,
  [OID.timestamp]: (v) => toIso(v.replace(' ', 'T')),
  [OID.timestamptz]: parseTimestamptz,
};
