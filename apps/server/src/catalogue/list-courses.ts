import { type CourseListQuery, pageOf } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { courseRepository } from './course-repository.ts';
import { presentCourses } from './present.ts';
import { courseScopeOf } from './visible-course.ts';

/** A page of the courses the caller may see: all (coordinator), its provider's (trainer), approved ones (member contact). */
export async function listCourses(deps: Deps, caller: Caller, query: CourseListQuery) {
  const scope = courseScopeOf(caller);
  const { page, pageSize, ...filter } = query;
  if (scope.providerId && filter.providerId && filter.providerId !== scope.providerId)
    return pageOf([], 0, { page, pageSize });
  const f = {
    ...filter,
    providerId: scope.providerId ?? filter.providerId,
    status: scope.inUseOnly ? ('approved' as const) : filter.status,
    pendingReview: scope.inUseOnly ? undefined : filter.pendingReview === 'true',
  };
  const repo = courseRepository(deps.db);
  const [rows, total] = await Promise.all([
    repo.list(scope.mutualId, f, { limit: pageSize, offset: (page - 1) * pageSize }),
    repo.count(scope.mutualId, f),
  ]);
  return pageOf(await presentCourses(deps.db, rows, !scope.inUseOnly), total, { page, pageSize });
}
