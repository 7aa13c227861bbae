import { courseIsInUse } from '@mutualis/domain/catalogue/index';
import type { Caller, Deps } from '../caller.ts';
import { notFound } from '../errors.ts';
import { type CourseRow, courseRepository } from './course-repository.ts';
import { type ProviderScope, providerScopeOf } from './visible-provider.ts';

/** Courses a caller may see: coordinators all, trainers their provider's, member contacts those in use (approved). */
export interface CourseScope extends ProviderScope {
  inUseOnly: boolean;
}

export function courseScopeOf(caller: Caller): CourseScope {
  return { ...providerScopeOf(caller), inUseOnly: caller.role !== 'coordinator' && caller.role !== 'trainer' };
}

/** The course if the caller may see it; 404 otherwise. */
export async function visibleCourse(deps: Deps, caller: Caller, courseId: string): Promise<CourseRow> {
  const scope = courseScopeOf(caller);
  const row = await courseRepository(deps.db).find(scope.mutualId, courseId);
  if (
    !row ||
    (scope.providerId && row.provider_id !== scope.providerId) ||
    (scope.inUseOnly && !courseIsInUse(row.status))
  ) {
    throw notFound('course');
  }
  return row;
}
