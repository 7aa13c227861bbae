import type { CreateQuoteRequest, QuoteRequest } from '@mutualis/contracts';
import { webPaths } from '@mutualis/contracts/web-paths';
import { topicWithDescendants } from '@mutualis/domain/topics/index';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction, mutualOf } from '../caller.ts';
import { providerRepository } from '../catalogue/index.ts';
import { invalid, notFound } from '../errors.ts';
import { webUrl } from '../links.ts';
import { mutualRepository } from '../mutuals/index.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { requireActiveTopic, topicRepository } from '../topics/index.ts';
import { getQuoteRequest } from './get-quote-request.ts';
import { quoteRepository } from './repository.ts';
import { providerAddress, requestEmail } from './request-email.ts';

// A request for quote goes to chosen providers (e-mail + trainer portal); each provider answers
// (or declines); the coordinator compares the answers and accepts one, which creates or
// updates an approved course. Every step is a dated quote_event row.

/** Sends a request for quote on a cell (topic, region, periods, language) or a set of open needs to chosen active providers (coordinators). */
export async function createQuoteRequest(deps: Deps, caller: Caller, input: CreateQuoteRequest): Promise<QuoteRequest> {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  return inTransaction(deps, async (tx) => {
    const topic = await requireActiveTopic(tx.db, mutualId, input.topicId);
    const providerIds = [...new Set(input.providerIds)];
    const providers = await providerRepository(tx.db).findMany(mutualId, providerIds);
    const unknown = providerIds.filter((id) => !providers.some((p) => p.id === id));
    if (unknown.length) throw invalid('providerIds', 'no_such_providers', { ids: unknown.join(', ') });
    const inactive = providers.filter((p) => !p.active);
    if (inactive.length)
      throw invalid('providerIds', 'inactive_providers', { names: inactive.map((p) => p.name).join(', ') });
    const topics = await topicRepository(tx.db).codes(mutualId);
    const topicIds = topicWithDescendants(
      topics.map((t) => ({ id: t.id, parentId: t.parent_id })),
      topic.id,
    );
    const repo = quoteRepository(tx.db);
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
      if (missing.length) throw invalid('needIds', 'needs_not_on_topic', { ids: missing.join(', ') });
      const closed = needs.filter((n) => n.status !== 'open');
      if (closed.length) throw invalid('needIds', 'needs_not_open', { ids: closed.map((n) => n.id).join(', ') });
    }
    if (needs.length === 0) throw invalid('needIds', 'no_open_need_matches');
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
    await repo.insertProviders(
      providers.map((p) => ({ quote_request_id: id, provider_id: p.id, mutual_id: mutualId, sent_at: nowIso })),
    );
    await repo.event({
      mutual_id: mutualId,
      quote_request_id: id,
      at: nowIso,
      actor_user_id: caller.userId,
      kind: 'created',
      detail: JSON.stringify({ seats, members, needs: needs.length }),
    });
    const mutual = await mutualRepository(tx.db).find(mutualId);
    if (!mutual) throw notFound('mutual');
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
          link: webUrl(deps.config, webPaths.quote(id)),
          mutualName: mutual.name,
        });
        await enqueueEmail(tx.db, { mutualId, kind: 'quote_request', to, locale: 'fr', email }, now);
      }
      await repo.event({
        mutual_id: mutualId,
        quote_request_id: id,
        provider_id: p.provider_id,
        at: nowIso,
        actor_user_id: caller.userId,
        kind: 'sent',
        detail: JSON.stringify(
          to ? { to } : { to: null, note: 'no e-mail address: visible in the trainer portal only' },
        ),
      });
    }
    await auditRepository(tx.db).record({
      at: now,
      mutualId,
      actorUserId: caller.userId,
      action: 'quote_request.create',
      entityType: 'quote_request',
      entityId: id,
      change: input,
    });
    return getQuoteRequest(tx, caller, { quoteRequestId: id });
  });
}
