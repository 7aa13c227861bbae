// Request-for-quote rows → API answers. A trainer sees only its own provider's part.
import type { QuoteRequest, QuoteRequestSummary } from '@mutualis/contracts';
import {
  compareQuoteAnswers,
  QUOTE_EVENTS_SHOWN_TO_EVERY_PROVIDER,
  quoteResponseIsCompared,
} from '@mutualis/domain/catalogue/index';
import type { ProviderScope } from '../catalogue/index.ts';
import type { Db } from '../db/client.ts';
import { type QuoteRequestListRow, type QuoteRequestRow, quoteRepository } from './repository.ts';

export const presentQuoteRequestSummary = (r: QuoteRequestListRow, scope: ProviderScope): QuoteRequestSummary => ({
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
  myStatus: (r.my_status ?? null) as QuoteRequestSummary['myStatus'],
  createdAt: r.created_at,
});

/** A request with its providers, answers (compared for coordinators) and history; a trainer sees only its own part. */
export async function presentQuoteRequest(db: Db, scope: ProviderScope, row: QuoteRequestRow): Promise<QuoteRequest> {
  const repo = quoteRepository(db);
  const [providers, responses, events] = await Promise.all([
    repo.providers(row.id),
    repo.responses(row.id),
    repo.events(row.id),
  ]);
  const mine = <T extends { provider_id: string | null }>(list: T[]) =>
    scope.providerId ? list.filter((x) => x.provider_id === scope.providerId) : list;
  const current = responses.filter((r) => quoteResponseIsCompared(r.status));
  const compared = scope.providerId
    ? new Map()
    : new Map(
        compareQuoteAnswers(
          current.map((r) => ({
            id: r.id,
            fixedCostCents: r.fixed_cost_cents,
            seatCostCents: r.seat_cost_cents,
            minSeats: r.min_seats,
            maxSeats: r.max_seats,
          })),
          row.seats,
        ).map((c, i) => [
          c.id,
          { rank: i + 1, totalCents: c.totalCents, perSeatCents: c.perSeatCents, meetsMinimum: c.meetsMinimum },
        ]),
      );
  const shownToAll: readonly string[] = QUOTE_EVENTS_SHOWN_TO_EVERY_PROVIDER;
  const visibleEvents = scope.providerId
    ? events.filter(
        (e) => e.provider_id === scope.providerId || (e.provider_id === null && shownToAll.includes(e.kind)),
      )
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
    providers: mine(providers).map((p) => ({
      providerId: p.provider_id,
      providerName: p.provider_name,
      status: p.status,
      sentAt: p.sent_at,
      answeredAt: p.answered_at,
    })),
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
