import { formatDayShort, formatHours, formatMeetingDay } from '@mutualis/domain/format/index';
import PDFDocument from 'pdfkit';

// The trainer's roster and sign-in sheet of a session: who is expected, from which firm, and one
// signature column per meeting day with its date and hours. In the reader's language, the title
// also in the other one.

const LABELS = {
  fr: {
    title: 'Liste des participants et feuille de présence',
    trainer: 'Formateur',
    place: 'Lieu',
    virtual: 'Classe virtuelle',
    days: 'Journées',
    total: 'Total',
    participant: 'Participant',
    firm: 'Entreprise',
    jobTitle: 'Poste',
    signature: 'Signature',
    none: 'Aucun participant confirmé.',
    extra: 'Lignes vides : remplaçant ou participant ajouté (à confirmer auprès de la mutuelle)',
    trainerSignature: 'Signature du formateur',
    page: 'Page',
  },
  en: {
    title: 'Participant roster and sign-in sheet',
    trainer: 'Trainer',
    place: 'Place',
    virtual: 'Virtual class',
    days: 'Meeting days',
    total: 'Total',
    participant: 'Participant',
    firm: 'Firm',
    jobTitle: 'Job title',
    signature: 'Signature',
    none: 'No confirmed participant.',
    extra: 'Blank rows: substitute or added participant (to be confirmed with the mutual)',
    trainerSignature: "Trainer's signature",
    page: 'Page',
  },
} as const;

export interface SignInSheetDocument {
  mutualName: string;
  title: string;
  trainer: string | null;
  place: string | null;
  virtual: boolean;
  days: { day: string; startsAt: string; endsAt: string; hours: number }[];
  participants: { name: string; firm: string; jobTitle: string }[];
}

const DAYS_PER_PAGE = 5;
const EXTRA_ROWS = 3;

/** The roster and sign-in sheet as a PDF (landscape), `lang` first; meeting days past five go on further pages. */
export async function renderSignInSheetPdf(sheet: SignInSheetDocument, lang: 'fr' | 'en'): Promise<Buffer> {
  const L = LABELS[lang];
  const O = LABELS[lang === 'fr' ? 'en' : 'fr'];
  // uncompressed so that the text can be checked
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: 'landscape',
    margin: 36,
    compress: false,
    info: { Title: `${L.title} — ${sheet.title}`, Author: sheet.mutualName },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const colon = lang === 'fr' ? ' : ' : ': ';
  const total = sheet.days.reduce((sum, d) => sum + d.hours, 0);
  const groups: SignInSheetDocument['days'][] = [];
  for (let i = 0; i < Math.max(1, sheet.days.length); i += DAYS_PER_PAGE)
    groups.push(sheet.days.slice(i, i + DAYS_PER_PAGE));

  const header = () => {
    doc
      .fillColor('#0b5cad')
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(sheet.mutualName, left, doc.page.margins.top, { width });
    doc.fillColor('#1a1a1a').fontSize(15).text(L.title, { width });
    doc.font('Helvetica').fontSize(9).fillColor('#555').text(O.title, { width });
    doc.moveDown(0.3);
    doc.fillColor('#1a1a1a').font('Helvetica-Bold').fontSize(12).text(sheet.title, { width });
    doc.font('Helvetica').fontSize(9);
    const facts = [
      sheet.trainer ? `${L.trainer}${colon}${sheet.trainer}` : null,
      sheet.place ? `${L.place}${colon}${sheet.place}` : sheet.virtual ? L.virtual : null,
    ].filter(Boolean);
    if (facts.length) doc.text(facts.join('   ·   '), { width });
    const days = sheet.days.map((d) => `${formatMeetingDay(d, lang)} (${formatHours(d.hours, lang)})`);
    doc.text(
      `${L.days}${colon}${days.join(lang === 'fr' ? ' ; ' : '; ') || '—'}   ·   ${L.total}${colon}${formatHours(total, lang)}`,
      { width },
    );
    doc.moveDown(0.5);
  };

  groups.forEach((group, g) => {
    if (g > 0) doc.addPage();
    header();
    const numberW = 22;
    const nameW = 150;
    const firmW = 130;
    const jobW = 110;
    const dayW = (width - numberW - nameW - firmW - jobW) / Math.max(1, group.length);
    const rowH = 30;
    const columns = [
      { label: '#', w: numberW },
      { label: L.participant, w: nameW },
      { label: L.firm, w: firmW },
      { label: L.jobTitle, w: jobW },
      ...(group.length
        ? group.map((d) => ({ label: `${formatDayShort(d.day, lang)}\n${formatHours(d.hours, lang)}`, w: dayW }))
        : [{ label: L.signature, w: dayW }]),
    ];
    const tableHead = () => {
      const y = doc.y;
      let x = left;
      doc.font('Helvetica-Bold').fontSize(8.5).fillColor('#1a1a1a');
      for (const c of columns) {
        doc.rect(x, y, c.w, rowH).fillAndStroke('#e8eef6', '#888');
        doc.fillColor('#1a1a1a').text(c.label, x + 3, y + 4, { width: c.w - 6, height: rowH - 6 });
        x += c.w;
      }
      doc.y = y + rowH;
    };
    tableHead();
    const rows = [
      ...sheet.participants.map((p, i) => [String(i + 1), p.name, p.firm, p.jobTitle]),
      ...Array.from({ length: EXTRA_ROWS }, () => ['', '', '', '']),
    ];
    doc.font('Helvetica').fontSize(9);
    rows.forEach((cells) => {
      if (doc.y + rowH > doc.page.height - doc.page.margins.bottom - 40) {
        doc.addPage();
        header();
        tableHead();
        doc.font('Helvetica').fontSize(9);
      }
      const y = doc.y;
      let x = left;
      columns.forEach((c, k) => {
        doc.rect(x, y, c.w, rowH).stroke('#888');
        const value = cells[k] ?? '';
        if (value)
          doc.fillColor('#1a1a1a').text(value, x + 3, y + 5, { width: c.w - 6, height: rowH - 8, ellipsis: true });
        x += c.w;
      });
      doc.y = y + rowH;
    });
    doc.moveDown(0.4);
    doc
      .fontSize(8)
      .fillColor('#555')
      .text(sheet.participants.length ? L.extra : L.none, left, doc.y, { width });
    doc.moveDown(1.2);
    doc
      .fillColor('#1a1a1a')
      .fontSize(9)
      .text(`${L.trainerSignature}${colon}________________________________`, left, doc.y, { width });
  });
  doc.end();
  return finished;
}
