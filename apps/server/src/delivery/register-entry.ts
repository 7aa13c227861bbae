import { registerMissing, summariseResults } from '@mutualis/domain/delivery/index';
import type { Db } from '../db/client.ts';
import { deliveredFactsOf, deliveredFactsOfMany } from './delivered-facts-of.ts';
import { registerRepository } from './register-repository.ts';
import { type SessionRow, trainingSessionRepository } from './session-repository.ts';

/**
 * The register entry (s.15) of a session. Dates, hours and participants come from the delivered
 * facts (meeting days and attendance), the same as the attestations'; the participants are those
 * present at least once, and their firms and employment classes. The other fields are the
 * coordinator's stated values, else the course's and the results'.
 */
export async function registerEntryOf(db: Db, row: SessionRow) {
  const stated = await registerRepository(db).stated(row.id);
  return entryFrom(row, stated, await deliveredFactsOf(db, row));
}

/** The register entries of many sessions (a register page), by session id: as `registerEntryOf` for each, with a few statements for all. */
export async function registerEntriesOf(db: Db, rows: readonly SessionRow[]) {
  const ids = rows.map((r) => r.id);
  const [stated, delivered] = await Promise.all([registerRepository(db).statedOf(ids), deliveredFactsOfMany(db, rows)]);
  return new Map(rows.map((row) => [row.id, entryFrom(row, stated.get(row.id), delivered.get(row.id) as Delivered)]));
}

type Delivered = Awaited<ReturnType<typeof deliveredFactsOf>>;

function entryFrom(
  row: SessionRow,
  stated: Awaited<ReturnType<ReturnType<typeof registerRepository>['stated']>>,
  { facts, people }: Delivered,
) {
  const present = people.filter((p) => p.delivered.attended);
  const employers = [...new Set(present.map((p) => p.memberName))].sort((a, b) => a.localeCompare(b));
  const classes = [...new Set(present.map((p) => p.nocCode))].sort();
  const entry = {
    title: stated?.title ?? row.title,
    objectives: stated?.objectives ?? (row.objectives || null),
    content: stated?.content ?? (row.content || null),
    // the session's own hours once it has meeting days; a course's nominal duration only before
    durationHours: facts.days.length > 0 ? facts.hoursScheduled : (stated?.duration_hours ?? row.durationHours),
    providerOrTrainer:
      stated?.provider_or_trainer ?? ([row.providerName, row.trainerName].filter(Boolean).join(' — ') || null),
    employers,
    participants: facts.attended,
    employmentClasses: classes,
    costCents: stated?.cost_cents ?? row.costCents,
    evaluationResult:
      stated?.evaluation_result ??
      summariseResults(
        present.map((p) => p.outcome),
        'fr',
      ),
  };
  return {
    entry,
    missing: registerMissing(entry),
    delivered: {
      firstDay: facts.firstDay,
      lastDay: facts.lastDay,
      days: facts.days,
      participantHours: facts.participantHours,
      completed: facts.completed,
    },
  };
}

/** The register's sessions of `ids` (from registerRepository.sessionIdsOfYear), in that order. */
export async function registerSessions(db: Db, mutualId: string, ids: string[]): Promise<SessionRow[]> {
  const rows = await trainingSessionRepository(db).list({ kind: 'mutual', mutualId }, { ids });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
