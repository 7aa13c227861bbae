// A course's fields (what a revision proposes) ↔ its columns, and the check of its terms.
import type { CourseFields } from '@mutualis/contracts';
import { courseTermIssues, modeUsesRegions } from '@mutualis/domain/catalogue/index';
import type { Updateable } from 'kysely';
import type { CourseTable } from '../db/tables.ts';
import { invalidFields } from '../errors.ts';
import type { CourseRow } from './course-repository.ts';

type CourseColumns = Omit<CourseRow, 'provider_name' | 'topic_code' | 'topic_name_fr' | 'topic_name_en'>;

/** The fields of a course row (its approved version). */
export const fieldsOf = (r: CourseColumns): CourseFields => ({
  topicId: r.topic_id,
  titleFr: r.title_fr,
  titleEn: r.title_en,
  descriptionFr: r.description_fr,
  descriptionEn: r.description_en,
  objectives: r.objectives,
  content: r.content,
  durationHours: Number(r.duration_hours),
  language: r.language,
  mode: r.mode,
  regions: r.regions,
  periods: r.periods,
  fixedCostCents: r.fixed_cost_cents,
  seatCostCents: r.seat_cost_cents,
  minSeats: r.min_seats,
  maxSeats: r.max_seats,
  maxSessionsPerPeriod: r.max_sessions_per_period,
  validityMonths: r.validity_months,
});

/** The columns of a course's fields (regions dropped for a virtual course, lists sorted). */
export const columnsOf = (f: CourseFields): Updateable<CourseTable> => ({
  topic_id: f.topicId,
  title_fr: f.titleFr,
  title_en: f.titleEn,
  description_fr: f.descriptionFr,
  description_en: f.descriptionEn,
  objectives: f.objectives,
  content: f.content,
  duration_hours: f.durationHours,
  language: f.language,
  mode: f.mode,
  regions: modeUsesRegions(f.mode) ? [...f.regions].sort() : [],
  periods: [...f.periods].sort(),
  fixed_cost_cents: f.fixedCostCents,
  seat_cost_cents: f.seatCostCents,
  min_seats: f.minSeats,
  max_seats: f.maxSeats,
  max_sessions_per_period: f.maxSessionsPerPeriod,
  // a revision proposed before validities existed leaves the course's own as it is
  validity_months: f.validityMonths,
});

/** Refuses terms pooling could not use, naming every field. */
export function checkCourseTerms(f: CourseFields) {
  const issues = courseTermIssues(f);
  if (issues.length) {
    throw invalidFields(issues);
  }
}
