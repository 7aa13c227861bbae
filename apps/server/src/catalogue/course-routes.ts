import {
  courseIdParamSchema,
  courseListQuerySchema,
  courseListSchema,
  courseRevisionListSchema,
  courseSchema,
  createCourseRequestSchema,
  reviewCourseRevisionRequestSchema,
  updateCourseRequestSchema,
} from '@mutualis/contracts';
import {
  createCourse,
  getCourse,
  listCourseRevisions,
  listCourses,
  reviewCourseRevision,
  setCourseRetired,
  updateCourse,
} from './manage-courses.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ body: { required: true, ...json(schema) } });

/**
 * The course catalogue (pooling's offers). Coordinators change courses directly; a trainer's
 * creations and changes wait as revisions until a coordinator approves them. Member contacts
 * see approved courses.
 */
export function registerCourseRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/courses',
      tags: ['catalogue'],
      summary: 'Courses: all (coordinator), its provider’s (trainer), approved ones (member contact)',
      access: ['coordinator', 'trainer', 'member_contact'],
      request: { query: courseListQuerySchema },
      responses: { 200: { description: 'Courses', ...json(courseListSchema) }, ...problemResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const items = await listCourses(deps.db, callerOf(c), { ...q, pendingReview: q.pendingReview === 'true' });
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/courses',
      tags: ['catalogue'],
      summary: 'Add a course: approved at once for a coordinator, proposed (pending approval) for a trainer',
      access: ['coordinator', 'trainer'],
      request: body(createCourseRequestSchema),
      responses: { 201: { description: 'Created', ...json(courseSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await createCourse(deps.db, callerOf(c), c.req.valid('json'), deps.now()), 201),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/courses/{courseId}',
      tags: ['catalogue'],
      summary: 'One course, with the pending revision if any',
      access: ['coordinator', 'trainer', 'member_contact'],
      request: { params: courseIdParamSchema },
      responses: { 200: { description: 'The course', ...json(courseSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await getCourse(deps.db, callerOf(c), c.req.valid('param').courseId), 200),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/api/courses/{courseId}',
      tags: ['catalogue'],
      summary: 'Change a course: applied at once for a coordinator, a pending revision for a trainer',
      access: ['coordinator', 'trainer'],
      request: { params: courseIdParamSchema, ...body(updateCourseRequestSchema) },
      responses: { 200: { description: 'Updated (or revision pending)', ...json(courseSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await updateCourse(deps.db, callerOf(c), c.req.valid('param').courseId, c.req.valid('json'), deps.now()), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/courses/{courseId}/revisions',
      tags: ['catalogue'],
      summary: 'Every revision of a course, newest first, with the fields each changes',
      access: ['coordinator', 'trainer'],
      request: { params: courseIdParamSchema },
      responses: { 200: { description: 'Revisions', ...json(courseRevisionListSchema) }, ...problemResponses },
    }),
    async (c) => c.json({ items: await listCourseRevisions(deps.db, callerOf(c), c.req.valid('param').courseId) }, 200),
  );

  for (const [action, decision] of [
    ['approve', 'approved'],
    ['reject', 'rejected'],
  ] as const) {
    app.openapi(
      route({
        method: 'post',
        path: `/api/courses/{courseId}/${action}`,
        tags: ['catalogue'],
        summary: decision === 'approved' ? 'Approve a pending revision: it becomes the version pooling uses' : 'Reject a pending revision',
        access: ['coordinator'],
        request: { params: courseIdParamSchema, ...body(reviewCourseRevisionRequestSchema) },
        responses: { 200: { description: 'Decided', ...json(courseSchema) }, ...problemResponses },
      }),
      async (c) =>
        c.json(await reviewCourseRevision(deps.db, callerOf(c), c.req.valid('param').courseId, c.req.valid('json'), decision, deps.now()), 200),
    );
  }

  for (const [action, retired] of [
    ['retire', true],
    ['reinstate', false],
  ] as const) {
    app.openapi(
      route({
        method: 'post',
        path: `/api/courses/{courseId}/${action}`,
        tags: ['catalogue'],
        summary: retired ? 'Retire a course (pooling stops using it)' : 'Reinstate a retired course as approved',
        access: ['coordinator'],
        request: { params: courseIdParamSchema },
        responses: { 200: { description: 'Done', ...json(courseSchema) }, ...problemResponses },
      }),
      async (c) => c.json(await setCourseRetired(deps.db, callerOf(c), c.req.valid('param').courseId, retired, deps.now()), 200),
    );
  }
}
