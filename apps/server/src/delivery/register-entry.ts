import { registerMissing, summariseResults } from '@mutualis/domain/delivery/index';
import type { Db } from '../db/client.ts';
import { registerRepository } from './register-repository.ts';
import { type SessionRow, trainingSessionRepository } from './session-repository.ts';

/** The register entry (s.15) of a session: stated values, else the course's and the enrolments'. */
export async function registerEntryOf(db: Db, row: SessionRow) {
  const stated = await registerRepository(db).stated(row.id);
  const people = await registerRepository(db).participants(row.id);
  const employers = [...new Set(people.map((p) => p.employer))].sort((a, b) => a.localeCompare(b));
  const classes = [...new Set(people.map((p) => p.nocCode))].sort();
  const entry = {
    title: stated?.title ?? row.title,
    objectives: stated?.objectives ?? (row.objectives || null),
    content: stated?.content ?? (row.content || null),
    durationHours: stated?.duration_hours ?? row.durationHours,
    providerOrTrainer: stated?.provider_or_trainer ?? ([row.providerName, row.trainerName].filter(Boolean).join(' — ') || null),
    employers,
    participants: people.length,
    employmentClasses: classes,
    costCents: stated?.cost_cents ?? row.costCents,
    evaluationResult: stated?.evaluation_result ?? summariseResults(people.map((p) => p.outcome), 'fr'),
  };
  return { entry, missing: registerMissing(entry) };
}

/** The register's sessions of `ids` (from registerRepository.sessionIdsOfYear), in that order. */
export async function registerSessions(db: Db, mutualId: string, ids: string[]): Promise<SessionRow[]> {
  const rows = await trainingSessionRepository(db).list({ kind: 'mutual', mutualId }, { ids });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
