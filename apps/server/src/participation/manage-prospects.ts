import { type Prospect, pageOf } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { canMoveProspect, type ProspectStage } from '@mutualis/domain/participation/prospect-stage';
import type { BarrierReason } from '@mutualis/domain/participation/reasons';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { AppError, invalid, notFound } from '../errors.ts';
import { outcomeRepository } from '../outcomes/index.ts';
import { presentProspect } from './present.ts';
import { type ProspectRow, prospectRepository } from './prospect-repository.ts';

async function presented(deps: Deps, mutualId: string, rows: ProspectRow[]): Promise<Prospect[]> {
  const consenting = await outcomeRepository(deps.db).consentingFirms(
    mutualId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentProspect(r, consenting.has(r.id)));
}

async function visibleProspect(deps: Deps, caller: Caller, prospectId: string) {
  const mutualId = mutualOf(caller);
  const row = await prospectRepository(deps.db).find(mutualId, prospectId);
  if (!row) throw notFound('prospect');
  return { mutualId, row };
}

/** A page of the mutual's prospects, by name. */
export async function listProspects(
  deps: Deps,
  caller: Caller,
  query: { stage?: ProspectStage; search?: string; page: number; pageSize: number },
) {
  const mutualId = mutualOf(caller);
  const { rows, total } = await prospectRepository(deps.db).list(mutualId, query, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return pageOf(await presented(deps, mutualId, rows), total, query);
}

export async function getProspect(deps: Deps, caller: Caller, input: { prospectId: string }) {
  const { mutualId, row } = await visibleProspect(deps, caller, input.prospectId);
  return (await presented(deps, mutualId, [row]))[0];
}

interface ProspectFields {
  legalName?: string;
  neq?: string | null;
  scianCode?: string;
  regionCode?: string;
  headcount?: number;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  reasons?: BarrierReason[];
  notes?: string;
  reportsOutcomes?: boolean;
}

const columnsOf = (f: ProspectFields) => ({
  ...(f.legalName !== undefined ? { legal_name: f.legalName } : {}),
  ...(f.neq !== undefined ? { neq: f.neq } : {}),
  ...(f.scianCode !== undefined ? { scian_code: f.scianCode } : {}),
  ...(f.regionCode !== undefined ? { region_code: f.regionCode } : {}),
  ...(f.headcount !== undefined ? { headcount: f.headcount } : {}),
  ...(f.contactName !== undefined ? { contact_name: f.contactName } : {}),
  ...(f.contactEmail !== undefined ? { contact_email: f.contactEmail } : {}),
  ...(f.contactPhone !== undefined ? { contact_phone: f.contactPhone } : {}),
  ...(f.reasons !== undefined ? { reasons: f.reasons } : {}),
  ...(f.notes !== undefined ? { notes: f.notes } : {}),
  ...(f.reportsOutcomes !== undefined ? { reports_outcomes: f.reportsOutcomes } : {}),
});

/** Adds a prospect at the first stage (contacted). */
export async function createProspect(
  deps: Deps,
  caller: Caller,
  input: ProspectFields & { legalName: string; scianCode: string; regionCode: string; headcount: number },
) {
  const mutualId = mutualOf(caller);
  return inTransaction(deps, async (tx) => {
    const row = await prospectRepository(tx.db).insert({
      mutual_id: mutualId,
      ...columnsOf(input),
      legal_name: input.legalName,
      scian_code: input.scianCode,
      region_code: input.regionCode,
      headcount: input.headcount,
      stage: 'contacted',
      stage_changed_on: todayInMontreal(deps.now()),
      created_by: caller.userId,
      updated_at: deps.now().toISOString(),
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'prospect.create',
      entityType: 'prospect',
      entityId: row.id,
      change: { legalName: input.legalName },
    });
    return (await presented(tx, mutualId, [row]))[0];
  });
}

/** Changes a prospect's details. */
export async function updateProspect(deps: Deps, caller: Caller, input: { prospectId: string } & ProspectFields) {
  const { mutualId } = await visibleProspect(deps, caller, input.prospectId);
  return inTransaction(deps, async (tx) => {
    const row = await prospectRepository(tx.db).update(mutualId, input.prospectId, {
      ...columnsOf(input),
      updated_at: deps.now().toISOString(),
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'prospect.update',
      entityType: 'prospect',
      entityId: row.id,
      change: { fields: Object.keys(columnsOf(input)) },
    });
    return (await presented(tx, mutualId, [row]))[0];
  });
}

/** Moves a prospect along its path (domain canMoveProspect); declining needs the reasons, joining may name the member record. */
export async function moveProspect(
  deps: Deps,
  caller: Caller,
  input: { prospectId: string; stage: ProspectStage; reasons?: BarrierReason[]; memberId?: string },
) {
  const { mutualId, row } = await visibleProspect(deps, caller, input.prospectId);
  if (!canMoveProspect(row.stage, input.stage))
    throw new AppError('transition_not_allowed', 'prospect_move_not_allowed');
  const reasons = input.reasons ?? (row.reasons as BarrierReason[]);
  if (input.stage === 'declined' && reasons.length === 0) throw invalid('reasons', 'decline_needs_reasons');
  return inTransaction(deps, async (tx) => {
    const repo = prospectRepository(tx.db);
    if (input.memberId && !(await repo.memberOf(mutualId, input.memberId))) throw notFound('member');
    const updated = await repo.update(mutualId, row.id, {
      stage: input.stage,
      stage_changed_on: todayInMontreal(deps.now()),
      reasons,
      ...(input.stage === 'member' && input.memberId ? { member_id: input.memberId } : {}),
      updated_at: deps.now().toISOString(),
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'prospect.stage',
      entityType: 'prospect',
      entityId: row.id,
      change: { from: row.stage, to: input.stage },
    });
    return (await presented(tx, mutualId, [updated]))[0];
  });
}
