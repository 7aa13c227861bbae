// A firm's consent to research use of its outcome data. Every decision is kept (who gave or
// withdrew it, when, through what, on which statement); the latest one counts. Without a
// current consent, the firm's data never leaves the mutual: funders' and researchers' views
// and the research export leave it out.

/** The statement the firm agrees to, versioned: a new text is a new version. */
export const RESEARCH_CONSENT_STATEMENT = {
  version: '2026-1',
  fr:
    'Nous acceptons que les données de résultats de notre entreprise (effectifs, départs, masse salariale, heures, productivité, absentéisme, accidents) et les données de nos employés formés ou non ' +
    'servent à la recherche et aux bailleurs de fonds, seulement sous forme agrégée (aucune cellule de moins de 5 personnes ou 3 entreprises) ou pseudonymisée, sans nom ni coordonnée. ' +
    'Nous pouvons retirer ce consentement en tout temps; il vaut alors pour les données et exportations à venir.',
  en:
    'We agree that our firm’s outcome data (headcount, separations, payroll, hours, productivity, absenteeism, accidents) and the data of our trained and untrained employees ' +
    'may be used for research and by funders, only as aggregates (no cell of fewer than 5 people or 3 firms) or pseudonymised, without names or contact details. ' +
    'We may withdraw this consent at any time; it then applies to future data and exports.',
} as const;

/** How a consent decision reached the mutual. */
export const CONSENT_CHANNELS = ['app', 'form', 'paper', 'seed'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

export interface ConsentDecision {
  granted: boolean;
  at: string;
}

/** The decision in force: the latest by time; none means no consent. */
export function consentInForce<T extends ConsentDecision>(history: readonly T[]): T | null {
  let latest: T | null = null;
  for (const d of history) if (!latest || d.at > latest.at) latest = d;
  return latest;
}

/** True when the firm's latest decision grants research use. */
export const hasResearchConsent = (history: readonly ConsentDecision[]): boolean =>
  consentInForce(history)?.granted === true;
