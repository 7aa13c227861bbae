import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from './client.ts';

/** The versions of a mutual's data (migrations 0061, 0104, 0105, 0106; every mutual has each since 0107); null where there is none. */
export interface DataVersions {
  /** What the evidence engine reads: members, employees, wages, sessions, enrolments, … (0061). */
  evidence: string | null;
  /** What the unmet needs are judged from: needs, courses, topics, the mutual's minimum of firms (0104). */
  demand: string | null;
  /** Money and delivery hours: payments, invoices, the journal, declarations, attendance, meeting days, … (0105). */
  finance: string | null;
  /** What sessions and the register read beyond those: stated register values, the mutual's row, trainers' names (0106). */
  delivery: string | null;
}

/** Every version of a mutual's data, in one statement: read them before the data they key (kept-answers.ts). */
export async function dataVersionsOf(db: Db, mutualId: string): Promise<DataVersions> {
  const { rows } = await sql<DataVersions>`
    select (select version::text from evidence_data_version where mutual_id = ${mutualId}) as evidence,
      (select version::text from demand_data_version where mutual_id = ${mutualId}) as demand,
      (select version::text from data_version where kind = 'finance' and mutual_id = ${mutualId}) as finance,
      (select version::text from data_version where kind = 'delivery' and mutual_id = ${mutualId}) as delivery`.execute(
    db,
  );
  return rows[0] ?? { evidence: null, demand: null, finance: null, delivery: null };
}

/** The key of an answer computed from these versions and the rest (day, query, audience); null when a version is unknown. */
export function versionKeyOf(versions: readonly (string | null)[], ...rest: unknown[]): string | null {
  if (versions.some((v) => v === null)) return null;
  return JSON.stringify([...versions, ...rest]);
}

/**
 * One digest of both versions of several mutuals' data, in one statement (the observatory's lists).
 * A mutual without a version row counts as version 0: its row is created by the first write to a
 * covered table since the migrations that made them (which gave every mutual then a row), so "no
 * row" holds until data is written, and that write gives a version never seen before.
 */
export async function dataVersionsDigestOf(db: Db, mutualIds: readonly string[]): Promise<string> {
  const { rows } = await sql<{ id: string; evidence: string; finance: string }>`
    select m.id, coalesce(e.version, 0)::text as evidence, coalesce(f.version, 0)::text as finance
    from unnest(${[...mutualIds]}::uuid[]) as m(id)
    left join evidence_data_version e on e.mutual_id = m.id
    left join data_version f on f.kind = 'finance' and f.mutual_id = m.id
    order by m.id`.execute(db);
  return createHash('sha256')
    .update(rows.map((r) => `${r.id}:${r.evidence}:${r.finance}`).join('\n'))
    .digest('hex');
}
