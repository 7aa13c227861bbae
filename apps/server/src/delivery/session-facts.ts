import { goNoGoStatus, registerMissing, type SessionFacts, type SessionState, summariseResults } from '@mutualis/domain/delivery/index';
import type { Db } from '../db/client.ts';
import { attendanceRepository } from './attendance-repository.ts';
import { enrolmentRepository } from './enrolment-repository.ts';
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

/** Everything the lifecycle guards need, read inside the caller's transaction. */
export async function sessionFactsOf(db: Db, row: SessionRow, today: string): Promise<SessionFacts & { goNoGo: ReturnType<typeof goNoGoStatus> }> {
  const settings = await trainingSessionRepository(db).mutualSettings(row.mutualId);
  const enrolments = enrolmentRepository(db);
  const seatsCommitted = await enrolments.seatsCommitted(row.id);
  const distinctFirms = await enrolments.distinctFirms(row.id);
  const days = await trainingSessionRepository(db).meetingDays(row.id);
  const needsRegister = row.status === 'in_delivery';
  const facts: SessionFacts = {
    state: row.status as SessionState,
    seatsCommitted,
    seatsMin: row.seatsMin,
    seatsMax: row.seatsMax,
    distinctFirms,
    minFirms: settings.minFirms,
    meetingDays: days.length,
    hasPlace: Boolean(row.mode === 'virtual' ? row.virtualLink : row.place || row.virtualLink),
    hasTrainer: Boolean(row.trainerUserId || row.trainerName),
    firstDay: days[0]?.day ?? null,
    today,
    registerMissing: needsRegister ? (await registerEntryOf(db, row)).missing : [],
    attendanceMissing: needsRegister ? await attendanceRepository(db).participantsMissing(row.id) : 0,
  };
  return {
    ...facts,
    goNoGo: goNoGoStatus({ ...facts, goNoGoDate: row.goNoGoDate }),
  };
}
