import { pageOf } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { courseRepository } from './course-repository.ts';
import { approvedFieldsOf, presentCourseRevision } from './present.ts';
import { visibleCourse } from './visible-course.ts';

/** A page of a course's revisions, newest first, each with the fields it changes from the approved version. */
export async function listCourseRevisions(
  deps: Deps,
  caller: Caller,
  input: { courseId: string; page: number; pageSize: number },
) {
  const { courseId, page, pageSize } = input;
  const row = await visibleCourse(deps, caller, courseId);
  const repo = courseRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.revisions(courseId, { limit: pageSize, offset: (page - 1) * pageSize }),
    repo.countRevisions(courseId),
  ]);
  const current = approvedFieldsOf(row);
  return pageOf(
    rows.map((r) => presentCourseRevision(r, current)),
    total,
    { page, pageSize },
  );
}
