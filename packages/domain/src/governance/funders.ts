// Funders: the organisations that fund mutuals (the Commission des partenaires du marché du travail,
// Services Québec's regional offices, foundations, sector funds) and follow them in the observatory.

/** The kinds of funder. */
export const FUNDER_KINDS = ['government', 'foundation', 'sector_fund', 'other'] as const;
export type FunderKind = (typeof FUNDER_KINDS)[number];
