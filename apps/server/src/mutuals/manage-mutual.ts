import type { CreateMutualRequest, DeliverySettingsRequest, Mutual, UpdateMutualRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { mutualRepository } from './repository.ts';
import type { Updateable } from 'kysely';
import type { MutualTable } from '../db/tables.ts';
import { AppError, notFound } from '../errors.ts';
import type { Deps, Caller } from '../caller.ts';

const slugTaken = () =>
  new AppError('conflict', 'Another mutual already uses this slug', {
    fields: [{ field: 'slug', message: 'already used' }],
  });

type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof mutualRepository>['find']>>>;
const toMutual = (row: Row): Mutual => ({ ...row, kind: row.kind as Mutual['kind'] });

function columns(input: UpdateMutualRequest) {
  const values: Updateable<MutualTable> = {};
  if (input.name !== undefined) values.name = input.name;
  if (input.slug !== undefined) values.slug = input.slug;
  if (input.kind !== undefined) values.kind = input.kind;
  if (input.regionCode !== undefined) values.region_code = input.regionCode;
  if (input.scianCode !== undefined) values.scian_code = input.scianCode;
  if (input.recognisedSince !== undefined) values.recognised_since = input.recognisedSince;
  if (input.minFirmsPerSession !== undefined) values.min_firms_per_session = input.minFirmsPerSession;
  if (input.withdrawalDeadlineDays !== undefined) values.withdrawal_deadline_days = input.withdrawalDeadlineDays;
  if (input.goNoGoDays !== undefined) values.go_no_go_days = input.goNoGoDays;
  if (input.completionThresholdPct !== undefined) values.completion_threshold_pct = input.completionThresholdPct;
  return values;
}

/** Every mutual (platform administrator). */
export async function listMutuals(deps: Deps) {
  return (await mutualRepository(deps.db).list()).map(toMutual);
}

/** One mutual: any for the platform administrator, only one's own for everyone else. */
export async function getMutual(deps: Deps, actor: Caller, mutualId: string) {
  if (actor.role !== 'platform_admin' && actor.mutualId !== mutualId) throw notFound('Mutual');
  const row = await mutualRepository(deps.db).find(mutualId);
  if (!row) throw notFound('Mutual');
  return toMutual(row);
}

/** Creates a mutual (platform administrator); its first coordinator is then invited with POST /api/users. */
export async function createMutual(deps: Deps, actor: Caller, input: CreateMutualRequest) {
  return deps.db.transaction().execute(async (trx) => {
    const mutuals = mutualRepository(trx);
    if (await mutuals.findBySlug(input.slug)) throw slugTaken();
    const row = await mutuals.insert({ ...columns(input), name: input.name, slug: input.slug, kind: input.kind });
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId: row.id,
      actorUserId: actor.userId,
      action: 'create',
      entityType: 'mutual',
      entityId: row.id,
      change: input,
    });
    return toMutual(row);
  });
}

/** Edits a mutual's identity and parameters (platform administrator). */
export async function updateMutual(deps: Deps, actor: Caller, mutualId: string, input: UpdateMutualRequest) {
  return deps.db.transaction().execute(async (trx) => {
    const mutuals = mutualRepository(trx);
    const before = await mutuals.find(mutualId);
    if (!before) throw notFound('Mutual');
    if (input.slug !== undefined && input.slug !== before.slug && (await mutuals.findBySlug(input.slug)))
      throw slugTaken();
    const values = columns(input);
    if (Object.keys(values).length === 0) return toMutual(before);
    const row = await mutuals.update(mutualId, values);
    if (!row) throw notFound('Mutual');
    await auditRepository(trx).record({
      at: deps.now(),
      mutualId,
      actorUserId: actor.userId,
      action: 'update',
      entityType: 'mutual',
      entityId: mutualId,
      change: {
        before: Object.fromEntries(
          Object.keys(input).map((k) => [k, (toMutual(before) as Record<string, unknown>)[k]]),
        ),
        after: input,
      },
    });
    return toMutual(row);
  });
}

/**
 * Edits a mutual's delivery settings (withdrawal deadline, go/no-go lead time, attendance
 * threshold for attestations, minimum firms per session): its coordinators for their own
 * mutual, the platform administrator for any. Another mutual's answers 404.
 */
export async function updateDeliverySettings(deps: Deps, actor: Caller, mutualId: string, input: DeliverySettingsRequest) {
  if (actor.role !== 'platform_admin' && actor.mutualId !== mutualId) throw notFound('Mutual');
  return updateMutual(deps, actor, mutualId, input);
}
