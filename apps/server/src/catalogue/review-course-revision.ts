import type { Course, CourseFields } from '@mutualis/contracts';
import type { CourseRevisionDecision } from '@mutualis/domain/catalogue/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { AppError, invalid } from '../errors.ts';
import { checkCourseTerms, columnsOf, fieldsOf } from './course-fields.ts';
import { type CourseRow, courseRepository } from './course-repository.ts';
import { presentCourses } from './present.ts';
import { visibleCourse } from './visible-course.ts';

/** Applies a pending revision to the course, which becomes approved (unless retired), or rejects it (coordinators). */
export async function reviewCourseRevision(
  deps: Deps,
  caller: Caller,
  input: { courseId: string; revisionId: string; note?: string; decision: CourseRevisionDecision },
): Promise<Course> {
  const { courseId, decision } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const repo = courseRepository(tx.db);
    const row = await visibleCourse(tx, caller, courseId);
    const mutualId = row.mutual_id;
    const revision = await repo.findRevision(courseId, input.revisionId);
    if (!revision) throw invalid('revisionId', 'no_such_revision');
    if (revision.status !== 'pending')
      throw new AppError('conflict', 'revision_already_reviewed', { params: { status: revision.status } });
    const nowIso = now.toISOString();
    if (decision === 'approved') {
      const merged = { ...fieldsOf(row), ...(revision.proposed as Partial<CourseFields>) } as CourseFields;
      checkCourseTerms(merged);
      await repo.update(mutualId, courseId, {
        ...columnsOf(merged),
        status: row.status === 'retired' ? 'retired' : 'approved',
        approved_at: nowIso,
        approved_by: caller.userId,
        updated_at: nowIso,
      });
    }
    await repo.decideRevision(revision.id, {
      status: decision,
      decided_by: caller.userId,
      decided_at: nowIso,
      decision_note: input.note ?? null,
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: decision === 'approved' ? 'course.approve_revision' : 'course.reject_revision',
      entityType: 'course',
      entityId: courseId,
      change: { revisionId: revision.id, note: input.note ?? null },
    });
    return (await presentCourses(tx.db, [(await repo.find(mutualId, courseId)) as CourseRow], true))[0];
  });
}
