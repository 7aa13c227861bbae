import type { FirmYearView } from '@mutualis/contracts';
import { keptMeasure } from '@mutualis/domain/outcomes/firm-year';
import type { Caller, Deps } from '../caller.ts';
import { presentConsent, presentFirmYear } from './present.ts';
import { outcomeRepository } from './repository.ts';
import { type VisibleFirm, visibleMember, visibleProspect } from './visible-firm.ts';

/** A firm's view of a year: its outcomes, the year before, the measure it keeps, its consent. */
export async function firmYearView(deps: Deps, firm: VisibleFirm, year: number): Promise<FirmYearView> {
  const repo = outcomeRepository(deps.db);
  const [years, consent] = await Promise.all([
    repo.yearsOf(firm.mutualId, firm.ref),
    repo.consentHistory(firm.mutualId, firm.ref),
  ]);
  const current = years.find((y) => y.year === year);
  const previous = years.find((y) => y.year === year - 1);
  return {
    firmKind: firm.ref.kind,
    firmId: firm.ref.id,
    firmName: firm.name,
    year,
    keptMeasure: keptMeasure(
      years.map((y) => ({ year: y.year, productivityMeasure: y.productivity_measure })),
      year,
    ),
    outcome: current ? presentFirmYear(current, firm.name) : null,
    previous: previous ? presentFirmYear(previous, firm.name) : null,
    consent: presentConsent(consent),
  };
}

/** A member's outcomes of a year (its mutual's coordinator, its own contact). */
export async function getMemberYear(deps: Deps, caller: Caller, input: { memberId: string; year: number }) {
  return firmYearView(deps, await visibleMember(deps, caller, input.memberId), input.year);
}

/** A reporting prospect's outcomes of a year (coordinators). */
export async function getProspectYear(deps: Deps, caller: Caller, input: { prospectId: string; year: number }) {
  return firmYearView(deps, await visibleProspect(deps, caller, input.prospectId), input.year);
}
