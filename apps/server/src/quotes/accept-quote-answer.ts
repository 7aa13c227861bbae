import type { AcceptQuoteRequest, QuoteRequest } from '@mutualis/contracts';
import {
  courseTermIssues,
  modeUsesRegions,
  quoteRequestIsOpen,
  type TrainingLanguage,
  type TrainingMode,
} from '@mutualis/domain/catalogue/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { courseRepository, providerRepository } from '../catalogue/index.ts';
import { AppError, invalid, invalidFields } from '../errors.ts';
import { getQuoteRequest } from './get-quote-request.ts';
import { quoteRepository } from './repository.ts';
import { visibleQuoteRequest } from './visible-quote-request.ts';

/** Accepts one answer of an open request: creates an approved course from it, or updates the given course of that provider (coordinators). */
export async function acceptQuoteAnswer(
  deps: Deps,
  caller: Caller,
  input: { quoteRequestId: string } & AcceptQuoteRequest,
): Promise<QuoteRequest> {
  const { quoteRequestId: id, ...choice } = input;
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const { row } = await visibleQuoteRequest(tx, caller, id);
    const mutualId = row.mutual_id;
    if (!quoteRequestIsOpen(row.status))
      throw new AppError('conflict', 'quote_request_closed', { params: { status: row.status } });
    const repo = quoteRepository(tx.db);
    const responses = await repo.responses(id);
    const chosen = responses.find((r) => r.id === input.responseId);
    if (!chosen) throw invalid('responseId', 'no_such_answer');
    if (chosen.status !== 'submitted') throw invalid('responseId', 'answer_not_submitted', { status: chosen.status });
    const nowIso = now.toISOString();
    const courses = courseRepository(tx.db);
    const o = input.course ?? {};
    const terms = {
      fixed_cost_cents: chosen.fixed_cost_cents,
      seat_cost_cents: chosen.seat_cost_cents,
      min_seats: chosen.min_seats,
      max_seats: chosen.max_seats,
      periods: chosen.periods,
    };
    let courseId: string;
    let created = false;
    if (input.courseId) {
      const course = await courses.find(mutualId, input.courseId);
      if (!course || course.provider_id !== chosen.provider_id)
        throw invalid('courseId', 'not_answering_providers_course');
      const merged = {
        mode: o.mode ?? course.mode,
        regions: o.regions ?? course.regions,
        periods: chosen.periods,
        fixedCostCents: chosen.fixed_cost_cents,
        seatCostCents: chosen.seat_cost_cents,
        minSeats: chosen.min_seats,
        maxSeats: chosen.max_seats,
        maxSessionsPerPeriod: o.maxSessionsPerPeriod ?? course.max_sessions_per_period,
        durationHours:
          o.durationHours ??
          (chosen.duration_hours === null ? Number(course.duration_hours) : Number(chosen.duration_hours)),
      };
      const issues = courseTermIssues(merged);
      if (issues.length) throw invalidFields(issues.map((i) => ({ ...i, field: `course.${i.field}` })));
      await courses.update(mutualId, course.id, {
        ...terms,
        mode: merged.mode,
        regions: modeUsesRegions(merged.mode) ? merged.regions : [],
        duration_hours: merged.durationHours,
        max_sessions_per_period: merged.maxSessionsPerPeriod,
        title_fr: o.titleFr ?? course.title_fr,
        title_en: o.titleEn ?? course.title_en,
        language: o.language ?? course.language,
        status: 'approved',
        approved_at: nowIso,
        approved_by: caller.userId,
        updated_at: nowIso,
      });
      courseId = course.id;
    } else {
      const provider = await providerRepository(tx.db).find(mutualId, chosen.provider_id);
      const mode = o.mode ?? (row.modes.length === 1 ? (row.modes[0] as TrainingMode) : 'in_person');
      const regions = o.regions ?? (row.region_code ? [row.region_code] : (provider?.regions ?? []));
      const merged = {
        mode,
        regions,
        periods: chosen.periods,
        fixedCostCents: chosen.fixed_cost_cents,
        seatCostCents: chosen.seat_cost_cents,
        minSeats: chosen.min_seats,
        maxSeats: chosen.max_seats,
        maxSessionsPerPeriod: o.maxSessionsPerPeriod ?? 1,
        durationHours: o.durationHours ?? (chosen.duration_hours === null ? 7 : Number(chosen.duration_hours)),
      };
      const issues = courseTermIssues(merged);
      if (issues.length) throw invalidFields(issues.map((i) => ({ ...i, field: `course.${i.field}` })));
      courseId = await courses.insert({
        mutual_id: mutualId,
        provider_id: chosen.provider_id,
        topic_id: row.topic_id,
        status: 'approved',
        title_fr: o.titleFr ?? row.title,
        title_en: o.titleEn ?? row.title,
        description_fr: row.details,
        description_en: row.details,
        content: chosen.conditions,
        duration_hours: merged.durationHours,
        language: o.language ?? (row.language as TrainingLanguage | null) ?? 'fr',
        mode,
        regions: modeUsesRegions(mode) ? [...regions].sort() : [],
        ...terms,
        max_sessions_per_period: merged.maxSessionsPerPeriod,
        approved_at: nowIso,
        approved_by: caller.userId,
      });
      created = true;
    }
    await repo.updateResponses(id, { status: 'submitted' }, { status: 'not_selected' });
    await repo.setResponseStatus(chosen.id, 'accepted');
    for (const p of await repo.providers(id)) {
      const winner = p.provider_id === chosen.provider_id;
      if (!winner && p.status === 'declined') continue;
      await repo.updateProvider(id, p.provider_id, { status: winner ? 'accepted' : 'not_selected' });
      await repo.event({
        mutual_id: mutualId,
        quote_request_id: id,
        provider_id: p.provider_id,
        at: nowIso,
        actor_user_id: caller.userId,
        kind: winner ? 'accepted' : 'not_selected',
        detail: JSON.stringify(winner ? { responseId: chosen.id, courseId } : {}),
      });
    }
    await repo.event({
      mutual_id: mutualId,
      quote_request_id: id,
      at: nowIso,
      actor_user_id: caller.userId,
      kind: created ? 'course_created' : 'course_updated',
      detail: JSON.stringify({ courseId, responseId: chosen.id }),
    });
    await repo.update(mutualId, id, {
      status: 'accepted',
      accepted_response_id: chosen.id,
      course_id: courseId,
      updated_at: nowIso,
    });
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'quote_request.accept',
      entityType: 'quote_request',
      entityId: id,
      change: { ...choice, courseId, created },
    });
    return getQuoteRequest(tx, caller, { quoteRequestId: id });
  });
}
