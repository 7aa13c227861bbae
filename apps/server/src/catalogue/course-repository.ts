import type { CourseStatus } from '@mutualis/domain/catalogue/index';
import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../db/client.ts';
import type { CourseRevisionTable, CourseTable } from '../db/tables.ts';

export type CourseRow = Selectable<CourseTable> & {
  provider_name: string;
  topic_code: string;
  topic_name_fr: string;
  topic_name_en: string;
};
export type CourseRevisionRow = Selectable<CourseRevisionTable>;

export interface CourseFilter {
  providerId?: string;
  status?: CourseStatus;
  topicId?: string;
  pendingReview?: boolean;
  ids?: string[];
}

/** Courses (their approved version) and the revisions trainers propose. */
export function courseRepository(db: Db) {
  const base = () =>
    db
      .selectFrom('course as c')
      .innerJoin('provider as p', 'p.id', 'c.provider_id')
      .innerJoin('topic as t', 't.id', 'c.topic_id')
      .selectAll('c')
      .select([
        'p.name as provider_name',
        't.code as topic_code',
        't.name_fr as topic_name_fr',
        't.name_en as topic_name_en',
      ]);
  const filtered = (mutualId: string, f: CourseFilter) => {
    let q = base().where('c.mutual_id', '=', mutualId);
    if (f.providerId) q = q.where('c.provider_id', '=', f.providerId);
    if (f.status) q = q.where('c.status', '=', f.status);
    if (f.topicId) q = q.where('c.topic_id', '=', f.topicId);
    if (f.ids) q = f.ids.length ? q.where('c.id', 'in', f.ids) : q.where('c.id', 'is', null);
    if (f.pendingReview)
      q = q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('course_revision as r')
            .select('r.id')
            .whereRef('r.course_id', '=', 'c.id')
            .where('r.status', '=', 'pending'),
        ),
      );
    return q;
  };
  return {
    /** A page of the courses, by topic code then French title. */
    list(mutualId: string, f: CourseFilter, page: { limit: number; offset: number }): Promise<CourseRow[]> {
      return filtered(mutualId, f)
        .orderBy('t.code')
        .orderBy('c.title_fr')
        .orderBy('c.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
    },
    async count(mutualId: string, f: CourseFilter): Promise<number> {
      const row = await filtered(mutualId, f)
        .clearSelect()
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      return row.n;
    },
    find(mutualId: string, id: string): Promise<CourseRow | undefined> {
      return base().where('c.mutual_id', '=', mutualId).where('c.id', '=', id).executeTakeFirst();
    },
    /** The approved courses pooling and the demand board read (small: one row per course). */
    approved(mutualId: string) {
      return db
        .selectFrom('course')
        .select([
          'id',
          'provider_id',
          'topic_id',
          'language',
          'mode',
          'regions',
          'periods',
          'min_seats',
          'max_seats',
          'fixed_cost_cents',
          'seat_cost_cents',
          'max_sessions_per_period',
          'status',
        ])
        .where('mutual_id', '=', mutualId)
        .where('status', '=', 'approved' satisfies CourseStatus)
        .execute();
    },
    async insert(values: Insertable<CourseTable>) {
      return (await db.insertInto('course').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },
    async update(mutualId: string, id: string, values: Updateable<CourseTable>) {
      await db.updateTable('course').set(values).where('mutual_id', '=', mutualId).where('id', '=', id).execute();
    },
    /** A page of a course's revisions, newest first. */
    revisions(courseId: string, page: { limit: number; offset: number }) {
      return db
        .selectFrom('course_revision')
        .selectAll()
        .where('course_id', '=', courseId)
        .orderBy('submitted_at', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
    },
    async countRevisions(courseId: string): Promise<number> {
      const row = await db
        .selectFrom('course_revision')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('course_id', '=', courseId)
        .executeTakeFirstOrThrow();
      return row.n;
    },
    pendingRevisions(courseIds: string[]) {
      if (courseIds.length === 0) return Promise.resolve([] as CourseRevisionRow[]);
      return db
        .selectFrom('course_revision')
        .selectAll()
        .where('course_id', 'in', courseIds)
        .where('status', '=', 'pending')
        .execute();
    },
    findRevision(courseId: string, id: string) {
      return db
        .selectFrom('course_revision')
        .selectAll()
        .where('course_id', '=', courseId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    async insertRevision(values: Insertable<CourseRevisionTable>) {
      return db.insertInto('course_revision').values(values).returningAll().executeTakeFirstOrThrow();
    },
    async supersedePending(courseId: string, now: string) {
      await db
        .updateTable('course_revision')
        .set({ status: 'superseded', decided_at: now })
        .where('course_id', '=', courseId)
        .where('status', '=', 'pending')
        .execute();
    },
    async decideRevision(id: string, values: Updateable<CourseRevisionTable>) {
      await db.updateTable('course_revision').set(values).where('id', '=', id).execute();
    },
  };
}
