import type { Course } from '@mutualis/contracts';
import type { Caller, Deps } from '../caller.ts';
import { presentCourses } from './present.ts';
import { courseScopeOf, visibleCourse } from './visible-course.ts';

/** One course the caller may see, with its pending revision for coordinators and trainers. */
export async function getCourse(deps: Deps, caller: Caller, input: { courseId: string }): Promise<Course> {
  const row = await visibleCourse(deps, caller, input.courseId);
  return (await presentCourses(deps.db, [row], !courseScopeOf(caller).inUseOnly))[0];
}
