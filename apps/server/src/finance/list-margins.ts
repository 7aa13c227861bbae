import { pageOf } from '@mutualis/contracts';
import { sessionMargin } from '@mutualis/domain/finance/provider-bill';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { billRepository } from './bill-repository.ts';

/** Each invoiced session's margin: what members and funders pay together (shares and fees, net of credit notes) against the provider's cost. */
export async function listMargins(deps: Deps, caller: Caller, query: { page: number; pageSize: number }) {
  const mutualId = mutualOf(caller);
  const { rows, total } = await billRepository(deps.db).margins(mutualId, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return pageOf(
    rows.map((r) => {
      const m = sessionMargin(Number(r.gross), Number(r.cost_cents ?? 0));
      return {
        sessionId: r.session_id,
        titleFr: r.title_fr,
        titleEn: r.title_en,
        lastDay: r.last_day,
        subsidyCents: Number(r.subsidy),
        ...m,
      };
    }),
    total,
    query,
  );
}
