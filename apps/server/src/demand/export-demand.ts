import type { DemandQuery, UnmetNeeds } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import type { CellStatus } from '@mutualis/domain/demand/index';
import { formatPeriods, languageName, regionName } from '@mutualis/domain/format/index';
import { type Caller, type Deps, mutualOf } from '../caller.ts';
import { monthCell, sheetOf, type WriteColumn, writeXlsxSheets, xlsxMonthFormat } from '../files/table-file.ts';
import { assessDemandBoard, byPlace, type FullDemandBoard } from './assess-demand-board.ts';
import { findUnmetNeeds } from './list-unmet-needs.ts';

const statusLabels: Record<'fr' | 'en', Record<CellStatus, string>> = {
  fr: {
    ready: 'Prête',
    below_minimum: 'Sous le minimum',
    no_course_on_topic: 'Aucun cours sur le sujet',
    no_language_or_mode_match: 'Langue ou formule non offerte',
    no_period: 'Aucune période commune',
    region_not_served: 'Région non desservie',
  },
  en: {
    ready: 'Ready',
    below_minimum: 'Below minimum',
    no_course_on_topic: 'No course on the topic',
    no_language_or_mode_match: 'No language or mode match',
    no_period: 'No common period',
    region_not_served: 'Region not served',
  },
};

const modeLabels: Record<'fr' | 'en', Record<string, string>> = {
  fr: { in_person: 'En présentiel', virtual: 'En virtuel' },
  en: { in_person: 'In person', virtual: 'Virtual' },
};

type Cell = FullDemandBoard['cells'][number];
type Unmet = UnmetNeeds['items'][number];

// Regions, languages, modes and months are written in words in the caller's language: no code is shown.
function cellColumns(fr: boolean, labels: Record<CellStatus, string>): WriteColumn<Cell>[] {
  const lang = fr ? 'fr' : 'en';
  return [
    { header: fr ? 'Code du sujet' : 'Topic code', value: (c) => c.topicCode },
    { header: fr ? 'Sujet' : 'Topic', value: (c) => (fr ? c.topicNameFr : c.topicNameEn) },
    { header: fr ? 'Région' : 'Region', value: (c) => regionName(c.regionCode, lang), width: 24 },
    { header: fr ? 'Période' : 'Period', value: (c) => monthCell(c.period), numFmt: xlsxMonthFormat(lang), width: 16 },
    { header: fr ? 'Langue' : 'Language', value: (c) => languageName(c.language, lang) },
    { header: fr ? 'Places' : 'Seats', value: (c) => c.seats },
    { header: fr ? 'Entreprises' : 'Firms', value: (c) => c.members },
    { header: fr ? 'Besoins' : 'Needs', value: (c) => c.needs },
    { header: fr ? 'Places en présentiel' : 'In-person seats', value: (c) => c.inPersonSeats },
    { header: fr ? 'Places en virtuel' : 'Virtual seats', value: (c) => c.virtualSeats },
    { header: fr ? 'État' : 'Status', value: (c) => labels[c.status] },
    { header: fr ? 'Places manquantes' : 'Missing seats', value: (c) => c.missingSeats },
  ];
}

function unmetColumns(fr: boolean, labels: Record<CellStatus, string>): WriteColumn<Unmet>[] {
  const lang = fr ? 'fr' : 'en';
  return [
    { header: fr ? 'Besoin' : 'Need', value: (n) => n.needId },
    { header: fr ? 'Entreprise' : 'Firm', value: (n) => n.memberName },
    { header: fr ? 'Code du sujet' : 'Topic code', value: (n) => n.topicCode },
    { header: fr ? 'Places' : 'Seats', value: (n) => n.seats },
    { header: fr ? 'Région' : 'Region', value: (n) => regionName(n.regionCode, lang), width: 24 },
    { header: fr ? 'Langues' : 'Languages', value: (n) => n.languages.map((l) => languageName(l, lang)).join(', ') },
    { header: fr ? 'Formules' : 'Modes', value: (n) => n.modes.map((m) => modeLabels[lang][m] ?? m).join(', ') },
    { header: fr ? 'Périodes' : 'Periods', value: (n) => formatPeriods(n.periods, lang), width: 30 },
    { header: fr ? 'Raison' : 'Reason', value: (n) => labels[n.reason] },
  ];
}

/** The demand board and the unmet needs as a two-sheet XLSX workbook, in the caller's language. */
function demandWorkbook(board: FullDemandBoard, unmet: UnmetNeeds, locale: 'fr' | 'en'): Promise<Uint8Array> {
  const fr = locale === 'fr';
  const labels = statusLabels[locale];
  return writeXlsxSheets([
    sheetOf(fr ? 'Demande' : 'Demand', cellColumns(fr, labels), board.cells),
    sheetOf(fr ? 'Besoins non comblés' : 'Unmet needs', unmetColumns(fr, labels), unmet.items),
  ]);
}

/** The XLSX workbook's media type. */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The board (in topic, region, period, language order) and its unmet needs (the first 10,000) as a dated XLSX file in the caller's language (coordinators). */
export async function exportDemand(
  deps: Deps,
  caller: Caller,
  query: DemandQuery,
): Promise<{ filename: string; contentType: string; body: Uint8Array }> {
  const mutualId = mutualOf(caller);
  const now = deps.now();
  const board = await assessDemandBoard(deps.db, mutualId, query, now);
  board.cells.sort(byPlace);
  const unmet = await findUnmetNeeds(deps, mutualId, { ...query, page: 1, pageSize: 10_000 });
  const body = await demandWorkbook(board, unmet, caller.locale);
  return {
    filename: `${caller.locale === 'fr' ? 'demande' : 'demand'}-${todayInMontreal(now)}.xlsx`,
    contentType: XLSX,
    body,
  };
}
