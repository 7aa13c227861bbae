import type { CreateProgrammeRequest, UpdateProgrammeRequest } from '@mutualis/contracts';

/** The columns of a programme's terms from a request (only the fields given). */
export function programmeColumns(p: UpdateProgrammeRequest | CreateProgrammeRequest) {
  return {
    ...(p.name !== undefined && { name: p.name }),
    ...(p.startsOn !== undefined && { starts_on: p.startsOn }),
    ...(p.endsOn !== undefined && { ends_on: p.endsOn }),
    ...(p.coveragePpm !== undefined && { coverage_ppm: p.coveragePpm }),
    ...(p.eligibleCategories !== undefined && { eligible_categories: p.eligibleCategories }),
    ...(p.caps?.perParticipantHourCents !== undefined && {
      cap_per_participant_hour_cents: p.caps.perParticipantHourCents,
    }),
    ...(p.caps?.perActivityCents !== undefined && { cap_per_activity_cents: p.caps.perActivityCents }),
    ...(p.caps?.perMemberPerYearCents !== undefined && { cap_per_member_per_year_cents: p.caps.perMemberPerYearCents }),
    ...(p.caps?.perYearCents !== undefined && { cap_per_year_cents: p.caps.perYearCents }),
    ...(p.eligibility?.sizeClasses !== undefined && { eligible_size_classes: p.eligibility.sizeClasses }),
    ...(p.eligibility?.teerLevels !== undefined && { eligible_teer_levels: p.eligibility.teerLevels }),
    ...(p.eligibility?.regions !== undefined && { eligible_regions: p.eligibility.regions }),
    ...(p.budgetCents !== undefined && { budget_cents: p.budgetCents }),
    ...(p.active !== undefined && { active: p.active }),
  };
}
