import type { Course, CourseFields, UpdateCourseRequest } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError } from '../errors.ts';
import { requireActiveTopic } from '../topics/index.ts';
import { checkCourseTerms, columnsOf, fieldsOf } from './course-fields.ts';
import { type CourseRow, courseRepository } from './course-repository.ts';
import { presentCourses } from './present.ts';
import { visibleCourse } from './visible-course.ts';

/** Changes a course: applied at once for a coordinator, a pending revision (superseding its previous one) for a trainer. */
export async function updateCourse(
  deps: Deps,
  caller: Caller,
  input: { courseId: string; changes: UpdateCourseRequest },
): Promise<Course> {
  const { courseId: id, changes } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = courseRepository(tx.db);
    const row = await visibleCourse(tx, caller, id);
    const mutualId = row.mutual_id;
    if (row.status === 'retired' && caller.role === 'trainer') throw new AppError('conflict', 'course_retired');
    const [pending] = await repo.pendingRevisions([id]);
    // A trainer builds on its own pending proposal, if any.
    const base =
      caller.role === 'trainer' && pending
        ? { ...fieldsOf(row), ...(pending.proposed as Partial<CourseFields>) }
        : fieldsOf(row);
    const merged: CourseFields = {
      ...base,
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    } as CourseFields;
    checkCourseTerms(merged);
    if (changes.topicId && changes.topicId !== row.topic_id) await requireActiveTopic(tx.db, mutualId, changes.topicId);
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
      await auditRepository(tx.db).record({
        at: now,
        mutualId,
        actorUserId: caller.userId,
        action: 'course.propose_change',
        entityType: 'course',
        entityId: id,
        change: changes,
      });
    } else {
      await repo.update(mutualId, id, { ...columnsOf(merged), updated_at: nowIso });
      await auditRepository(tx.db).record({
        at: now,
        mutualId,
        actorUserId: caller.userId,
        action: 'course.update',
        entityType: 'course',
        entityId: id,
        change: changes,
      });
    }
    return (await presentCourses(tx.db, [(await repo.find(mutualId, id)) as CourseRow], true))[0];
  });
}
