import type { RegisterEntryDto } from '@mutualis/contracts';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';

const money = (cents: number | null) => (cents === null ? '' : (cents / 100).toFixed(2));
const HEADERS: [keyof RegisterEntryDto | 'dates', string][] = [
  ['dates', 'Dates'],
  ['title', 'Activité / Activity'],
  ['objectives', 'Objectifs / Objectives'],
  ['content', 'Contenu / Content'],
  ['durationHours', 'Durée (h) / Duration (h)'],
  ['providerOrTrainer', 'Établissement ou formateur / Institution or trainer'],
  ['employers', 'Employeurs / Employers'],
  ['participants', 'Participants'],
  ['employmentClasses', "Catégories d'emploi (CNP) / Employment classes (NOC)"],
  ['costCents', 'Coût ($) / Cost ($)'],
  ['evaluationResult', "Résultat de l'évaluation / Evaluation result"],
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
      return e[key] ?? '';
    default:
      return (e[key] as string | null) ?? '';
  }
}

/** The activity register of a year (s.15) as an XLSX workbook. */
export async function renderRegisterXlsx(mutualName: string, year: number, entries: RegisterEntryDto[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Mutualis';
  const ws = wb.addWorksheet(`Registre ${year}`);
  ws.addRow([`${mutualName} — Registre des activités / Activity register ${year} (Règlement sur les mutuelles de formation, art. 15)`]);
  ws.addRow(HEADERS.map(([, label]) => label)).font = { bold: true };
  for (const e of entries) ws.addRow(HEADERS.map(([key]) => cell(e, key)));
  ws.columns.forEach((col, i) => {
    col.width = [22, 36, 40, 40, 12, 30, 36, 12, 24, 14, 36][i] ?? 20;
    col.alignment = { wrapText: true, vertical: 'top' };
  });
  ws.getColumn(10).numFmt = '#,##0.00';
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The activity register of a year as a PDF, one block per activity. */
export async function renderRegisterPdf(mutualName: string, year: number, entries: RegisterEntryDto[]): Promise<Buffer> {
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
