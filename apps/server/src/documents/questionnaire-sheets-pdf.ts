import { formatDate } from '@mutualis/domain/format/index';
import PDFDocument from 'pdfkit';
import qrcode from 'qrcode-generator';

// Personal questionnaire sheets: one page per participant without an e-mail address, in the
// participant's language, with the personal links of the satisfaction (level 1) and learning
// (level 2) questionnaires as QR codes and as text, for the trainer to hand out at the last meeting day.

const LABELS = {
  fr: {
    title: 'Votre avis sur la formation',
    intro:
      'Ce questionnaire est personnel : il vous est remis en main propre et vous seul y répondez. Votre employeur ne voit jamais vos réponses.',
    how: 'Photographiez le code avec votre téléphone ou tapez l’adresse dans un navigateur.',
    level1: 'Satisfaction',
    level2: 'Ce que vous avez appris',
    answered: 'Déjà répondu — merci !',
    until: 'À remplir au plus tard le',
    for: 'Pour',
  },
  en: {
    title: 'Your opinion of the training',
    intro:
      'This questionnaire is personal: it is handed to you and only you answer it. Your employer never sees your answers.',
    how: 'Scan the code with your phone or type the address in a browser.',
    level1: 'Satisfaction',
    level2: 'What you learned',
    answered: 'Already answered — thank you!',
    until: 'Please answer by',
    for: 'For',
  },
} as const;

export interface QuestionnaireSheet {
  participantName: string;
  firm: string;
  locale: 'fr' | 'en';
  sessionTitle: string;
  dates: string;
  /** Level 1 and 2 links; null when already answered. */
  links: { level: 1 | 2; url: string | null; closesOn: string | null }[];
}

/** Draws `text` as a QR code (error correction M) at (x, y), `size` points wide, as vector squares. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const cell = size / n;
  doc.save().fillColor('#000');
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) if (qr.isDark(r, c)) doc.rect(x + c * cell, y + r * cell, cell + 0.05, cell + 0.05);
  doc.fill().restore();
}

/** The sheets, one page each (LETTER, portrait). */
export async function renderQuestionnaireSheetsPdf(mutualName: string, sheets: QuestionnaireSheet[]): Promise<Buffer> {
  // uncompressed so that the text can be checked
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 56,
    compress: false,
    autoFirstPage: false,
    info: { Title: 'Questionnaires', Author: mutualName },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (const sheet of sheets) {
    const L = LABELS[sheet.locale];
    doc.addPage();
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    doc
      .fillColor('#0b5cad')
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(mutualName, left, doc.page.margins.top, { width });
    doc.moveDown(0.5);
    doc.fillColor('#1a1a1a').fontSize(20).text(L.title, { width });
    doc.moveDown(0.3);
    doc.font('Helvetica').fontSize(12).text(`${L.for} ${sheet.participantName} (${sheet.firm})`, { width });
    doc.font('Helvetica-Bold').text(sheet.sessionTitle, { width });
    doc.font('Helvetica').fontSize(10).fillColor('#555').text(sheet.dates, { width });
    doc.moveDown(0.6);
    doc.fillColor('#1a1a1a').fontSize(10).text(L.intro, { width });
    doc.text(L.how, { width });
    doc.moveDown(1);
    const size = 150;
    for (const link of sheet.links) {
      const top = doc.y;
      doc
        .font('Helvetica-Bold')
        .fontSize(13)
        .text(link.level === 1 ? L.level1 : L.level2, left, top, { width });
      if (!link.url) {
        doc.font('Helvetica').fontSize(11).fillColor('#555').text(L.answered, { width }).fillColor('#1a1a1a');
        doc.moveDown(1);
        continue;
      }
      // a quiet zone of at least 4 modules around the code, as scanners need
      const qrTop = top + 34;
      drawQr(doc, link.url, left, qrTop, size);
      if (link.closesOn)
        doc
          .font('Helvetica')
          .fontSize(10)
          .text(`${L.until} ${formatDate(link.closesOn, sheet.locale)}`, left + size + 24, qrTop + 10, {
            width: width - size - 24,
          });
      // the address in full under the code, on one line, for those who type it
      doc
        .font('Helvetica')
        .fontSize(8)
        .text(link.url, left, qrTop + size + 18, { width, link: link.url, lineBreak: false });
      doc.y = qrTop + size + 40;
      doc.x = left;
    }
  }
  if (sheets.length === 0) doc.addPage().font('Helvetica').fontSize(12).text('—');
  doc.end();
  return finished;
}
