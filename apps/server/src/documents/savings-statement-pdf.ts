import type { MyFirmSavings, SavingsLine } from '@mutualis/contracts';
import { formatDate, formatMoney, formatPeriod } from '@mutualis/domain/format/index';

const LABELS = {
  fr: {
    title: 'Relevé des économies de mutualisation',
    year: 'Année',
    issued: 'Émis le',
    period: 'Période',
    training: 'Formation',
    seats: 'Places',
    pooled: 'Part mutualisée',
    alone: 'Coût seul',
    savings: 'Économie',
    total: "Total de l'année",
    none: 'Aucune place réservée dans une session mutualisée cette année.',
    note: "Coût seul : ce que les mêmes places auraient coûté à l'entreprise en achetant seule des sessions privées (minimum de places payé par session).",
    notRecognised: (spans: string) =>
      `Mutuelle non reconnue (${spans}) : les sommes versées à la mutuelle pendant cette période ne sont pas des dépenses de formation admissibles au sens de la loi du 1 % (Règlement sur les mutuelles de formation, art. 1).`,
  },
  en: {
    title: 'Pooling savings statement',
    year: 'Year',
    issued: 'Issued on',
    period: 'Period',
    training: 'Training',
    seats: 'Seats',
    pooled: 'Pooled share',
    alone: 'Cost alone',
    savings: 'Savings',
    total: 'Total for the year',
    none: 'No seat reserved in a pooled session this year.',
    note: 'Cost alone: what the same seats would have cost the firm buying private sessions on its own (minimum seats paid per session).',
    notRecognised: (spans: string) =>
      `Mutual not recognised (${spans}): amounts paid to the mutual during this period are not eligible training spending under the 1 % law (Regulation respecting training mutuals, s.1).`,
  },
} as const;

/** Amounts with their cents, from the shared formatting module: "1 200,50 $" / "$1,200.50". */
const money = (cents: number, lang: 'fr' | 'en') => formatMoney(cents, lang, 2);

/**
 * What a statement shows: the firm, the year, every line of the firm (the year's are drawn) and the
 * year's totals; and the spans of the year when the mutual was not recognised (s.1), if any.
 */
export type SavingsStatementInput = Pick<MyFirmSavings, 'memberName' | 'year' | 'yearToDate'> & {
  lines: SavingsLine[];
  paymentsDidNotCount?: readonly { from: string; to: string }[];
};

/**
 * The firm's savings statement for a year as a bilingual PDF (the chosen language first, the other
 * below each heading). Shows the firm's own name and figures only.
 */
export async function renderSavingsStatementPdf(
  savings: SavingsStatementInput,
  lang: 'fr' | 'en',
  issuedOn: string,
): Promise<Buffer> {
  const other = lang === 'fr' ? 'en' : 'fr';
  const L = LABELS[lang];
  const O = LABELS[other];
  const both = (k: Exclude<keyof (typeof LABELS)['fr'], 'notRecognised'>) => `${L[k]} / ${O[k]}`;
  // uncompressed so that the text can be checked (statements are a page or two)
  const { default: PDFDocument } = await import('pdfkit'); // loaded on first use, not at every start
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 50,
    compress: false,
    info: { Title: both('title'), Author: 'Mutualis' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(16).text(L.title);
  doc.font('Helvetica').fontSize(11).fillColor('#555').text(O.title);
  doc.moveDown();
  doc.fillColor('#000').font('Helvetica-Bold').fontSize(13).text(savings.memberName);
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(`${both('year')} : ${savings.year}`);
  doc.text(`${both('issued')} : ${formatDate(issuedOn, lang)}`);
  doc.moveDown();
  const notCounted = savings.paymentsDidNotCount ?? [];
  if (notCounted.length > 0) {
    // s.1: while the mutual is not recognised, what a firm pays it is not training spending
    const spans = notCounted.map((s) => (s.from === s.to ? s.from : `${s.from} – ${s.to}`)).join(', ');
    doc.font('Helvetica-Bold').fontSize(9).fillColor('#8a1c1c').text(L.notRecognised(spans), 50, doc.y, { width: 512 });
    doc.font('Helvetica').fontSize(8).text(O.notRecognised(spans), { width: 512 });
    doc.fillColor('#000');
    doc.moveDown();
  }

  const lines = savings.lines.filter((l) => l.period.startsWith(`${savings.year}-`));
  const cols = [50, 105, 300, 345, 420, 495];
  const tableRight = 565;
  const bottom = doc.page.height - doc.page.margins.bottom;
  const header = ['period', 'training', 'seats', 'pooled', 'alone', 'savings'] as const;
  // a first cell followed by '' spans the next column too (the total's label)
  const cellsOf = (cells: string[]) =>
    cells.flatMap((cell, i) => {
      if (cell === '' && i > 0) return [];
      const end = i === 0 && cells[1] === '' ? 2 : i + 1;
      return [
        {
          text: cell,
          x: cols[i],
          width: (cols[end] ?? tableRight) - cols[i] - 4,
          align: i >= 2 ? ('right' as const) : ('left' as const),
        },
      ];
    });
  /**
   * Draws a row at y and returns its height: every cell wraps within its column (a long course title
   * takes several lines, at most MAX_LINES: the title, then its topic; beyond, it ends with "…"), and the row is as tall as its
   * tallest cell, so that the next row (or the total) starts below it. A row that would cross the
   * bottom margin starts a new page; `y` is where it was drawn.
   */
  const MAX_LINES = 6;
  const row = (cells: string[], at: number, bold = false): { y: number; height: number } => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    const lineHeight = doc.currentLineHeight(true);
    const laid = cellsOf(cells).map((c) => ({
      ...c,
      height: Math.min(doc.heightOfString(c.text, { width: c.width, align: c.align }), MAX_LINES * lineHeight),
    }));
    const height = Math.max(lineHeight, ...laid.map((c) => c.height));
    let y = at;
    if (y + height > bottom) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    for (const c of laid)
      doc.text(c.text, c.x, y, { width: c.width, align: c.align, height: c.height + 0.5, ellipsis: '…' });
    return { y, height };
  };
  let y = doc.y;
  let drawn = row(
    header.map((k) => L[k]),
    y,
    true,
  );
  y = drawn.y + drawn.height + 2;
  drawn = row(
    header.map((k) => O[k]),
    y,
  );
  y = drawn.y + drawn.height + 5;
  doc
    .moveTo(50, y - 3)
    .lineTo(562, y - 3)
    .stroke();
  if (lines.length === 0) {
    doc.font('Helvetica').fontSize(10).text(L.none, 50, y);
    doc.fontSize(9).fillColor('#555').text(O.none);
    doc.fillColor('#000');
    y = doc.y + 8;
  }
  for (const l of lines) {
    const training = lang === 'fr' ? `${l.courseFr} (${l.topicFr})` : `${l.courseEn} (${l.topicEn})`;
    drawn = row(
      [
        formatPeriod(l.period, lang),
        training,
        String(l.seats),
        money(l.pooledCents, lang),
        money(l.standaloneCents, lang),
        money(l.savingsCents, lang),
      ],
      y,
    );
    y = drawn.y + drawn.height + 3;
  }
  const t = savings.yearToDate;
  if (y + 4 + 12 > bottom) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  doc.moveTo(50, y).lineTo(562, y).stroke();
  drawn = row(
    [
      both('total'),
      '',
      String(t.seats),
      money(t.pooledCents, lang),
      money(t.standaloneCents, lang),
      money(t.savingsCents, lang),
    ],
    y + 4,
    true,
  );
  doc.y = drawn.y + drawn.height;
  doc.moveDown(2);
  doc.font('Helvetica').fontSize(8).fillColor('#555').text(L.note, 50, doc.y, { width: 512 });
  doc.text(O.note, { width: 512 });
  doc.end();
  return finished;
}
