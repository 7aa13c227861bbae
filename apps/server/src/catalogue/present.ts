// Provider and course rows → API answers.
import type { Course, CourseFields, CourseRevision, Provider } from '@mutualis/contracts';
import { changedFields } from '@mutualis/domain/catalogue/index';
import type { Db } from '../db/client.ts';
import { fieldsOf } from './course-fields.ts';
import { type CourseRevisionRow, type CourseRow, courseRepository } from './course-repository.ts';
import type { ProviderRow } from './provider-repository.ts';

export const presentProvider = (r: ProviderRow): Provider => ({
  id: r.id,
  name: r.name,
  kind: r.kind as Provider['kind'],
  accreditationNumber: r.accreditation_number,
  email: r.email,
  phone: r.phone,
  website: r.website,
  address: r.address,
  regions: r.regions,
  contacts: r.contacts ?? [],
  notes: r.notes,
  active: r.active,
  courseCount: r.course_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A revision, with the fields it changes from `current` (all its fields for a course never approved). */
export const presentCourseRevision = (r: CourseRevisionRow, current: CourseFields | null): CourseRevision => {
  const proposed = r.proposed as Partial<CourseFields>;
  return {
    id: r.id,
    courseId: r.course_id,
    status: r.status,
    proposed,
    changedFields: current
      ? changedFields(current as unknown as Record<string, unknown>, proposed)
      : Object.keys(proposed).sort(),
    submittedBy: r.submitted_by,
    submittedAt: r.submitted_at,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
  };
};

/** The approved fields a revision is compared with: none while the course was never approved. */
export const approvedFieldsOf = (r: CourseRow): CourseFields | null => (r.status === 'proposed' ? null : fieldsOf(r));

export function presentCourse(r: CourseRow, pending: CourseRevisionRow | null): Course {
  const fields = fieldsOf(r);
  return {
    id: r.id,
    providerId: r.provider_id,
    providerName: r.provider_name,
    topicCode: r.topic_code,
    topicNameFr: r.topic_name_fr,
    topicNameEn: r.topic_name_en,
    status: r.status,
    ...fields,
    approvedAt: r.approved_at,
    pendingRevision: pending ? presentCourseRevision(pending, approvedFieldsOf(r)) : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Courses in the order given, with their pending revision when the caller may see revisions. */
export async function presentCourses(db: Db, rows: CourseRow[], showPending: boolean): Promise<Course[]> {
  const pending = showPending ? await courseRepository(db).pendingRevisions(rows.map((r) => r.id)) : [];
  const byCourse = new Map(pending.map((p) => [p.course_id, p]));
  return rows.map((r) => presentCourse(r, byCourse.get(r.id) ?? null));
}
