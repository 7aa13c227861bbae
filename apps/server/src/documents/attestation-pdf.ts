import { formatCount, formatDate } from '@mutualis/domain/format/index';

export interface AttestationDocument {
  number: string;
  mutualName: string;
  participantName: string;
  courseTitleFr: string;
  courseTitleEn: string;
  providerName: string | null;
  dateFrom: string;
  dateTo: string;
  hours: number;
  verifyUrl: string;
  issuedOn: string;
  reissuedOn: string | null;
}

// dates and hours from the shared formatting module, each half of the document in its language
const frDate = (d: string) => formatDate(d, 'fr');
const enDate = (d: string) => formatDate(d, 'en');
const hoursFr = (h: number) => formatCount(h, 'fr', { one: 'heure', other: 'heures' });
const hoursEn = (h: number) => formatCount(h, 'en', { one: 'hour', other: 'hours' });

/** The bilingual attestation of participation (Règlement sur les mutuelles de formation, s.14), as a PDF. */
export async function renderAttestationPdf(a: AttestationDocument): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit'); // loaded on first use, not at every start
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: 'landscape',
    margin: 56,
    compress: false,
    info: {
      Title: `Attestation ${a.number}`,
      Author: a.mutualName,
      Subject: 'Attestation de participation / Certificate of participation',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 112;
  doc
    .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
    .lineWidth(2)
    .stroke('#0b5cad');
  doc.fillColor('#0b5cad').font('Helvetica-Bold').fontSize(12).text(a.mutualName, { align: 'center', width });
  doc.moveDown(0.8);
  doc.fillColor('#1a1a1a').fontSize(24).text('Attestation de participation', { align: 'center', width });
  doc.font('Helvetica').fontSize(16).fillColor('#555').text('Certificate of participation', { align: 'center', width });
  doc.moveDown(1.2);
  doc
    .fillColor('#1a1a1a')
    .fontSize(12)
    .text('Nous attestons que / This is to certify that', { align: 'center', width });
  doc.moveDown(0.4);
  doc.font('Helvetica-Bold').fontSize(22).text(a.participantName, { align: 'center', width });
  doc.moveDown(0.4);
  doc
    .font('Helvetica')
    .fontSize(12)
    .text('a participé à la formation / took part in the training', { align: 'center', width });
  doc.moveDown(0.4);
  doc.font('Helvetica-Bold').fontSize(16).text(a.courseTitleFr, { align: 'center', width });
  if (a.courseTitleEn !== a.courseTitleFr)
    doc.font('Helvetica-Oblique').fontSize(13).text(a.courseTitleEn, { align: 'center', width });
  doc.moveDown(0.8);
  const same = a.dateFrom === a.dateTo;
  const fr = same ? `le ${frDate(a.dateFrom)}` : `du ${frDate(a.dateFrom)} au ${frDate(a.dateTo)}`;
  const en = same ? `on ${enDate(a.dateFrom)}` : `from ${enDate(a.dateFrom)} to ${enDate(a.dateTo)}`;
  doc
    .font('Helvetica')
    .fontSize(12)
    .text(`${fr}, durée : ${hoursFr(a.hours)}`, { align: 'center', width });
  doc.text(`${en}, duration: ${hoursEn(a.hours)}`, { align: 'center', width });
  if (a.providerName) {
    doc.moveDown(0.4);
    doc.text(`Formation donnée par / Training given by: ${a.providerName}`, { align: 'center', width });
  }
  doc.moveDown(1.2);
  doc.fontSize(10).fillColor('#333');
  doc.text(`Numéro / Number: ${a.number}`, { align: 'center', width });
  doc.text(
    `Délivrée le ${frDate(a.issuedOn)} / Issued on ${enDate(a.issuedOn)}${a.reissuedOn ? ` — réémise le ${frDate(a.reissuedOn)} / reissued on ${enDate(a.reissuedOn)}` : ''}`,
    { align: 'center', width },
  );
  doc.moveDown(0.4);
  doc.text('Vérifier l’authenticité / Verify authenticity:', { align: 'center', width });
  doc.fillColor('#0b5cad').text(a.verifyUrl, { align: 'center', width, link: a.verifyUrl, underline: true });
  doc.moveDown(0.8);
  doc
    .fillColor('#666')
    .fontSize(8)
    .text(
      'Attestation délivrée en application de l’article 14 du Règlement sur les mutuelles de formation (RLRQ, c. D-8.3, r. 7). / Issued under section 14 of the Regulation respecting training mutuals.',
      { align: 'center', width },
    );
  doc.end();
  return finished;
}
