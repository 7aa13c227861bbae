import type { RegisterEntryDto } from '@mutualis/contracts';
import { sheetOf, type WriteColumn, writeXlsxSheets } from '../files/table-file.ts';

const money = (cents: number | null) => (cents === null ? '' : (cents / 100).toFixed(2));
// Each column: its key, its bilingual header, its width in the XLSX sheet.
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

function cell(e: RegisterEntryDto, key: (typeof HEADERS)[number][0]): string | number {
  switch (key) {
    case 'dates':
      return e.firstDay === e.lastDay ? (e.firstDay ?? '') : `${e.firstDay} – ${e.lastDay}`;
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

const COLUMNS: WriteColumn<RegisterEntryDto>[] = HEADERS.map(([key, header, width]) => ({
  header,
  width,
  wrap: true,
  numFmt: key === 'costCents' ? '#,##0.00' : undefined,
  value: (e) => cell(e, key),
}));

/** The activity register of a year (s.15) as an XLSX workbook: a title line, the headers, one row per activity. */
export function renderRegisterXlsx(mutualName: string, year: number, entries: RegisterEntryDto[]): Promise<Uint8Array> {
  const title = `${mutualName} — Registre des activités / Activity register ${year} (Règlement sur les mutuelles de formation, art. 15)`;
  return writeXlsxSheets([sheetOf(`Registre ${year}`, COLUMNS, entries, { title })]);
}

/** The activity register of a year as a PDF, one block per activity. */
export async function renderRegisterPdf(mutualName: string, year: number, entries: RegisterEntryDto[]): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit'); // loaded on first use, not at every start
  const doc = new PDFDocument({ size: 'LETTER', margin: 50, compress: false, info: { Title: `Registre des activités ${year}`, Author: mutualName } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica-Bold').fontSize(16).text(`${mutualName}`);
  doc.fontSize(13).text(`Registre des activités / Activity register — ${year}`);
  doc.font('Helvetica').fontSize(9).fillColor('#555').text('Règlement sur les mutuelles de formation, art. 15 / Regulation respecting training mutuals, s. 15');
  doc.fillColor('#1a1a1a').moveDown();
  if (entries.length === 0) doc.fontSize(11).text('Aucune activité / No activity');
  entries.forEach((e, i) => {
    if (doc.y > doc.page.height - 200) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(11).text(`${i + 1}. ${e.title ?? ''}`);
    doc.font('Helvetica').fontSize(9);
    for (const [key, label] of HEADERS) {
      if (key === 'title') continue;
      const value = key === 'costCents' ? money(e.costCents) : String(cell(e, key));
      doc.text(`${label} : ${value || '—'}`, { indent: 12 });
    }
    if (!e.complete) doc.fillColor('#b00020').text(`Incomplet / Incomplete: ${e.missing.join(', ')}`, { indent: 12 }).fillColor('#1a1a1a');
    doc.moveDown(0.6);
  });
  doc.end();
  return finished;
}
