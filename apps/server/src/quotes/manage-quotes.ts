import type { AcceptQuoteRequest, CreateQuoteRequest, QuoteAnswerRequest, QuoteRequest } from '@mutualis/contracts';
import { compareQuoteAnswers, courseTermIssues } from '@mutualis/domain/catalogue/index';
import { topicWithDescendants } from '@mutualis/domain/topics/index';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { auditRepository } from '../audit/index.ts';
import { courseRepository } from '../catalogue/index.ts';
import { mutualRepository } from '../mutuals/index.ts';
import { providerRepository } from '../catalogue/index.ts';
import { type QuoteRequestRow, quoteRepository } from './repository.ts';
import { topicRepository } from '../topics/index.ts';
import type { ProviderContact } from '../db/tables.ts';
import { AppError, invalid, notFound } from '../errors.ts';
import { mutualOf } from '../caller.ts';
import type { Caller } from '../caller.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { requireActiveTopic } from '../topics/index.ts';

// A request for quote goes to chosen providers (e-mail + trainer portal); each provider answers
// (or declines); the coordinator compares the answers and accepts one, which creates or
// updates an approved course. Every step is a dated quote_event row.

const NO_PROVIDER = '00000000-0000-0000-0000-000000000000';

function scopeOf(caller: Caller) {
  const mutualId = mutualOf(caller);
  return { mutualId, providerId: caller.role === 'trainer' ? (caller.providerId ?? NO_PROVIDER) : null };
}

function requestEmail(input: { title: string; topic: string; seats: number; members: number; periods: string[]; regionCode: string | null; language: string | null; dueOn: string | null; link: string; mutualName: string }) {
  const periods = input.periods.join(', ') || '—';
  const subject = `Demande de soumission / Request for quote: ${input.title}`;
  const text = [
    `${input.mutualName} vous invite à soumettre un prix pour la formation « ${input.title} » (${input.topic}).`,
    `Places visées : ${input.seats} (${input.members} entreprises) · Périodes : ${periods} · Région : ${input.regionCode ?? '—'} · Langue : ${input.language ?? '—'}${input.dueOn ? ` · Réponse attendue avant le ${input.dueOn}` : ''}.`,
    `Répondez dans le portail formateur : ${input.link}`,
    '---',
    `${input.mutualName} invites you to quote for the training "${input.title}" (${input.topic}).`,
    `Seats: ${input.seats} (${input.members} firms) · Periods: ${periods} · Region: ${input.regionCode ?? '—'} · Language: ${input.language ?? '—'}${input.dueOn ? ` · Answer by ${input.dueOn}` : ''}.`,
    `Answer in the trainer portal: ${input.link}`,
    '— Mutualis',
  ].join('\n\n');
  const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${esc(subject)}</title></head><body>${text
    .split('\n\n')
    .map((p) => `<p>${esc(p)}</p>`)
    .join('')}</body></html>`;
  return { subject, text, html };
}

const providerAddress = (p: { provider_email: string | null; provider_contacts: ProviderContact[] | null }) =>
  p.provider_email ?? (p.provider_contacts ?? []).find((c) => c.email)?.email ?? null;

export async function createQuoteRequest(db: Db, config: Config, caller: Caller, input: CreateQuoteRequest, now: Date) {
  const mutualId = mutualOf(caller);
  return db.transaction().execute(async (trx) => {
    const topic = await requireActiveTopic(trx, mutualId, input.topicId);
    const providerIds = [...new Set(input.providerIds)];
    const providers = await providerRepository(trx).findMany(mutualId, providerIds);
    const unknown = providerIds.filter((id) => !providers.some((p) => p.id === id));
    if (unknown.length) throw invalid('providerIds', `no such provider in this mutual: ${unknown.join(', ')}`);
    const inactive = providers.filter((p) => !p.active);
    if (inactive.length) throw invalid('providerIds', `inactive provider: ${inactive.map((p) => p.name).join(', ')}`);
    const topics = await topicRepository(trx).codes(mutualId);
    const topicIds = topicWithDescendants(
      topics.map((t) => ({ id: t.id, parentId: t.parent_id })),
      topic.id,
    );
    const repo = quoteRepository(trx);
    const needs = await repo.cellNeeds(mutualId, {
      topicIds,
      regionCode: input.regionCode,
      language: input.language,
      periods: input.periods,
      needIds: input.needIds ? [...new Set(input.needIds)] : undefined,
    });
    if (input.needIds) {
      const found = new Set(needs.map((n) => n.id));
      const missing = [...new Set(input.needIds)].filter((id) => !found.has(id));
      if (missing.length) throw invalid('needIds', `not needs of this mutual on this topic: ${missing.join(', ')}`);
      const closed = needs.filter((n) => n.status !== 'open');
      if (closed.length) throw invalid('needIds', `not open: ${closed.map((n) => n.id).join(', ')}`);
    }
    if (needs.length === 0) throw invalid('needIds', 'no open need matches this request');
    const seats = needs.reduce((s, n) => s + n.seats, 0);
    const members = new Set(needs.map((n) => n.member_id)).size;
    const nowIso = now.toISOString();
    const id = await repo.insert({
      mutual_id: mutualId,
      topic_id: topic.id,
      title: input.title,
      details: input.details ?? '',
      region_code: input.regionCode ?? null,
      language: input.language ?? null,
      modes: input.modes ?? [],
      periods: [...(input.periods ?? [])].sort(),
      seats,
      members_count: members,
      need_ids: needs.map((n) => n.id),
      response_due_on: input.responseDueOn ?? null,
      created_by: caller.userId,
      created_at: nowIso,
      updated_at: nowIso,
    });
    await repo.insertProviders(providers.map((p) => ({ quote_request_id: id, provider_id: p.id, mutual_id: mutualId, sent_at: nowIso })));
    await repo.event({ mutual_id: mutualId, quote_request_id: id, at: nowIso, actor_user_id: caller.userId, kind: 'created', detail: JSON.stringify({ seats, members, needs: needs.length }) });
    const mutual = await mutualRepository(trx).find(mutualId);
    if (!mutual) throw notFound('Mutual');
    for (const p of await repo.providers(id)) {
      const to = providerAddress(p);
      if (to) {
        const email = requestEmail({
          title: input.title,
          topic: topic.name_fr,
          seats,
          members,
          periods: input.periods ?? [],
          regionCode: input.regionCode ?? null,
          language: input.language ?? null,
          dueOn: input.responseDueOn ?? null,
          link: `${config.PUBLIC_URL}/quotes/${id}`,
          mutualName: mutual.name,
        });
        await enqueueEmail(trx, { mutualId, kind: 'quote_request', to, locale: 'fr', email }, now);
      }
      await repo.event({
        mutual_id: mutualId,
        quote_request_id: id,
        provider_id: p.provider_id,
        at: nowIso,
        actor_user_id: caller.userId,
        kind: 'sent',
        detail: JSON.stringify(to ? { to } : { to: null, note: 'no e-mail address: visible in the trainer portal only' }),
      });
    }
    await auditRepository(trx).record({ at: now, mutualId, actorUserId: caller.userId, action: 'quote_request.create', entityType: 'quote_request', entityId: id, change: input });
    return getQuoteRequest(trx, caller, id);
  });
}

export async function listQuoteRequests(db: Db, caller: Caller, f: { status?: QuoteRequestRow['status']; topicId?: string }) {
  const scope = scopeOf(caller);
  const rows = await quoteRepository(db).list(scope.mutualId, { ...f, providerId: scope.providerId ?? undefined });
  return rows.map((r) => ({
    id: r.id,
    topicId: r.topic_id,
    topicCode: r.topic_code,
    title: r.title,
    regionCode: r.region_code,
    language: r.language,
    periods: r.periods,
    seats: r.seats,
    membersCount: r.members_count,
    responseDueOn: r.response_due_on,
    status: r.status,
    providerCount: scope.providerId ? 1 : r.provider_count,
    answerCount: scope.providerId ? 0 : r.answer_count,
    myStatus: (r.my_status ?? null) as 'sent' | 'answered' | 'declined' | 'accepted' | 'not_selected' | null,
    createdAt: r.created_at,
  }));
}

async function findScoped(db: Db, caller: Caller, id: string) {
  const scope = scopeOf(caller);
  const row = await quoteRepository(db).find(scope.mutualId, id);
  if (!row) throw notFound('Request for quote');
  if (scope.providerId) {
    const providers = await quoteRepository(db).providers(id);
    if (!providers.some((p) => p.provider_id === scope.providerId)) throw notFound('Request for quote');
  }
  return { row, scope };
}

/** A request with its providers, answers (compared for coordinators) and history; a trainer sees only its own part. */
export async function getQuoteRequest(db: Db, caller: Caller, id: string): Promise<QuoteRequest> {
  const { row, scope } = await findScoped(db, caller, id);
  const repo = quoteRepository(db);
  const [providers, responses, events] = await Promise.all([repo.providers(id), repo.responses(id), repo.events(id)]);
  const mine = <T extends { provider_id: string | null }>(list: T[]) => (scope.providerId ? list.filter((x) => x.provider_id === scope.providerId) : list);
  const current = responses.filter((r) => r.status === 'submitted' || r.status === 'accepted');
  const compared = scope.providerId
    ? new Map()
    : new Map(
        compareQuoteAnswers(
          current.map((r) => ({ id: r.id, fixedCostCents: r.fixed_cost_cents, seatCostCents: r.seat_cost_cents, minSeats: r.min_seats, maxSeats: r.max_seats })),
          row.seats,
        ).map((c, i) => [c.id, { rank: i + 1, totalCents: c.totalCents, perSeatCents: c.perSeatCents, meetsMinimum: c.meetsMinimum }]),
      );
  const visibleEvents = scope.providerId
    ? events.filter((e) => e.provider_id === scope.providerId || (e.provider_id === null && ['created', 'cancelled'].includes(e.kind)))
    : events;
  return {
    id: row.id,
    topicId: row.topic_id,
    topicCode: row.topic_code,
    topicNameFr: row.topic_name_fr,
    topicNameEn: row.topic_name_en,
    title: row.title,
    details: row.details,
    regionCode: row.region_code,
    language: row.language,
    modes: row.modes,
    periods: row.periods,
    seats: row.seats,
    membersCount: row.members_count,
    needIds: scope.providerId ? [] : row.need_ids,
    responseDueOn: row.response_due_on,
    status: row.status,
    acceptedResponseId: scope.providerId ? null : row.accepted_response_id,
    courseId: scope.providerId ? null : row.course_id,
    providers: mine(providers).map((p) => ({ providerId: p.provider_id, providerName: p.provider_name, status: p.status, sentAt: p.sent_at, answeredAt: p.answered_at })),
    responses: mine(responses).map((r) => ({
      id: r.id,
      providerId: r.provider_id,
      providerName: r.provider_name,
      fixedCostCents: r.fixed_cost_cents,
      seatCostCents: r.seat_cost_cents,
      minSeats: r.min_seats,
      maxSeats: r.max_seats,
      periods: r.periods,
      durationHours: r.duration_hours === null ? null : Number(r.duration_hours),
      conditions: r.conditions,
      status: r.status,
      submittedAt: r.submitted_at,
      comparison: compared.get(r.id) ?? null,
    })),
    events: visibleEvents.map((e) => ({
      at: e.at,
      kind: e.kind,
      providerId: e.provider_id,
      actorName: e.actor_name,
      detail: (e.detail ?? {}) as Record<string, unknown>,
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The open request a trainer answers or declines for its provider; its previous submitted answer is superseded. */
async function openForProvider(trx: Db, caller: Caller, id: string) {
  const { row, scope } = await findScoped(trx, caller, id);
  const providerId = scope.providerId as string;
  if (row.status !== 'open') throw new AppError('conflict', `This request is ${row.status}`);
  const repo = quoteRepository(trx);
  await repo.updateResponses(id, { providerId, status: 'submitted' }, { status: 'superseded' });
  return { scope, providerId, repo };
}

/** The trainer's answer for its provider; a new answer supersedes its previous one. */
export async function answerQuoteRequest(db: Db, caller: Caller, id: string, input: QuoteAnswerRequest, now: Date) {
  return db.transaction().execute(async (trx) => {
    const { scope, providerId, repo } = await openForProvider(trx, caller, id);
    const nowIso = now.toISOString();
    const responseId = await repo.insertResponse({
      mutual_id: scope.mutualId,
      quote_request_id: id,
      provider_id: providerId,
      fixed_cost_cents: input.fixedCostCents,
      seat_cost_cents: input.seatCostCents,
      min_seats: input.minSeats,
      max_seats: input.maxSeats,
      periods: [...input.periods].sort(),
      duration_hours: input.durationHours ?? null,
      conditions: input.conditions ?? '',
      submitted_by: caller.userId,
      submitted_at: nowIso,
    });
    await repo.updateProvider(id, providerId, { status: 'answered', answered_at: nowIso });
    await repo.event({ mutual_id: scope.mutualId, quote_request_id: id, provider_id: providerId, at: nowIso, actor_user_id: caller.userId, kind: 'answered', detail: JSON.stringify({ responseId, ...input }) });
    await auditRepository(trx).record({ at: now, mutualId: scope.mutualId, actorUserId: caller.userId, action: 'quote_request.answer', entityType: 'quote_request', entityId: id, change: { responseId, ...input } });
    return getQuoteRequest(trx, caller, id);
  });
}

export async function declineQuoteRequest(db: Db, caller: Caller, id: string, reason: string | undefined, now: Date) {
  return db.transaction().execute(async (trx) => {
    const { scope, providerId, repo } = await openForProvider(trx, caller, id);
    const nowIso = now.toISOString();
    await repo.updateProvider(id, providerId, { status: 'declined', answered_at: nowIso });
    await repo.event({ mutual_id: scope.mutualId, quote_request_id: id, provider_id: providerId, at: nowIso, actor_user_id: caller.userId, kind: 'declined', detail: JSON.stringify({ reason: reason ?? null }) });
    await auditRepository(trx).record({ at: now, mutualId: scope.mutualId, actorUserId: caller.userId, action: 'quote_request.decline', entityType: 'quote_request', entityId: id, change: { reason: reason ?? null } });
    return getQuoteRequest(trx, caller, id);
  });
}

export async function cancelQuoteRequest(db: Db, caller: Caller, id: string, reason: string | undefined, now: Date) {
  return db.transaction().execute(async (trx) => {
    const { row, scope } = await findScoped(trx, caller, id);
    if (row.status !== 'open') throw new AppError('conflict', `This request is ${row.status}`);
    const nowIso = now.toISOString();
    await quoteRepository(trx).update(scope.mutualId, id, { status: 'cancelled', updated_at: nowIso });
    await quoteRepository(trx).event({ mutual_id: scope.mutualId, quote_request_id: id, at: nowIso, actor_user_id: caller.userId, kind: 'cancelled', detail: JSON.stringify({ reason: reason ?? null }) });
    await auditRepository(trx).record({ at: now, mutualId: scope.mutualId, actorUserId: caller.userId, action: 'quote_request.cancel', entityType: 'quote_request', entityId: id, change: { reason: reason ?? null } });
    return getQuoteRequest(trx, caller, id);
  });
}

/** Accepts one answer: creates an approved course from it (or updates the given course of that provider). */
export async function acceptQuoteAnswer(db: Db, caller: Caller, id: string, input: AcceptQuoteRequest, now: Date) {
  return db.transaction().execute(async (trx) => {
    const { row, scope } = await findScoped(trx, caller, id);
    if (row.status !== 'open') throw new AppError('conflict', `This request is ${row.status}`);
    const repo = quoteRepository(trx);
    const responses = await repo.responses(id);
    const chosen = responses.find((r) => r.id === input.responseId);
    if (!chosen) throw invalid('responseId', 'no such answer to this request');
    if (chosen.status !== 'submitted') throw invalid('responseId', `this answer is ${chosen.status}`);
    const nowIso = now.toISOString();
    const courses = courseRepository(trx);
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
      const course = await courses.find(scope.mutualId, input.courseId);
      if (!course || course.provider_id !== chosen.provider_id) throw invalid('courseId', "not a course of the answering provider");
      const merged = {
        mode: o.mode ?? course.mode,
        regions: o.regions ?? course.regions,
        periods: chosen.periods,
        fixedCostCents: chosen.fixed_cost_cents,
        seatCostCents: chosen.seat_cost_cents,
        minSeats: chosen.min_seats,
        maxSeats: chosen.max_seats,
        maxSessionsPerPeriod: o.maxSessionsPerPeriod ?? course.max_sessions_per_period,
        durationHours: o.durationHours ?? (chosen.duration_hours === null ? Number(course.duration_hours) : Number(chosen.duration_hours)),
      };
      const issues = courseTermIssues(merged);
      if (issues.length) throw new AppError('validation_failed', issues.map((i) => `course.${i.field}: ${i.message}`).join('; '), { fields: issues.map((i) => ({ ...i, field: `course.${i.field}` })) });
      await courses.update(scope.mutualId, course.id, {
        ...terms,
        mode: merged.mode,
        regions: merged.mode === 'virtual' ? [] : merged.regions,
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
      const provider = await providerRepository(trx).find(scope.mutualId, chosen.provider_id);
      const mode = o.mode ?? (row.modes.length === 1 ? (row.modes[0] as 'in_person' | 'virtual') : 'in_person');
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
      if (issues.length) throw new AppError('validation_failed', issues.map((i) => `course.${i.field}: ${i.message}`).join('; '), { fields: issues.map((i) => ({ ...i, field: `course.${i.field}` })) });
      courseId = await courses.insert({
        mutual_id: scope.mutualId,
        provider_id: chosen.provider_id,
        topic_id: row.topic_id,
        status: 'approved',
        title_fr: o.titleFr ?? row.title,
        title_en: o.titleEn ?? row.title,
        description_fr: row.details,
        description_en: row.details,
        content: chosen.conditions,
        duration_hours: merged.durationHours,
        language: o.language ?? (row.language as 'fr' | 'en' | null) ?? 'fr',
        mode,
        regions: mode === 'virtual' ? [] : [...regions].sort(),
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
        mutual_id: scope.mutualId,
        quote_request_id: id,
        provider_id: p.provider_id,
        at: nowIso,
        actor_user_id: caller.userId,
        kind: winner ? 'accepted' : 'not_selected',
        detail: JSON.stringify(winner ? { responseId: chosen.id, courseId } : {}),
      });
    }
    await repo.event({
      mutual_id: scope.mutualId,
      quote_request_id: id,
      at: nowIso,
      actor_user_id: caller.userId,
      kind: created ? 'course_created' : 'course_updated',
      detail: JSON.stringify({ courseId, responseId: chosen.id }),
    });
    await repo.update(scope.mutualId, id, { status: 'accepted', accepted_response_id: chosen.id, course_id: courseId, updated_at: nowIso });
    await auditRepository(trx).record({ at: now, mutualId: scope.mutualId, actorUserId: caller.userId, action: 'quote_request.accept', entityType: 'quote_request', entityId: id, change: { ...input, courseId, created } });
    return getQuoteRequest(trx, caller, id);
  });
}
