import type { CreateDiagnosticRequest, Diagnostic, DiagnosticConstraints, UpdateDiagnosticRequest } from '@mutualis/contracts';
import { diagnosticConstraintsSchema, type proposedNeedLineSchema, type skillsGapSchema } from '@mutualis/contracts';
import { canTransitionDiagnostic, type DiagnosticStatus, diagnosticIsEditable } from '@mutualis/domain/needs/index';
import type { z } from 'zod';
import type { Db } from '../db/client.ts';
import { auditRepository } from '../audit/index.ts';
import { type DiagnosticRow, diagnosticRepository } from './repository.ts';
import { needRepository } from '../needs/index.ts';
import { AppError, forbidden, invalid, notFound } from '../errors.ts';
import { memberScopeOf, mutualOf } from '../caller.ts';
import type { Caller } from '../caller.ts';
import { changeNeedStatus, presentNeeds as toNeeds } from '../needs/index.ts';
import { requireActiveTopic } from '../topics/index.ts';

type ProposedLine = z.infer<typeof proposedNeedLineSchema>;

const constraintsOf = (raw: unknown): DiagnosticConstraints => diagnosticConstraintsSchema.parse(raw ?? {});

function summary(r: DiagnosticRow) {
  return {
    id: r.id,
    memberId: r.member_id,
    memberName: r.member_name,
    status: r.status,
    scheduledOn: r.scheduled_on,
    conductedBy: r.conducted_by,
    challenges: r.challenges,
    skillsGaps: (r.skills_gaps ?? []) as z.infer<typeof skillsGapSchema>[],
    priorities: r.priorities,
    constraints: constraintsOf(r.constraints),
    notes: r.notes,
    startedAt: r.started_at,
    completedAt: r.completed_at,
    validatedAt: r.validated_at,
    validatedBy: r.validated_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function listDiagnostics(db: Db, caller: Caller, f: { memberId?: string; status?: DiagnosticStatus }) {
  const rows = await diagnosticRepository(db).list(memberScopeOf(caller), f);
  return rows.map((r) => ({ ...summary(r), needCount: r.need_count }));
}

async function findScoped(db: Db, caller: Caller, id: string) {
  const row = await diagnosticRepository(db).find(memberScopeOf(caller), id);
  if (!row) throw notFound('Diagnostic');
  return row;
}

export async function getDiagnostic(db: Db, caller: Caller, id: string): Promise<Diagnostic> {
  const row = await findScoped(db, caller, id);
  const needs = await needRepository(db).all(memberScopeOf(caller), { diagnosticId: id });
  return { ...summary(row), needs: await toNeeds(db, needs) };
}

export async function createDiagnostic(db: Db, caller: Caller, input: CreateDiagnosticRequest, now: Date): Promise<Diagnostic> {
  const mutualId = mutualOf(caller);
  return db.transaction().execute(async (trx) => {
    if (!(await needRepository(trx).member(mutualId, input.memberId))) throw invalid('memberId', 'no such member in this mutual');
    const id = await diagnosticRepository(trx).insert({
      mutual_id: mutualId,
      member_id: input.memberId,
      scheduled_on: input.scheduledOn,
      conducted_by: caller.userId,
      challenges: input.challenges ?? '',
      skills_gaps: JSON.stringify(input.skillsGaps ?? []),
      priorities: input.priorities ?? '',
      constraints: JSON.stringify(constraintsOf(input.constraints)),
      notes: input.notes ?? '',
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    await auditRepository(trx).record({ at: now, mutualId, memberId: input.memberId, actorUserId: caller.userId, action: 'diagnostic.create', entityType: 'diagnostic', entityId: id, change: input });
    return getDiagnostic(trx, caller, id);
  });
}

export async function updateDiagnostic(db: Db, caller: Caller, id: string, input: UpdateDiagnosticRequest, now: Date): Promise<Diagnostic> {
  const mutualId = mutualOf(caller);
  return db.transaction().execute(async (trx) => {
    const row = await findScoped(trx, caller, id);
    if (!diagnosticIsEditable(row.status)) throw new AppError('conflict', `This diagnostic is ${row.status}; reopen it to change it`);
    await diagnosticRepository(trx).update(mutualId, id, {
      scheduled_on: input.scheduledOn,
      challenges: input.challenges,
      skills_gaps: input.skillsGaps ? JSON.stringify(input.skillsGaps) : undefined,
      priorities: input.priorities,
      constraints: input.constraints ? JSON.stringify(input.constraints) : undefined,
      notes: input.notes,
      updated_at: now.toISOString(),
    });
    await auditRepository(trx).record({ at: now, mutualId, memberId: row.member_id, actorUserId: caller.userId, action: 'diagnostic.update', entityType: 'diagnostic', entityId: id, change: input });
    return getDiagnostic(trx, caller, id);
  });
}

/** Coordinator moves: start, complete (needs at least one proposed line), reopen, cancel. */
export async function transitionDiagnostic(db: Db, caller: Caller, id: string, to: 'in_progress' | 'completed' | 'cancelled', now: Date): Promise<Diagnostic> {
  const mutualId = mutualOf(caller);
  return db.transaction().execute(async (trx) => {
    const row = await findScoped(trx, caller, id);
    if (!canTransitionDiagnostic(row.status, to)) {
      throw new AppError('conflict', `A diagnostic cannot go from ${row.status} to ${to}`, { fields: [{ field: 'status', message: `cannot go from ${row.status} to ${to}` }] });
    }
    if (to === 'completed') {
      const lines = await needRepository(trx).all({ mutualId, memberId: null }, { diagnosticId: id, status: 'proposed' });
      if (lines.length === 0) throw invalid('status', 'propose at least one need line before completing the diagnostic');
    }
    const nowIso = now.toISOString();
    await diagnosticRepository(trx).update(mutualId, id, {
      status: to,
      started_at: to === 'in_progress' ? (row.started_at ?? nowIso) : undefined,
      completed_at: to === 'completed' ? nowIso : undefined,
      updated_at: nowIso,
    });
    if (to === 'cancelled') {
      const proposed = await needRepository(trx).all({ mutualId, memberId: null }, { diagnosticId: id, status: 'proposed' });
      if (proposed.length) await changeNeedStatus(trx, { mutualId, userId: caller.userId }, proposed.map((n) => n.id), 'withdrawn', now, 'diagnostic cancelled');
    }
    await auditRepository(trx).record({ at: now, mutualId, memberId: row.member_id, actorUserId: caller.userId, action: `diagnostic.${to}`, entityType: 'diagnostic', entityId: id, change: { from: row.status, to } });
    return getDiagnostic(trx, caller, id);
  });
}

/** Replaces the proposed need lines of a diagnostic; missing fields come from its constraints and the member. */
export async function setProposedNeeds(db: Db, caller: Caller, id: string, lines: ProposedLine[], now: Date): Promise<Diagnostic> {
  const mutualId = mutualOf(caller);
  return db.transaction().execute(async (trx) => {
    const row = await findScoped(trx, caller, id);
    if (!diagnosticIsEditable(row.status)) throw new AppError('conflict', `This diagnostic is ${row.status}; reopen it to change its lines`);
    const member = await needRepository(trx).member(mutualId, row.member_id);
    if (!member) throw notFound('Member');
    const k = constraintsOf(row.constraints);
    const values = [];
    for (const [i, l] of lines.entries()) {
      await requireActiveTopic(trx, mutualId, l.topicId, `lines.${i}.topicId`);
      const languages = l.languages ?? (k.languages.length ? k.languages : ['fr']);
      const modes = l.modes ?? (k.modes.length ? k.modes : ['in_person', 'virtual']);
      const periods = l.periods ?? k.periods;
      if (periods.length === 0) throw invalid(`lines.${i}.periods`, 'give periods here or in the constraints');
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
    const repo = needRepository(trx);
    await repo.deleteProposedOfDiagnostic(mutualId, id);
    await repo.insertMany(values);
    await diagnosticRepository(trx).update(mutualId, id, { updated_at: now.toISOString() });
    await auditRepository(trx).record({ at: now, mutualId, memberId: row.member_id, actorUserId: caller.userId, action: 'diagnostic.set_lines', entityType: 'diagnostic', entityId: id, change: { lines } });
    return getDiagnostic(trx, caller, id);
  });
}

/** The member contact validates a completed diagnostic: its proposed lines open, except those it rejects. */
export async function validateDiagnostic(db: Db, caller: Caller, id: string, rejectedNeedIds: string[], now: Date): Promise<Diagnostic> {
  if (caller.role !== 'member_contact') throw forbidden('Only the member contact validates its diagnostic');
  const mutualId = mutualOf(caller);
  return db.transaction().execute(async (trx) => {
    const row = await findScoped(trx, caller, id);
    if (!canTransitionDiagnostic(row.status, 'validated')) throw new AppError('conflict', `A ${row.status} diagnostic cannot be validated`);
    const proposed = await needRepository(trx).all({ mutualId, memberId: row.member_id }, { diagnosticId: id, status: 'proposed' });
    const ids = new Set(proposed.map((n) => n.id));
    const unknown = rejectedNeedIds.filter((x) => !ids.has(x));
    if (unknown.length) throw invalid('rejectedNeedIds', `not proposed lines of this diagnostic: ${unknown.join(', ')}`);
    const rejected = new Set(rejectedNeedIds);
    const accepted = proposed.filter((n) => !rejected.has(n.id)).map((n) => n.id);
    const actor = { mutualId, userId: caller.userId };
    if (accepted.length) await changeNeedStatus(trx, actor, accepted, 'open', now, 'validated by the member');
    if (rejected.size) await changeNeedStatus(trx, actor, [...rejected], 'withdrawn', now, 'rejected by the member');
    const nowIso = now.toISOString();
    await diagnosticRepository(trx).update(mutualId, id, { status: 'validated', validated_at: nowIso, validated_by: caller.userId, updated_at: nowIso });
    await auditRepository(trx).record({ at: now, mutualId, memberId: row.member_id, actorUserId: caller.userId, action: 'diagnostic.validated', entityType: 'diagnostic', entityId: id, change: { accepted, rejected: [...rejected] } });
    return getDiagnostic(trx, caller, id);
  });
}
