import { todayInMontreal } from '@mutualis/domain/dates';
import { budgetForecast } from '@mutualis/domain/finance/claims';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { fundingRepository } from './repository.ts';

/** Each programme's budget: subsidies granted against the agreed amount, claimed, received, refused, by year, and the forecast to the end of its term. */
export async function getBudget(deps: Deps, caller: Caller, query: { asOf?: string }) {
  const mutualId = mutualOf(caller);
  const asOf = query.asOf ?? todayInMontreal(deps.now());
  const repo = fundingRepository(deps.db);
  const [programmes, subsidies, claims] = await Promise.all([
    repo.allProgrammes(mutualId),
    repo.subsidiesByProgramme(mutualId),
    repo.claimsByProgramme(mutualId),
  ]);
  return {
    asOf,
    items: programmes.map((p) => {
      const mine = subsidies.filter((s) => s.programme_id === p.id);
      const used = mine.reduce((s, r) => s + Number(r.cents), 0);
      const c = claims.find((x) => x.programme_id === p.id);
      const f = budgetForecast({
        startsOn: p.starts_on,
        endsOn: p.ends_on,
        budgetCents: p.budget_cents === null ? null : Number(p.budget_cents),
        usedCents: used,
        asOf,
      });
      return {
        programmeId: p.id,
        programmeName: p.name,
        funderName: p.funder_name,
        startsOn: p.starts_on,
        endsOn: p.ends_on,
        budgetCents: f.budgetCents,
        usedCents: used,
        claimedCents: Number(c?.claimed ?? 0),
        receivedCents: Number(c?.received ?? 0),
        refusedCents: Number(c?.refused ?? 0),
        remainingCents: f.remainingCents,
        forecastCents: f.forecastCents,
        forecastOverCents: f.forecastOverCents,
        elapsedDays: f.elapsedDays,
        termDays: f.termDays,
        byYear: mine.map((r) => ({ year: r.year, usedCents: Number(r.cents) })).sort((a, b) => a.year - b.year),
      };
    }),
  };
}
