import type { RegisterEntryDto } from '@mutualis/contracts';
import { formatDateRange, formatHours, formatMoney, formatNumber, type Lang } from '@mutualis/domain/format/index';
import { sheetOf, type WriteColumn, writeXlsxSheets, xlsxMoneyFormat } from '../files/table-file.ts';

// Each column: its key, its header ("français / English": a document takes its reader's half), its width in the XLSX sheet.
const HEADERS: [keyof RegisterEntryDto | 'dates', string, number][] = [
  ['dates', 'Dates', 22],
  ['title', 'Activité / Activity', 36],
  ['objectives', 'Objectifs / Objectives', 40],
  ['content', 'Contenu / Content', 40],
  ['durationHours', 'Durée (h) / Duration (h)', 12],
  ['providerOrTrainer', 'Établissement ou formateur / Institution or trainer', 30],
  ['employers', 'Employeurs / Employers', 36],
  ['participants', 'Participants', 12],
  ['participantHours', 'Heures-participants / Participant-hours', 14],
  ['completed', 'Attestations (participation complétée) / Attestations (completed)', 16],
  ['employmentClasses', "Catégories d'emploi (CNP) / Employment classes (NOC)", 24],
  ['costCents', 'Coût ($) / Cost ($)', 14],
  ['evaluationResult', "Résultat de l'évaluation / Evaluation result", 36],
];

/** A header in the document's language. */
const headerIn = (header: string, lang: Lang) => header.split(' / ')[lang === 'en' ? 1 : 0] ?? header;

function cell(e: RegisterEntryDto, key: (typeof HEADERS)[number][0], lang: Lang): string | number {
  switch (key) {
    case 'dates':
      return formatDateRange(e.firstDay, e.lastDay, lang);
    case 'employers':
    case 'employmentClasses':
      return e[key].join(', ');
    case 'costCents':
      return e.costCents === null ? '' : e.costCents / 100;
    case 'durationHours':
    case 'participants':
    case 'participantHours':
    case 'completed':
      return e[key] ?? '';
    default:
      return (e[key] as string | null) ?? '';
  }
}

const columns = (lang: Lang): WriteColumn<RegisterEntryDto>[] =>
  HEADERS.map(([key, header, width]) => ({
    header: headerIn(header, lang),
    width,
    wrap: true,
    numFmt: key === 'costCents' ? xlsxMoneyFormat(lang) : undefined,
    value: (e) => cell(e, key, lang),
  }));

/** The activity register of a year (s.15) as an XLSX workbook in the reader's language: a title line, the headers, one row per activity. */
export function renderRegisterXlsx(
  mutualName: string,
  year: number,
  entries: RegisterEntryDto[],
  lang: Lang = 'fr',
): Promise<Uint8Array> {
  const title =
    lang === 'fr'
      ? `${mutualName} — Registre des activités ${year} (Règlement sur les mutuelles de formation, art. 15)`
      : `${mutualName} — Activity register ${year} (Regulation respecting training mutuals, s. 15)`;
  return writeXlsxSheets([
    sheetOf(lang === 'fr' ? `Registre ${year}` : `Register ${year}`, columns(lang), entries, { title }),
  ]);
}

/** A value as the PDF writes it: amounts, hours and numbers in the reader's language. */
function pdfValue(e: RegisterEntryDto, key: (typeof HEADERS)[number][0], lang: Lang): string {
  if (key === 'costCents') return e.costCents === null ? '' : formatMoney(e.costCents, lang, 2);
  if (key === 'durationHours') return e.durationHours === null ? '' : formatHours(e.durationHours, lang);
  const value = cell(e, key, lang);
  return typeof value === 'number' ? formatNumber(value, lang) : value;
}

/** The activity register of a year as a PDF in the reader's language, one block per activity. */
export async function renderRegisterPdf(
  mutualName: string,
  year: number,
  entries: RegisterEntryDto[],
  lang: Lang = 'fr',
): Promise<Buffer> {
  const fr = lang === 'fr';
  const { default: PDFDocument } = await import('pdfkit'); // loaded on first use, not at every start
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 50,
    compress: false,
    info: { Title: fr ? `Registre des activités ${year}` : `Activity register ${year}`, Author: mutualName },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica-Bold').fontSize(16).text(`${mutualName}`);
  doc.fontSize(13).text(fr ? `Registre des activités — ${year}` : `Activity register — ${year}`);
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#555')
    .text(fr ? 'Règlement sur les mutuelles de formation, art. 15' : 'Regulation respecting training mutuals, s. 15');
  doc.fillColor('#1a1a1a').moveDown();
  if (entries.length === 0) doc.fontSize(11).text(fr ? 'Aucune activité' : 'No activity');
  entries.forEach((e, i) => {
    if (doc.y > doc.page.height - 200) doc.addPage();
    doc
      .font('Helvetica-Bold')
      .fontSize(11)
      .text(`${i + 1}. ${e.title ?? ''}`);
    doc.font('Helvetica').fontSize(9);
    for (const [key, label] of HEADERS) {
      if (key === 'title') continue;
      const value = pdfValue(e, key, lang);
      // the values carry their unit ("7 h", "1 200,50 $"): not the header too
      doc.text(`${headerIn(label, lang).replace(/ \((h|\$)\)$/, '')}${fr ? ' : ' : ': '}${value || '—'}`, {
        indent: 12,
      });
    }
    if (!e.complete)
      doc
        .fillColor('#b00020')
        .text(`${fr ? 'Incomplet : ' : 'Incomplete: '}${e.missing.join(', ')}`, { indent: 12 })
        .fillColor('#1a1a1a');
    doc.moveDown(0.6);
  });
  doc.end();
  return finished;
}
