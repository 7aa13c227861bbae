import { courseEndpoints as courses } from '@mutualis/contracts';
import { COURSE_READER_ROLES, PROVIDER_RECORD_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { createCourse } from './create-course.ts';
import { getCourse } from './get-course.ts';
import { listCourseRevisions } from './list-course-revisions.ts';
import { listCourses } from './list-courses.ts';
import { reviewCourseRevision } from './review-course-revision.ts';
import { setCourseRetired } from './set-course-retired.ts';
import { updateCourse } from './update-course.ts';

/**
 * The course catalogue (pooling's offers). Coordinators change courses directly; a trainer's
 * creations and changes wait as revisions until a coordinator approves them. Member contacts
 * see approved courses.
 */
export function registerCourseRoutes(app: App, deps: Deps) {
  serve(app, courses.list, COURSE_READER_ROLES, ({ query }, caller) => listCourses(deps, caller, query));
  serve(app, courses.create, PROVIDER_RECORD_ROLES, ({ body }, caller) => createCourse(deps, caller, body));
  serve(app, courses.get, COURSE_READER_ROLES, ({ params }, caller) => getCourse(deps, caller, params));
  serve(app, courses.update, PROVIDER_RECORD_ROLES, ({ params, body }, caller) =>
    updateCourse(deps, caller, { courseId: params.courseId, changes: body }),
  );
  serve(app, courses.revisions, PROVIDER_RECORD_ROLES, ({ params, query }, caller) =>
    listCourseRevisions(deps, caller, { ...params, ...query }),
  );
  serve(app, courses.approve, ['coordinator'], ({ params, body }, caller) =>
    reviewCourseRevision(deps, caller, { ...params, ...body, decision: 'approved' }),
  );
  serve(app, courses.reject, ['coordinator'], ({ params, body }, caller) =>
    reviewCourseRevision(deps, caller, { ...params, ...body, decision: 'rejected' }),
  );
  serve(app, courses.retire, ['coordinator'], ({ params }, caller) =>
    setCourseRetired(deps, caller, { ...params, retired: true }),
  );
  serve(app, courses.reinstate, ['coordinator'], ({ params }, caller) =>
    setCourseRetired(deps, caller, { ...params, retired: false }),
  );
}
