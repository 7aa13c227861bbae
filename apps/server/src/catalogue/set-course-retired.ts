import type { Course } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError } from '../errors.ts';
import { type CourseRow, courseRepository } from './course-repository.ts';
import { presentCourses } from './present.ts';
import { visibleCourse } from './visible-course.ts';

/** Retires a course (pooling stops using it) or reinstates a retired one as approved (coordinators). */
export async function setCourseRetired(
  deps: Deps,
  caller: Caller,
  input: { courseId: string; retired: boolean },
): Promise<Course> {
  const { courseId, retired } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = courseRepository(tx.db);
    const row = await visibleCourse(tx, caller, courseId);
    if (!retired && row.status !== 'retired') throw new AppError('conflict', 'course_not_retired');
    if (!retired && !row.approved_at) throw new AppError('conflict', 'course_never_approved');
    await repo.update(row.mutual_id, courseId, {
      status: retired ? 'retired' : 'approved',
      updated_at: now.toISOString(),
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId: row.mutual_id,
      actorUserId: caller.userId,
      action: retired ? 'course.retire' : 'course.reinstate',
      entityType: 'course',
      entityId: courseId,
      change: {},
    });
    return (await presentCourses(tx.db, [(await repo.find(row.mutual_id, courseId)) as CourseRow], true))[0];
  });
}
