import type { Course, CourseFields, CourseRevision, CreateCourseRequest, UpdateCourseRequest } from '@mutualis/contracts';
import { changedFields, courseTermIssues } from '@mutualis/domain/catalogue/index';
import type { Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import { auditRepository } from '../audit/index.ts';
import { type CourseRevisionRow, type CourseRow, courseRepository } from './course-repository.ts';
import { providerRepository } from './provider-repository.ts';
import type { CourseTable } from '../db/tables.ts';
import { AppError, forbidden, invalid, notFound } from '../errors.ts';
import { mutualOf } from '../caller.ts';
import type { Caller } from '../caller.ts';
import { requireActiveTopic } from '../topics/index.ts';

// A course row holds the APPROVED version (what pooling reads). Coordinators change it directly;
// a trainer's change becomes a pending revision (a full copy of the proposed fields) that a
// coordinator approves (applied to the row) or rejects. A course a trainer creates starts as
// 'proposed' and is not used until its first revision is approved.

const NO_PROVIDER = '00000000-0000-0000-0000-000000000000';

export const fieldsOf = (r: CourseRow | Selectable): CourseFields => ({
  topicId: r.topic_id,
  titleFr: r.title_fr,
  titleEn: r.title_en,
  descriptionFr: r.description_fr,
  descriptionEn: r.description_en,
  objectives: r.objectives,
  content: r.content,
  durationHours: Number(r.duration_hours),
  language: r.language,
  mode: r.mode,
  regions: r.regions,
  periods: r.periods,
  fixedCostCents: r.fixed_cost_cents,
  seatCostCents: r.seat_cost_cents,
  minSeats: r.min_seats,
  maxSeats: r.max_seats,
  maxSessionsPerPeriod: r.max_sessions_per_period,
});
type Selectable = Omit<CourseRow, 'provider_name' | 'topic_code' | 'topic_name_fr' | 'topic_name_en'>;

const columnsOf = (f: CourseFields): Updateable<CourseTable> => ({
  topic_id: f.topicId,
  title_fr: f.titleFr,
  title_en: f.titleEn,
  description_fr: f.descriptionFr,
  description_en: f.descriptionEn,
  objectives: f.objectives,
  content: f.content,
  duration_hours: f.durationHours,
  language: f.language,
  mode: f.mode,
  regions: f.mode === 'virtual' ? [] : [...f.regions].sort(),
  periods: [...f.periods].sort(),
  fixed_cost_cents: f.fixedCostCents,
  seat_cost_cents: f.seatCostCents,
  min_seats: f.minSeats,
  max_seats: f.maxSeats,
  max_sessions_per_period: f.maxSessionsPerPeriod,
});

const toRevision = (r: CourseRevisionRow, current: CourseFields | null): CourseRevision => {
  const proposed = r.proposed as Partial<CourseFields>;
  return {
    id: r.id,
    courseId: r.course_id,
    status: r.status,
    proposed,
    changedFields: current ? changedFields(current as unknown as Record<string, unknown>, proposed) : Object.keys(proposed).sort(),
    submittedBy: r.submitted_by,
    submittedAt: r.submitted_at,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
  };
};

export function toCourse(r: CourseRow, pending: CourseRevisionRow | null): Course {
  const fields = fieldsOf(r);
  return {
    id: r.id,
    providerId: r.provider_id,
    providerName: r.provider_name,
    topicCode: r.topic_code,
    topicNameFr: r.topic_name_fr,
    topicNameEn: r.topic_name_en,
    status: r.status,
    ...fields,
    approvedAt: r.approved_at,
    pendingRevision: pending ? toRevision(pending, r.status === 'proposed' ? null : fields) : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function termsCheck(f: CourseFields) {
  const issues = courseTermIssues(f);
  if (issues.length) {
    throw new AppError('validation_failed', issues.map((i) => `${i.field}: ${i.message}`).join('; '), { fields: issues });
  }
}

/** What the caller may see: coordinators all, trainers their provider's, member contacts approved courses. */
function scopeOf(caller: Caller): { mutualId: string; providerId?: string; approvedOnly: boolean } {
  const mutualId = mutualOf(caller);
  if (caller.role === 'trainer') return { mutualId, providerId: caller.providerId ?? NO_PROVIDER, approvedOnly: false };
  if (caller.role === 'coordinator') return { mutualId, approvedOnly: false };
  return { mutualId, approvedOnly: true };
}

async function withPending(db: Db, rows: CourseRow[], showPending: boolean): Promise<Course[]> {
  const pending = showPending ? await courseRepository(db).pendingRevisions(rows.map((r) => r.id)) : [];
  const byCourse = new Map(pending.map((p) => [p.course_id, p]));
  return rows.map((r) => toCourse(r, byCourse.get(r.id) ?? null));
}

export async function listCourses(
  db: Db,
  caller: Caller,
  filter: { status?: 'proposed' | 'approved' | 'retired'; topicId?: string; providerId?: string; pendingReview?: boolean },
): Promise<Course[]> {
  const scope = scopeOf(caller);
  if (scope.providerId && filter.providerId && filter.providerId !== scope.providerId) return [];
  const rows = await courseRepository(db).list(scope.mutualId, {
    ...filter,
    providerId: scope.providerId ?? filter.providerId,
    status: scope.approvedOnly ? 'approved' : filter.status,
    pendingReview: scope.approvedOnly ? undefined : filter.pendingReview,
  });
  return withPending(db, rows, !scope.approvedOnly);
}

async function findScoped(db: Db, caller: Caller, id: string): Promise<CourseRow> {
  const scope = scopeOf(caller);
  const row = await courseRepository(db).find(scope.mutualId, id);
  if (!row || (scope.providerId && row.provider_id !== scope.providerId) || (scope.approvedOnly && row.status !== 'approved')) {
    throw notFound('Course');
  }
  return row;
}

export async function getCourse(db: Db, caller: Caller, id: string): Promise<Course> {
  const row = await findScoped(db, caller, id);
  const [course] = await withPending(db, [row], !scopeOf(caller).approvedOnly);
  return course;
}

export async function createCourse(db: Db, caller: Caller, input: CreateCourseRequest, now: Date): Promise<Course> {
  const mutualId = mutualOf(caller);
  const isTrainer = caller.role === 'trainer';
  let providerId = input.providerId;
  if (isTrainer) {
    if (providerId && providerId !== caller.providerId) throw forbidden('A trainer adds courses for its own provider only');
    providerId = caller.providerId ?? undefined;
  }
  if (!providerId) throw invalid('providerId', 'is required');
  const { providerId: _p, ...fields } = input;
  termsCheck(fields);
  return db.transaction().execute(async (trx) => {
    if ((await providerRepository(trx).findMany(mutualId, [providerId])).length === 0) throw invalid('providerId', 'no such provider in this mutual');
    await requireActiveTopic(trx, mutualId, fields.topicId);
    const nowIso = now.toISOString();
    const id = await courseRepository(trx).insert({
      ...columnsOf(fields),
      mutual_id: mutualId,
      provider_id: providerId,
      status: isTrainer ? 'proposed' : 'approved',
      approved_at: isTrainer ? null : nowIso,
      approved_by: isTrainer ? null : caller.userId,
    } as never);
    if (isTrainer) {
      await courseRepository(trx).insertRevision({
        mutual_id: mutualId,
        course_id: id,
        provider_id: providerId,
        proposed: JSON.stringify(fields),
        submitted_by: caller.userId,
        submitted_at: nowIso,
      });
    }
    await auditRepository(trx).record({ at: now, mutualId, actorUserId: caller.userId, action: 'course.create', entityType: 'course', entityId: id, change: input });
    const row = (await courseRepository(trx).find(mutualId, id)) as CourseRow;
    return (await withPending(trx, [row], true))[0];
  });
}

export async function updateCourse(db: Db, caller: Caller, id: string, input: UpdateCourseRequest, now: Date): Promise<Course> {
  const mutualId = mutualOf(caller);
  return db.transaction().execute(async (trx) => {
    const repo = courseRepository(trx);
    const row = await findScoped(trx, caller, id);
    if (row.status === 'retired' && caller.role === 'trainer') throw new AppError('conflict', 'This course is retired');
    const [pending] = await repo.pendingRevisions([id]);
    // A trainer builds on its own pending proposal, if any.
    const base = caller.role === 'trainer' && pending ? { ...fieldsOf(row), ...(pending.proposed as Partial<CourseFields>) } : fieldsOf(row);
    const merged: CourseFields = { ...base, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as CourseFields;
    termsCheck(merged);
    if (input.topicId && input.topicId !== row.topic_id) await requireActiveTopic(trx, mutualId, input.topicId);
    const nowIso = now.toISOString();
    if (caller.role === 'trainer') {
      await repo.supersedePending(id, nowIso);
      await repo.insertRevision({
        mutual_id: mutualId,
        course_id: id,
        provider_id: row.provider_id,
        proposed: JSON.stringify(merged),
        submitted_by: caller.userId,
        submitted_at: nowIso,
      });
      await auditRepository(trx).record({ at: now, mutualId, actorUserId: caller.userId, action: 'course.propose_change', entityType: 'course', entityId: id, change: input });
    } else {
      await repo.update(mutualId, id, { ...columnsOf(merged), updated_at: nowIso });
      await auditRepository(trx).record({ at: now, mutualId, actorUserId: caller.userId, action: 'course.update', entityType: 'course', entityId: id, change: input });
    }
    return (await withPending(trx, [(await repo.find(mutualId, id)) as CourseRow], true))[0];
  });
}

/** Applies a pending revision to the course (which becomes approved) or rejects it. */
export async function reviewCourseRevision(
  db: Db,
  caller: Caller,
  courseId: string,
  input: { revisionId: string; note?: string },
  decision: 'approved' | 'rejected',
  now: Date,
): Promise<Course> {
  const mutualId = mutualOf(caller);
  return db.transaction().execute(async (trx) => {
    const repo = courseRepository(trx);
    const row = await findScoped(trx, caller, courseId);
    const revision = await repo.findRevision(courseId, input.revisionId);
    if (!revision) throw invalid('revisionId', 'no such revision of this course');
    if (revision.status !== 'pending') throw new AppError('conflict', `This revision is already ${revision.status}`);
    const nowIso = now.toISOString();
    if (decision === 'approved') {
      const merged = { ...fieldsOf(row), ...(revision.proposed as Partial<CourseFields>) } as CourseFields;
      termsCheck(merged);
      await repo.update(mutualId, courseId, {
        ...columnsOf(merged),
        status: row.status === 'retired' ? 'retired' : 'approved',
        approved_at: nowIso,
        approved_by: caller.userId,
        updated_at: nowIso,
      });
    }
    await repo.decideRevision(revision.id, { status: decision, decided_by: caller.userId, decided_at: nowIso, decision_note: input.note ?? null });
    await auditRepository(trx).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: decision === 'approved' ? 'course.approve_revision' : 'course.reject_revision',
      entityType: 'course',
      entityId: courseId,
      change: { revisionId: revision.id, note: input.note ?? null },
    });
    return (await withPending(trx, [(await repo.find(mutualId, courseId)) as CourseRow], true))[0];
  });
}

/** Retires a course (pooling stops using it) or reinstates a retired one as approved. */
export async function setCourseRetired(db: Db, caller: Caller, courseId: string, retired: boolean, now: Date): Promise<Course> {
  const mutualId = mutualOf(caller);
  return db.transaction().execute(async (trx) => {
    const repo = courseRepository(trx);
    const row = await findScoped(trx, caller, courseId);
    if (!retired && row.status !== 'retired') throw new AppError('conflict', 'This course is not retired');
    if (!retired && !row.approved_at) throw new AppError('conflict', 'This course was never approved: approve its revision instead');
    await repo.update(mutualId, courseId, { status: retired ? 'retired' : 'approved', updated_at: now.toISOString() });
    await auditRepository(trx).record({ at: now, mutualId, actorUserId: caller.userId, action: retired ? 'course.retire' : 'course.reinstate', entityType: 'course', entityId: courseId, change: {} });
    return (await withPending(trx, [(await repo.find(mutualId, courseId)) as CourseRow], true))[0];
  });
}

export async function listCourseRevisions(db: Db, caller: Caller, courseId: string): Promise<CourseRevision[]> {
  const row = await findScoped(db, caller, courseId);
  const current = row.status === 'proposed' ? null : fieldsOf(row);
  return (await courseRepository(db).revisions(courseId)).map((r) => toRevision(r, current));
}
