// The observatory's indicators as anonymised open data: a ZIP holding the indicators (CSV, one row
// per mutual, year and indicator), their data dictionary (CSV) and the licence. No name, region,
// sector or id of a mutual: a code that stays the same from one download to the next, its type and
// its size class; cells under 5 people or 3 firms are empty and marked suppressed.
import { createHash } from 'node:crypto';
import { todayInMontreal } from '@mutualis/domain/dates';
import { INDICATOR_TEXTS } from '@mutualis/domain/governance/indicator-texts';
import { INDICATOR_KEYS, INDICATORS, indicatorDefinition } from '@mutualis/domain/governance/scorecard';
import { MIN_FIRMS_PER_CELL, MIN_PEOPLE_PER_CELL } from '@mutualis/domain/governance/suppression';
import type { Caller, Deps } from '../caller.ts';
import { writeCsv } from '../files/table-file.ts';
import { zip } from '../files/zip.ts';
import { observedMutualIds } from './observer-scope.ts';
import { observedValues } from './read-observatory.ts';

/** A mutual's open-data code: not its id, and the same in every download. */
export const openDataCode = (mutualId: string) =>
  `M${createHash('sha256').update(`mutualis-open-data:${mutualId}`).digest('hex').slice(0, 8).toUpperCase()}`;

const COLUMNS = [
  {
    name: 'mutual_code',
    fr: 'Code anonyme de la mutuelle (le même d’un téléchargement à l’autre)',
    en: 'Anonymous code of the mutual (the same in every download)',
  },
  {
    name: 'mutual_type',
    fr: 'Type : regional, sectoral (y compris CSMO et comités paritaires) ou other',
    en: 'Type: regional, sectoral (including CSMOs and parity committees) or other',
  },
  {
    name: 'size_class',
    fr: 'Taille cette année-là : small (< 25 membres), medium (25 à 74), large (75 et plus)',
    en: 'Size that year: small (< 25 members), medium (25 to 74), large (75 and more)',
  },
  { name: 'year', fr: 'Année civile', en: 'Calendar year' },
  {
    name: 'indicator',
    fr: 'Clé de l’indicateur (voir les indicateurs plus bas)',
    en: 'Indicator key (see the indicators below)',
  },
  {
    name: 'dimension',
    fr: 'leadership, ecosystem, viability, reach ou results',
    en: 'leadership, ecosystem, viability, reach or results',
  },
  {
    name: 'unit',
    fr: 'flag (0 ou 1), share (0 à 1), count, cents (dollars × 100)',
    en: 'flag (0 or 1), share (0 to 1), count, cents (dollars × 100)',
  },
  {
    name: 'value',
    fr: 'La valeur, vide quand le statut n’est pas ok',
    en: 'The value, empty when the status is not ok',
  },
  {
    name: 'status',
    fr: `ok ; not_available (donnée absente) ; suppressed (moins de ${MIN_PEOPLE_PER_CELL} personnes ou de ${MIN_FIRMS_PER_CELL} entreprises)`,
    en: `ok; not_available (no data); suppressed (fewer than ${MIN_PEOPLE_PER_CELL} people or ${MIN_FIRMS_PER_CELL} firms)`,
  },
];

const LICENCE = `Licence / Licence

Ces données sont publiées sous la licence Creative Commons Attribution 4.0 International (CC BY 4.0).
Vous pouvez les copier, les redistribuer, les transformer et les utiliser à toute fin, y compris
commerciale, à condition de citer la source : « Observatoire des mutuelles de formation — Mutualis ».
Texte complet : https://creativecommons.org/licenses/by/4.0/legalcode.fr

This data is published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0).
You may copy, redistribute, transform and use it for any purpose, including commercially, provided
you credit the source: "Training mutuals observatory — Mutualis".
Full text: https://creativecommons.org/licenses/by/4.0/legalcode
`;

/** The ZIP of the open data for the mutuals the caller observes. */
export async function exportOpenData(
  deps: Deps,
  caller: Caller,
  query: { from?: number; to?: number; lang?: 'fr' | 'en' },
) {
  const now = deps.now();
  const today = todayInMontreal(now);
  const lang = query.lang ?? caller.locale;
  const ids = await observedMutualIds(deps.db, caller);
  const { years, mutuals } = await observedValues(deps.db, ids, query, today);
  type Row = {
    code: string;
    type: string;
    size: string;
    year: number;
    key: (typeof INDICATOR_KEYS)[number];
    value: number | null;
    status: string;
  };
  const rows: Row[] = [];
  const sorted = mutuals
    .map((m) => ({ ...m, code: openDataCode(m.mutual.id) }))
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const m of sorted) {
    for (const y of m.years) {
      for (const key of INDICATOR_KEYS) {
        const v = y.values[key];
        rows.push({
          code: m.code,
          type: m.mutual.type,
          size: y.sizeClass,
          year: y.year,
          key,
          value: v.status === 'ok' ? v.value : null,
          status: v.status,
        });
      }
    }
  }
  const data = writeCsv<Row>(
    [
      { header: 'mutual_code', value: (r) => r.code },
      { header: 'mutual_type', value: (r) => r.type },
      { header: 'size_class', value: (r) => r.size },
      { header: 'year', value: (r) => r.year },
      { header: 'indicator', value: (r) => r.key },
      { header: 'dimension', value: (r) => indicatorDefinition(r.key).dimension },
      { header: 'unit', value: (r) => indicatorDefinition(r.key).unit },
      { header: 'value', value: (r) => r.value },
      { header: 'status', value: (r) => r.status },
    ],
    rows,
  );
  type DictRow = { kind: string; name: string; fr: string; en: string; unit: string; better: string; source: string };
  const dictionary = writeCsv<DictRow>(
    [
      { header: 'kind', value: (r) => r.kind },
      { header: 'name', value: (r) => r.name },
      { header: 'description_fr', value: (r) => r.fr },
      { header: 'description_en', value: (r) => r.en },
      { header: 'unit', value: (r) => r.unit },
      { header: 'better', value: (r) => r.better },
      { header: 'source', value: (r) => r.source },
    ],
    [
      ...COLUMNS.map((c) => ({ kind: 'column', name: c.name, fr: c.fr, en: c.en, unit: '', better: '', source: '' })),
      ...INDICATORS.map((d) => ({
        kind: 'indicator',
        name: d.key,
        fr: `${INDICATOR_TEXTS[d.key].fr.name}. ${INDICATOR_TEXTS[d.key].fr.definition}`,
        en: `${INDICATOR_TEXTS[d.key].en.name}. ${INDICATOR_TEXTS[d.key].en.definition}`,
        unit: d.unit,
        better: d.better,
        source: d.source,
      })),
    ],
  );
  const readme =
    lang === 'fr'
      ? `Observatoire des mutuelles de formation — données ouvertes\nProduit le ${today} : ${sorted.length} mutuelles, années ${years[0]} à ${years.at(-1)}.\nFichiers : indicateurs.csv (les valeurs), dictionnaire.csv (les colonnes et les indicateurs), LICENCE.txt.\nAnonymisation : ni nom, ni région, ni secteur, ni identifiant de mutuelle ; les cellules de moins de ${MIN_PEOPLE_PER_CELL} personnes ou de ${MIN_FIRMS_PER_CELL} entreprises sont supprimées.\n`
      : `Training mutuals observatory — open data\nProduced on ${today}: ${sorted.length} mutuals, years ${years[0]} to ${years.at(-1)}.\nFiles: indicators.csv (the values), dictionary.csv (the columns and the indicators), LICENCE.txt.\nAnonymisation: no name, region, sector or id of a mutual; cells of fewer than ${MIN_PEOPLE_PER_CELL} people or ${MIN_FIRMS_PER_CELL} firms are suppressed.\n`;
  const names =
    lang === 'fr'
      ? {
          data: 'indicateurs.csv',
          dict: 'dictionnaire.csv',
          readme: 'LISEZMOI.txt',
          zip: 'observatoire-donnees-ouvertes',
        }
      : { data: 'indicators.csv', dict: 'dictionary.csv', readme: 'README.txt', zip: 'observatory-open-data' };
  const body = zip(
    [
      { name: names.readme, data: readme },
      { name: names.data, data },
      { name: names.dict, data: dictionary },
      { name: 'LICENCE.txt', data: LICENCE },
    ],
    now,
  );
  return { filename: `${names.zip}-${today}.zip`, contentType: 'application/zip', body };
}
