import type { DemandBoard, UnmetNeeds } from '@mutualis/contracts';
import ExcelJS from 'exceljs';

const statusLabels: Record<'fr' | 'en', Record<string, string>> = {
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

const headers = {
  fr: {
    cells: 'Demande',
    unmet: 'Besoins non comblés',
    cellCols: ['Code du sujet', 'Sujet', 'Région', 'Période', 'Langue', 'Places', 'Entreprises', 'Besoins', 'Places en présentiel', 'Places en virtuel', 'État', 'Places manquantes'],
    unmetCols: ['Besoin', 'Entreprise', 'Code du sujet', 'Places', 'Région', 'Langues', 'Formules', 'Périodes', 'Raison'],
  },
  en: {
    cells: 'Demand',
    unmet: 'Unmet needs',
    cellCols: ['Topic code', 'Topic', 'Region', 'Period', 'Language', 'Seats', 'Firms', 'Needs', 'In-person seats', 'Virtual seats', 'Status', 'Missing seats'],
    unmetCols: ['Need', 'Firm', 'Topic code', 'Seats', 'Region', 'Languages', 'Modes', 'Periods', 'Reason'],
  },
};

/** The demand board and the unmet needs as a two-sheet XLSX workbook, in the caller's language. */
export async function demandWorkbook(board: DemandBoard, unmet: UnmetNeeds, locale: 'fr' | 'en'): Promise<Uint8Array> {
  const h = headers[locale];
  const labels = statusLabels[locale];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Mutualis';
  const cells = workbook.addWorksheet(h.cells, { views: [{ state: 'frozen', ySplit: 1 }] });
  cells.columns = h.cellCols.map((header) => ({ header, width: Math.max(12, header.length + 2) }));
  cells.getRow(1).font = { bold: true };
  for (const c of board.cells) {
    cells.addRow([
      c.topicCode,
      locale === 'fr' ? c.topicNameFr : c.topicNameEn,
      c.regionCode,
      c.period,
      c.language,
      c.seats,
      c.members,
      c.needs,
      c.inPersonSeats,
      c.virtualSeats,
      labels[c.status],
      c.missingSeats,
    ]);
  }
  const sheet = workbook.addWorksheet(h.unmet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = h.unmetCols.map((header) => ({ header, width: Math.max(12, header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const n of unmet.items) {
    sheet.addRow([n.needId, n.memberName, n.topicCode, n.seats, n.regionCode, n.languages.join(', '), n.modes.join(', '), n.periods.join(', '), labels[n.reason]]);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
