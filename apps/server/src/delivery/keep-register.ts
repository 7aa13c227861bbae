import type { RegisterEntryDto } from '@mutualis/contracts';
import type { Db } from '../db/client.ts';
import { auditRepository } from '../audit/index.ts';
import { registerRepository } from './register-repository.ts';
import { type SessionRow, trainingSessionRepository } from './session-repository.ts';
import { renderRegisterPdf, renderRegisterXlsx } from '../documents/register-export.ts';
import { AppError, notFound } from '../errors.ts';
import { mutualOf } from '../caller.ts';
import type { Deps, Caller } from '../caller.ts';
import { registerEntryOf } from './session-facts.ts';

async function toDto(db: Db, row: SessionRow): Promise<RegisterEntryDto> {
  const { entry, missing } = await registerEntryOf(db, row);
  return {
    sessionId: row.id,
    status: row.status as RegisterEntryDto['status'],
    ...entry,
    employers: [...entry.employers],
    employmentClasses: [...entry.employmentClasses],
    firstDay: row.firstDay,
    lastDay: row.lastDay,
    missing,
    complete: missing.length === 0,
  };
}

/** The register entry of one session (s.15), with what it still lacks. */
export async function getRegisterEntry(deps: Deps, caller: Caller, sessionId: string) {
  const mutualId = mutualOf(caller);
  const row = await trainingSessionRepository(deps.db).find(sessionId, { kind: 'mutual', mutualId });
  if (!row) throw notFound('Session');
  return toDto(deps.db, row);
}

/** The coordinator states register values; null goes back to the course's or the results' value. */
export async function updateRegisterEntry(
  deps: Deps,
  caller: Caller,
  sessionId: string,
  input: Partial<{ title: string | null; objectives: string | null; content: string | null; durationHours: number | null; providerOrTrainer: string | null; costCents: number | null; evaluationResult: string | null }>,
) {
  const mutualId = mutualOf(caller);
  await deps.db.transaction().execute(async (trx) => {
    const repo = trainingSessionRepository(trx);
    if (!(await repo.lock(sessionId, mutualId))) throw notFound('Session');
    const row = (await repo.find(sessionId, { kind: 'mutual', mutualId }))!;
    if (row.status === 'cancelled') throw new AppError('conflict', 'A cancelled session has no register entry');
    const blankToNull = (v: string | null | undefined) => (v === undefined ? undefined : v?.trim() ? v.trim() : null);
    await registerRepository(trx).save(
      sessionId,
      mutualId,
      {
        title: blankToNull(input.title),
        objectives: blankToNull(input.objectives),
        content: blankToNull(input.content),
        duration_hours: input.durationHours,
        provider_or_trainer: blankToNull(input.providerOrTrainer),
        cost_cents: input.costCents,
        evaluation_result: blankToNull(input.evaluationResult),
      },
      caller.userId,
      deps.now().toISOString(),
    );
    await auditRepository(trx).record({ at: deps.now(), mutualId, actorUserId: caller.userId, action: 'register.update', entityType: 'training_session', entityId: sessionId, change: { ...input } });
  });
  return getRegisterEntry(deps, caller, sessionId);
}

/** The register of a year: every activity held (in delivery, delivered, evaluated), by date. */
export async function registerOfYear(deps: Deps, caller: Caller, year: number) {
  const mutualId = mutualOf(caller);
  const ids = await registerRepository(deps.db).sessionIdsOfYear(mutualId, year);
  const rows = await trainingSessionRepository(deps.db).list({ kind: 'mutual', mutualId }, { ids });
  const out: RegisterEntryDto[] = [];
  for (const row of rows) out.push(await toDto(deps.db, row));
  return out.sort((a, b) => (a.firstDay ?? '').localeCompare(b.firstDay ?? '') || a.sessionId.localeCompare(b.sessionId));
}

/** The register of a year as a file (XLSX or PDF). */
export async function exportRegister(deps: Deps, caller: Caller, year: number, format: 'xlsx' | 'pdf') {
  const entries = await registerOfYear(deps, caller, year);
  const mutual = await trainingSessionRepository(deps.db).mutualSettings(mutualOf(caller));
  return format === 'xlsx' ? renderRegisterXlsx(mutual.name, year, entries) : renderRegisterPdf(mutual.name, year, entries);
}
