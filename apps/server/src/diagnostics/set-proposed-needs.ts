import type { Diagnostic, ProposedNeedLine } from '@mutualis/contracts';
import { TRAINING_MODES } from '@mutualis/domain/catalogue/index';
import { diagnosticIsEditable } from '@mutualis/domain/diagnostics/diagnostic-status';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError, invalid, notFound } from '../errors.ts';
import { needRepository } from '../needs/index.ts';
import { requireActiveTopic } from '../topics/index.ts';
import { getDiagnostic } from './get-diagnostic.ts';
import { constraintsOf } from './present.ts';
import { diagnosticRepository } from './repository.ts';
import { visibleDiagnostic } from './visible-diagnostic.ts';

/** Replaces the proposed need lines of a diagnostic; missing fields come from its constraints and the member (coordinators). */
export async function setProposedNeeds(
  deps: Deps,
  caller: Caller,
  input: { diagnosticId: string; lines: ProposedNeedLine[] },
): Promise<Diagnostic> {
  const { diagnosticId: id, lines } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const row = await visibleDiagnostic(tx, caller, id);
    const mutualId = row.mutual_id;
    if (!diagnosticIsEditable(row.status))
      throw new AppError('conflict', 'diagnostic_not_editable', { params: { status: row.status } });
    const repo = needRepository(tx.db);
    const member = await repo.member(mutualId, row.member_id);
    if (!member) throw notFound('member');
    const k = constraintsOf(row.constraints);
    const values = [];
    for (const [i, l] of lines.entries()) {
      await requireActiveTopic(tx.db, mutualId, l.topicId, `lines.${i}.topicId`);
      const languages = l.languages ?? (k.languages.length ? k.languages : ['fr' as const]);
      const modes = l.modes ?? (k.modes.length ? k.modes : [...TRAINING_MODES]);
      const periods = l.periods ?? k.periods;
      if (periods.length === 0) throw invalid(`lines.${i}.periods`, 'periods_here_or_constraints');
      values.push({
        mutual_id: mutualId,
        member_id: row.member_id,
        topic_id: l.topicId,
        diagnostic_id: id,
        seats: l.seats,
        noc_code: l.nocCode ?? null,
        languages: [...new Set(languages)],
        modes: [...new Set(modes)],
        region_code: l.regionCode ?? k.regionCode ?? member.region_code,
        periods: [...new Set(periods)].sort(),
        priority: l.priority ?? 'medium',
        max_price_per_seat_cents: l.maxPricePerSeatCents ?? k.maxPricePerSeatCents ?? null,
        notes: l.notes ?? '',
        status: 'proposed' as const,
        status_changed_at: now.toISOString(),
        source: 'diagnostic' as const,
        created_by: caller.userId,
      });
    }
    await repo.deleteProposedOfDiagnostic(mutualId, id);
    await repo.insertMany(values);
    await diagnosticRepository(tx.db).update(mutualId, id, { updated_at: now.toISOString() });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      memberId: row.member_id,
      actorUserId: caller.userId,
      action: 'diagnostic.set_lines',
      entityType: 'diagnostic',
      entityId: id,
      change: { lines },
    });
    return getDiagnostic(tx, caller, { diagnosticId: id });
  });
}
