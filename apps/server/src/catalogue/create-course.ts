import type { Course, CreateCourseRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { forbidden, invalid } from '../errors.ts';
import { requireActiveTopic } from '../topics/index.ts';
import { checkCourseTerms, columnsOf } from './course-fields.ts';
import { type CourseRow, courseRepository } from './course-repository.ts';
import { presentCourses } from './present.ts';
import { providerRepository } from './provider-repository.ts';

// A course row holds the APPROVED version (what pooling reads). Coordinators change it directly;
// a trainer's change becomes a pending revision (a full copy of the proposed fields) that a
// coordinator approves (applied to the row) or rejects. A course a trainer creates starts as
// 'proposed' and is not used until its first revision is approved.

/** Adds a course: approved at once for a coordinator, proposed with a pending revision for a trainer (its own provider's). */
export async function createCourse(deps: Deps, caller: Caller, input: CreateCourseRequest): Promise<Course> {
  const mutualId = mutualOf(caller);
  const isTrainer = caller.role === 'trainer';
  let providerId = input.providerId;
  if (isTrainer) {
    if (providerId && providerId !== caller.providerId) throw forbidden('own_provider_only');
    providerId = caller.providerId ?? undefined;
  }
  if (!providerId) throw invalid('providerId', 'required');
  const { providerId: _p, ...fields } = input;
  checkCourseTerms(fields);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    if ((await providerRepository(tx.db).findMany(mutualId, [providerId])).length === 0)
      throw invalid('providerId', 'no_such_provider');
    await requireActiveTopic(tx.db, mutualId, fields.topicId);
    const repo = courseRepository(tx.db);
    const nowIso = now.toISOString();
    const id = await repo.insert({
      ...columnsOf(fields),
      mutual_id: mutualId,
      provider_id: providerId,
      status: isTrainer ? 'proposed' : 'approved',
      approved_at: isTrainer ? null : nowIso,
      approved_by: isTrainer ? null : caller.userId,
    } as never);
    if (isTrainer) {
      await repo.insertRevision({
        mutual_id: mutualId,
        course_id: id,
        provider_id: providerId,
        proposed: JSON.stringify(fields),
        submitted_by: caller.userId,
        submitted_at: nowIso,
      });
    }
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'course.create',
      entityType: 'course',
      entityId: id,
      change: input,
    });
    return (await presentCourses(tx.db, [(await repo.find(mutualId, id)) as CourseRow], true))[0];
  });
}
