// The pseudonymised research table: one row per employee of the comparison cohort of consenting
// firms, without names, dates of birth or any direct identifier, and checked for small cells.
//
// Identifiers become pseudonyms (the caller's keyed hash, a new key per export, so two exports
// cannot be linked). Quasi-identifiers are coarse from the start (age in 10-year bands, size class,
// 2-digit sector, years not dates, wages rounded to the dollar). Then two checks, each a small-cell
// rule (at least 5 people from at least 3 firms):
// - firm cells (region × sector × size class): where a cell is small, its region is blanked; if it
//   is still small, its sector; then its size class;
// - person cells (age band × TEER × low-skilled × trained): where small, the age band is blanked;
//   then the TEER.
// Rows still in a small cell after that are left out; the dictionary says how many.

import { cellIsShown } from '../outcomes/suppression.ts';
import { scianSectorOf } from '../reference/scian.ts';
import { sizeClassOf } from '../reference/size-class.ts';
import type { CohortRow } from './cohort.ts';

export interface ResearchFirm {
  regionCode: string;
  scianCode: string;
  headcount: number;
}

export type ResearchValue = string | number | null;

/** The columns of the research table, with their meaning (the data dictionary). */
export const RESEARCH_COLUMNS = [
  {
    name: 'person',
    type: 'text',
    en: 'Pseudonym of the employee (new with every export)',
    fr: 'Pseudonyme de l’employé (nouveau à chaque exportation)',
  },
  {
    name: 'firm',
    type: 'text',
    en: 'Pseudonym of the firm (new with every export)',
    fr: 'Pseudonyme de l’entreprise (nouveau à chaque exportation)',
  },
  {
    name: 'trained',
    type: '0/1',
    en: '1: first completed training in the window; 0: never trained (comparison)',
    fr: '1 : première formation terminée dans la fenêtre; 0 : jamais formé (comparaison)',
  },
  {
    name: 'index_year',
    type: 'integer',
    en: 'Year of the index date (training date; 1 July for the comparison group)',
    fr: 'Année de la date de référence (date de formation; 1er juillet pour la comparaison)',
  },
  {
    name: 'age_band',
    type: 'text',
    en: 'Age at the index date in bands (18-29, 30-39, 40-49, 50-59, 60+); empty when blanked for a small cell',
    fr: 'Âge à la date de référence par tranches; vide si masqué (petite cellule)',
  },
  {
    name: 'tenure_years',
    type: 'integer',
    en: 'Whole years with the employer at the index date',
    fr: 'Années complètes chez l’employeur à la date de référence',
  },
  {
    name: 'low_skilled',
    type: '0/1',
    en: '1: no diploma or secondary diploma only',
    fr: '1 : aucun diplôme ou diplôme d’études secondaires seulement',
  },
  {
    name: 'teer',
    type: 'integer',
    en: 'NOC 2021 TEER level of the job (0–5); empty when blanked',
    fr: 'Niveau FEER de la CNP 2021 (0–5); vide si masqué',
  },
  {
    name: 'size_class',
    type: 'text',
    en: 'Firm size class (micro < 10, small < 100, medium < 500, large); empty when blanked',
    fr: 'Taille de l’entreprise; vide si masquée',
  },
  {
    name: 'region',
    type: 'text',
    en: 'Quebec administrative region code of the firm; empty when blanked',
    fr: 'Code de région administrative; vide si masqué',
  },
  {
    name: 'sector',
    type: 'text',
    en: 'SCIAN/NAICS sector (2 digits) of the firm; empty when blanked',
    fr: 'Secteur SCIAN (2 chiffres); vide si masqué',
  },
  {
    name: 'wage_before',
    type: 'number',
    en: 'Hourly wage on the index date, in dollars, rounded to the dollar',
    fr: 'Salaire horaire à la date de référence, arrondi au dollar',
  },
  {
    name: 'wage_growth',
    type: 'number',
    en: '100 × ln(wage 12 months later / wage before) (≈ %); empty when not observed',
    fr: '100 × ln(salaire 12 mois après / salaire avant) (≈ %); vide si non observé',
  },
  {
    name: 'follow_up_months',
    type: 'number',
    en: 'Months employed after the index date, to the separation or the export date',
    fr: 'Mois d’emploi après la date de référence',
  },
  {
    name: 'left',
    type: '0/1',
    en: '1: left the firm during follow-up (any separation)',
    fr: '1 : a quitté l’entreprise pendant le suivi',
  },
  {
    name: 'stayed_12',
    type: '0/1',
    en: 'Still employed 12 months after the index date; empty when not yet observable',
    fr: 'Toujours en emploi 12 mois après; vide si non observable',
  },
  {
    name: 'stayed_24',
    type: '0/1',
    en: 'Still employed 24 months after the index date; empty when not yet observable',
    fr: 'Toujours en emploi 24 mois après; vide si non observable',
  },
  {
    name: 'promoted_12',
    type: '0/1',
    en: '1: moved to a job class of a lower TEER (more skilled) than on the index date within 12 months; empty when not employed or not yet observable then',
    fr: '1 : passé à une catégorie d’emploi de FEER plus bas (plus qualifiée) qu’à la date de référence en 12 mois; vide si plus en emploi ou non observable',
  },
  {
    name: 'promoted_24',
    type: '0/1',
    en: 'The same within 24 months',
    fr: 'La même chose en 24 mois',
  },
  {
    name: 'training_hours',
    type: 'number',
    en: 'Hours of the first training (0 for the comparison group)',
    fr: 'Heures de la première formation (0 pour la comparaison)',
  },
] as const;

export type ResearchColumn = (typeof RESEARCH_COLUMNS)[number]['name'];
export type ResearchRow = Record<ResearchColumn, ResearchValue>;

export interface ResearchTable {
  rows: ResearchRow[];
  /** Rows left out because their cell stayed small after coarsening. */
  leftOut: number;
  /** Rows whose quasi-identifiers were blanked, by column. */
  blanked: Record<'region' | 'sector' | 'size_class' | 'age_band' | 'teer', number>;
}

const ageBand = (age: number | null) =>
  age === null ? null : age < 30 ? '18-29' : age < 40 ? '30-39' : age < 50 ? '40-49' : age < 60 ? '50-59' : '60+';
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Blanks `column` in rows whose cell (the values of `keys`) is small; returns how many were blanked. */
function blankSmallCells(rows: ResearchRow[], keys: readonly ResearchColumn[], column: ResearchColumn): number {
  const cells = new Map<string, ResearchRow[]>();
  for (const r of rows) {
    const key = keys.map((k) => String(r[k] ?? '')).join('|');
    cells.set(key, [...(cells.get(key) ?? []), r]);
  }
  let blanked = 0;
  for (const members of cells.values()) {
    if (cellIsShown({ people: members.length, firms: new Set(members.map((m) => m.firm)).size })) continue;
    for (const m of members) {
      if (m[column] !== null) {
        m[column] = null;
        blanked++;
      }
    }
  }
  return blanked;
}

/** True when every cell of `keys` holds at least 5 people from at least 3 firms. */
export function cellsAreLarge(rows: readonly ResearchRow[], keys: readonly ResearchColumn[]): boolean {
  const cells = new Map<string, ResearchRow[]>();
  for (const r of rows) {
    const key = keys.map((k) => String(r[k] ?? '')).join('|');
    cells.set(key, [...(cells.get(key) ?? []), r]);
  }
  return [...cells.values()].every((members) =>
    cellIsShown({ people: members.length, firms: new Set(members.map((m) => m.firm)).size }),
  );
}

export const FIRM_QUASI_IDENTIFIERS = ['region', 'sector', 'size_class'] as const satisfies readonly ResearchColumn[];
export const PERSON_QUASI_IDENTIFIERS = [
  'age_band',
  'teer',
  'low_skilled',
  'trained',
] as const satisfies readonly ResearchColumn[];

/**
 * The research table of the cohort rows (consenting firms only: the caller filters), with
 * pseudonyms from `pseudonym` and the small-cell checks of the file's head.
 */
export function researchTable(
  cohort: readonly CohortRow[],
  firmOf: (memberId: string) => ResearchFirm,
  pseudonym: (kind: 'person' | 'firm', id: string) => string,
): ResearchTable {
  const rows: ResearchRow[] = cohort.map((r) => {
    const firm = firmOf(r.memberId);
    return {
      person: pseudonym('person', r.employeeId),
      firm: pseudonym('firm', r.memberId),
      trained: r.trained,
      index_year: r.indexYear,
      age_band: ageBand(r.age),
      tenure_years: Math.floor(r.tenureYears),
      low_skilled: r.lowSkilled,
      teer: r.teer,
      size_class: sizeClassOf(firm.headcount),
      region: firm.regionCode,
      sector: scianSectorOf(firm.scianCode)?.code ?? firm.scianCode.slice(0, 2),
      wage_before: r.wageBeforeCents === null ? null : Math.round(r.wageBeforeCents / 100),
      wage_growth: r.wageGrowth === null ? null : round(r.wageGrowth, 2),
      follow_up_months: round(r.followUpMonths, 1),
      left: r.left,
      stayed_12: r.stayed12,
      stayed_24: r.stayed24,
      promoted_12: r.promoted12,
      promoted_24: r.promoted24,
      training_hours: r.trainingHours,
    };
  });
  const blanked = {
    region: blankSmallCells(rows, FIRM_QUASI_IDENTIFIERS, 'region'),
    sector: blankSmallCells(rows, FIRM_QUASI_IDENTIFIERS, 'sector'),
    size_class: blankSmallCells(rows, FIRM_QUASI_IDENTIFIERS, 'size_class'),
    age_band: blankSmallCells(rows, PERSON_QUASI_IDENTIFIERS, 'age_band'),
    teer: blankSmallCells(rows, PERSON_QUASI_IDENTIFIERS, 'teer'),
  };
  // what is still small after coarsening is left out, until both checks hold
  let kept = rows;
  for (;;) {
    const small = new Set<ResearchRow>();
    for (const keys of [FIRM_QUASI_IDENTIFIERS, PERSON_QUASI_IDENTIFIERS]) {
      const cells = new Map<string, ResearchRow[]>();
      for (const r of kept) {
        const key = keys.map((k) => String(r[k] ?? '')).join('|');
        cells.set(key, [...(cells.get(key) ?? []), r]);
      }
      for (const members of cells.values()) {
        if (!cellIsShown({ people: members.length, firms: new Set(members.map((m) => m.firm)).size }))
          for (const m of members) small.add(m);
      }
    }
    if (small.size === 0) break;
    kept = kept.filter((r) => !small.has(r));
  }
  return { rows: kept, leftOut: rows.length - kept.length, blanked };
}
