import { todayInMontreal } from '@mutualis/domain/dates';
import { invoiceTotals } from '@mutualis/domain/finance/invoice';
import { marginalSeatShare } from '@mutualis/domain/finance/session-billing';
import { sizeClassOf } from '@mutualis/domain/reference/size-class';
import { type Caller, type Deps, memberScopeOf } from '../caller.ts';
import { invalid, notFound } from '../errors.ts';
import { billingRepository } from './billing-repository.ts';
import { ensureBooks, fiscalYearAt, salesTaxOf } from './books.ts';
import { loadSessionFacts } from './session-charges.ts';
import { subsidyCalculator } from './subsidies.ts';

/**
 * What one more seat in a session would cost a firm, as it would be invoiced: what the seat adds
 * to its share under the cost-sharing rule, the subsidies that would apply (a participant whose
 * occupation is not known yet counts for no TEER rule), and the taxes.
 */
export async function getSeatCost(deps: Deps, caller: Caller, input: { sessionId: string; memberId?: string }) {
  const scope = memberScopeOf(caller);
  const settings = await ensureBooks(deps.db, scope.mutualId);
  const facts = (await loadSessionFacts(deps.db, scope.mutualId, settings, [input.sessionId])).get(input.sessionId);
  if (!facts) throw notFound('session');
  const memberId = scope.memberId ?? input.memberId;
  if (!memberId) throw invalid('memberId', 'required');
  if (scope.memberId && input.memberId && input.memberId !== scope.memberId) throw notFound('member');
  const repo = billingRepository(deps.db);
  // a member contact sees only the sessions its firm may see (delivery's rule): not another firm's proposed session
  if (scope.memberId && !(await repo.sessionOpenToFirm(scope.mutualId, input.sessionId, memberId)))
    throw notFound('session');
  const member = (await repo.members(scope.mutualId, [memberId])).get(memberId);
  if (!member) throw notFound('member');
  const today = todayInMontreal(deps.now());
  const seats = facts.charges.members.map((m) => ({
    memberId: m.memberId,
    seats: m.seats,
    lateCancellations: 0,
    noShows: 0,
    sizeClass: undefined as ReturnType<typeof sizeClassOf> | undefined,
  }));
  const sizes = await repo.members(
    scope.mutualId,
    seats.map((s) => s.memberId),
  );
  for (const s of seats)
    s.sizeClass = sizes.has(s.memberId) ? sizeClassOf(sizes.get(s.memberId)!.headcount) : undefined;
  const share = marginalSeatShare(
    { fixedCostCents: facts.session.fixed_cost_cents, seatCostCents: facts.session.seat_cost_cents },
    seats,
    { memberId, sizeClass: sizeClassOf(member.headcount) },
    settings.allocation_rule,
    settings.small_firm_discount_ppm,
  );
  const on = facts.session.first_day ?? today;
  const calc = await subsidyCalculator(deps.db, scope.mutualId, fiscalYearAt(settings, on));
  const subsidies =
    share > 0
      ? calc.grant({
          key: 'estimate',
          memberId,
          sessionId: facts.session.id,
          on,
          grossCents: share,
          member,
          participants: [{ teer: null, hours: facts.session.hours }],
        })
      : [];
  const totals = invoiceTotals(
    [
      {
        kind: 'session_share',
        description: 'seat',
        grossCents: share,
        subsidies: subsidies.map((s) => ({ programmeId: s.programmeId, funderId: s.funderId, cents: s.cents })),
      },
    ],
    salesTaxOf(settings),
  );
  return {
    sessionId: facts.session.id,
    memberId,
    seatShareCents: share,
    subsidyCents: totals.subsidyCents,
    netCents: totals.netCents,
    gstCents: totals.gstCents,
    qstCents: totals.qstCents,
    totalCents: totals.totalCents,
    rule: settings.allocation_rule,
    invoicedAt: settings.invoice_timing,
  };
}
