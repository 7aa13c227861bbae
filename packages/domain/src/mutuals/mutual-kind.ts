// The kinds of training mutuals the Quebec framework recognises.

/** regional, sectoral, client and subcontractors, a specific clientele, a sector committee (CSMO), a parity committee. */
export const MUTUAL_KINDS = [
  'regional',
  'sectoral',
  'client_subcontractor',
  'specific_clientele',
  'csmo',
  'parity_committee',
] as const;
export type MutualKind = (typeof MUTUAL_KINDS)[number];

/** True when the text is one of the mutual kinds. */
export const isMutualKind = (value: string): value is MutualKind => (MUTUAL_KINDS as readonly string[]).includes(value);
