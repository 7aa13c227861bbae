import type { Ecosystem } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import { sizeClassOf } from '@mutualis/domain/reference/size-class';
import type { Caller, Deps } from '../caller.ts';
import { governanceMutualOf } from './governance-access.ts';
import { gatherMutualYearFacts } from './mutual-year-facts.ts';
import { partnerRepository } from './partner-repository.ts';
import { scorecardRepository } from './scorecard-repository.ts';

/** The network view (the mutual, its partners, its active member firms) and support by year over the last ten years. */
export async function getEcosystem(deps: Deps, caller: Caller): Promise<Ecosystem> {
  const mutualId = governanceMutualOf(caller);
  const today = todayInMontreal(deps.now());
  const year = Number(today.slice(0, 4));
  const repo = partnerRepository(deps.db);
  const [mutual, partners, members, facts, supports] = await Promise.all([
    repo.mutual(mutualId),
    repo.network(mutualId, today),
    repo.activeMembers(mutualId),
    gatherMutualYearFacts(deps.db, [mutualId], year - 9, year, today),
    scorecardRepository(deps.db).supports([mutualId], year - 9, year),
  ]);
  const timeline = (facts.get(mutualId) ?? []).map((f) => {
    const first = `${f.year}-01-01`;
    const last = `${f.year}-12-31`;
    const running = supports.filter((s) => s.starts_on <= last && (s.ends_on ?? s.starts_on) >= first);
    return {
      year: f.year,
      activePartners: f.ecosystem.activePartners,
      material: running.filter((s) => s.kind === 'material').length,
      organisational: running.filter((s) => s.kind === 'organisational').length,
      financialCents: f.ecosystem.financialByPartnerCents.reduce((a, b) => a + b, 0),
    };
  });
  return {
    mutual,
    partners: partners.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind as Ecosystem['partners'][number]['kind'],
      supportKinds: p.support_kinds as Ecosystem['partners'][number]['supportKinds'],
      financialCents: Number(p.financial_cents),
      active: p.active,
    })),
    members: members.map((m) => ({ id: m.id, name: m.legal_name, sizeClass: sizeClassOf(m.headcount) })),
    timeline,
  };
}
