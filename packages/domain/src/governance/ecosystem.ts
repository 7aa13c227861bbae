// The mutual's ecosystem (the study's second condition of success): the organisations that give it
// material, organisational and financial support, and how diverse its funding is.

/** The kinds of partner organisation a mutual works with. */
export const PARTNER_KINDS = [
  'csmo',
  'college',
  'school_service_centre',
  'services_quebec',
  'employer_association',
  'chamber_of_commerce',
  'funder',
  'trainer',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** The kinds of support a partner gives. */
export const SUPPORT_KINDS = ['material', 'organisational', 'financial'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/**
 * Diversity of funding: 1 − the Herfindahl index of the amounts by source (0 with a single source or
 * none, approaching 1 as the money comes from many sources in equal parts).
 */
export function fundingDiversity(amountsBySource: readonly number[]): number {
  const positive = amountsBySource.filter((a) => a > 0);
  const total = positive.reduce((s, a) => s + a, 0);
  if (total === 0) return 0;
  return 1 - positive.reduce((s, a) => s + (a / total) ** 2, 0);
}

/** True when a support (or agreement) runs on the day: started on or before it and not ended before it. */
export const runsOn = (p: { startsOn: string; endsOn: string | null }, day: string): boolean =>
  p.startsOn <= day && (p.endsOn === null || p.endsOn >= day);
