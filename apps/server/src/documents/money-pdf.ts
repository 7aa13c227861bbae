// Shared pieces of the money documents (invoices, statements of account, 1 % statements, the
// annual report, claims): a PDF in memory, bilingual labels in the reader's language first, money
// in that language, and a simple table that breaks across pages.
import PDFDocument from 'pdfkit';

export type Lang = 'fr' | 'en';
export type Labels = Record<string, { fr: string; en: string }>;

/** Money in the language: "1 200,50 $" or "$1,200.50" (no narrow spaces: the standard fonts lack them). */
export function money(cents: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency: 'CAD' })
    .format(cents / 100)
    .replace(/\u202f|\u00a0/g, ' ');
}

/** A rate in millionths as a percentage in the language (9.975 %). */
export function percent(ppm: number, lang: Lang): string {
  return `${new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 4 }).format(ppm / 10_000)} %`;
}

/** A label in the reader's language, then the other: "Facture / Invoice". */
export const both = (labels: Labels, key: string, lang: Lang) =>
  lang === 'fr' ? `${labels[key].fr} / ${labels[key].en}` : `${labels[key].en} / ${labels[key].fr}`;
export const one = (labels: Labels, key: string, lang: Lang) => labels[key][lang];

/** A new letter-size document and the promise of its bytes (uncompressed, so tests can read the text). */
export function newDocument(title: string) {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 50,
    compress: false,
    info: { Title: title, Author: 'Mutualis' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const bytes = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return { doc, bytes };
}

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

/** Draws a table from the current position: a bold header row, then rows (a new page when the page is full). */
export function table(
  doc: PDFKit.PDFDocument,
  columns: Column[],
  rows: (string | { text: string; bold?: boolean })[][],
  options: { fontSize?: number } = {},
) {
  const size = options.fontSize ?? 8;
  const left = 50;
  const draw = (cells: (string | { text: string; bold?: boolean })[], bold: boolean) => {
    let x = left;
    const y = doc.y;
    let height = 0;
    cells.forEach((cell, i) => {
      const c = columns[i];
      const text = typeof cell === 'string' ? cell : cell.text;
      doc.font(bold || (typeof cell !== 'string' && cell.bold) ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
      height = Math.max(height, doc.heightOfString(text, { width: c.width - 4 }));
      doc.text(text, x, y, { width: c.width - 4, align: c.align ?? 'left' });
      x += c.width;
    });
    doc.y = y + height + 3;
    doc.x = left;
  };
  const header = () => {
    draw(
      columns.map((c) => c.header),
      true,
    );
    doc
      .moveTo(left, doc.y - 1)
      .lineTo(left + columns.reduce((s, c) => s + c.width, 0), doc.y - 1)
      .stroke();
    doc.y += 2;
  };
  header();
  for (const row of rows) {
    if (doc.y > 700) {
      doc.addPage();
      header();
    }
    draw(row, false);
  }
  doc.moveDown(0.5);
}

/** A heading in both languages. */
export function heading(doc: PDFKit.PDFDocument, text: string, size = 12) {
  if (doc.y > 680) doc.addPage();
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).fillColor('#000').text(text, 50);
  doc.moveDown(0.3).font('Helvetica').fontSize(9);
}

/** Label: value lines. */
export function facts(doc: PDFKit.PDFDocument, rows: [string, string][]) {
  doc.font('Helvetica').fontSize(9);
  for (const [k, v] of rows) {
    doc.font('Helvetica-Bold').text(`${k} : `, 50, doc.y, { continued: true }).font('Helvetica').text(v);
  }
}
