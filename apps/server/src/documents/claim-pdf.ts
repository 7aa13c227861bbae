import type { Claim } from '@mutualis/contracts';
import { both, facts, heading, type Labels, type Lang, money, newDocument, table } from './money-pdf.ts';

const L: Labels = {
  title: { fr: 'Réclamation de subvention', en: 'Subsidy claim' },
  funder: { fr: 'Bailleur de fonds', en: 'Funder' },
  programme: { fr: 'Programme', en: 'Programme' },
  period: { fr: 'Période', en: 'Period' },
  status: { fr: 'État', en: 'Status' },
  claimed: { fr: 'Montant réclamé', en: 'Amount claimed' },
  received: { fr: 'Reçu', en: 'Received' },
  refused: { fr: 'Refusé', en: 'Refused' },
  sessions: { fr: 'Activités de formation', en: 'Training activities' },
  activity: { fr: 'Activité', en: 'Activity' },
  dates: { fr: 'Dates', en: 'Dates' },
  participants: { fr: 'Participants', en: 'Participants' },
  hours: { fr: 'Heures-participants', en: 'Participant-hours' },
  firms: { fr: 'Entreprises', en: 'Firms' },
  difference: { fr: 'Écart', en: 'Difference' },
  invoices: { fr: 'Factures aux entreprises', en: 'Invoices to the firms' },
  number: { fr: 'Numéro', en: 'Number' },
  firm: { fr: 'Entreprise', en: 'Firm' },
  subsidy: { fr: 'Subvention', en: 'Subsidy' },
  total: { fr: 'Total', en: 'Total' },
  paid: { fr: 'Payé', en: 'Paid' },
  attendance: { fr: 'Registres de présence', en: 'Attendance registers' },
  participant: { fr: 'Participant', en: 'Participant' },
  day: { fr: 'Jour', en: 'Day' },
  present: { fr: 'Présent', en: 'Present' },
  yes: { fr: 'oui', en: 'yes' },
  no: { fr: 'non', en: 'no' },
  attestations: { fr: 'Attestations de participation', en: 'Attestations of participation' },
  payments: { fr: 'Preuves de paiement des entreprises', en: 'Proof of the firms’ payments' },
  date: { fr: 'Date', en: 'Date' },
  method: { fr: 'Mode', en: 'Method' },
  reference: { fr: 'Référence', en: 'Reference' },
  amount: { fr: 'Montant', en: 'Amount' },
  funderPayments: { fr: 'Versements du bailleur', en: 'Funder payments' },
};

export interface ClaimEvidence {
  invoices: { number: string; memberName: string; subsidyCents: number; totalCents: number; paidCents: number }[];
  attendance: {
    sessionTitle: string;
    participant: string;
    memberName: string;
    day: string;
    present: boolean;
    hours: number;
  }[];
  attestations: {
    number: string;
    participant: string;
    memberName: string;
    course: string;
    hours: number;
    dateTo: string;
  }[];
  payments: {
    number: string;
    memberName: string;
    receivedOn: string;
    amountCents: number;
    method: string;
    reference: string;
  }[];
}

/** The claim and all its evidence in one PDF (for the coordinator and the funder; it names participants). */
export async function renderClaimPdf(
  claim: Claim,
  evidence: ClaimEvidence,
  mutual: { name: string },
  lang: Lang,
): Promise<Buffer> {
  const { doc, bytes } = newDocument(`${both(L, 'title', lang)} ${claim.number}`);
  doc.font('Helvetica-Bold').fontSize(16).text(mutual.name);
  doc
    .moveDown(0.5)
    .fontSize(14)
    .text(`${both(L, 'title', lang)} ${claim.number}`);
  doc.moveDown(0.5);
  facts(doc, [
    [both(L, 'funder', lang), claim.funderName],
    [both(L, 'programme', lang), claim.programmeName],
    [both(L, 'period', lang), `${claim.periodFrom} — ${claim.periodTo}`],
    [both(L, 'status', lang), claim.status],
    [both(L, 'claimed', lang), money(claim.claimedCents, lang)],
    [both(L, 'received', lang), money(claim.receivedCents, lang)],
    [both(L, 'refused', lang), money(claim.refusedCents, lang)],
  ]);
  heading(doc, both(L, 'sessions', lang));
  table(
    doc,
    [
      { header: L.activity[lang], width: 150 },
      { header: L.dates[lang], width: 80 },
      { header: L.participants[lang], width: 52, align: 'right' },
      { header: L.hours[lang], width: 52, align: 'right' },
      { header: L.claimed[lang], width: 62, align: 'right' },
      { header: L.received[lang], width: 58, align: 'right' },
      { header: L.difference[lang], width: 58, align: 'right' },
    ],
    claim.sessions.map((s) => [
      lang === 'fr' ? s.titleFr : s.titleEn,
      s.firstDay ? `${s.firstDay}${s.lastDay && s.lastDay !== s.firstDay ? ` – ${s.lastDay}` : ''}` : '',
      String(s.participants),
      String(s.participantHours),
      money(s.claimedCents, lang),
      money(s.receivedCents, lang),
      money(s.differenceCents, lang),
    ]),
  );
  if (claim.payments.length) {
    heading(doc, both(L, 'funderPayments', lang));
    table(
      doc,
      [
        { header: L.date[lang], width: 100 },
        { header: L.amount[lang], width: 100, align: 'right' },
        { header: L.refused[lang], width: 100, align: 'right' },
        { header: L.reference[lang], width: 150 },
      ],
      claim.payments.map((p) => [p.receivedOn, money(p.amountCents, lang), money(p.refusedCents, lang), p.reference]),
    );
  }
  heading(doc, both(L, 'invoices', lang));
  table(
    doc,
    [
      { header: L.number[lang], width: 80 },
      { header: L.firm[lang], width: 200 },
      { header: L.subsidy[lang], width: 75, align: 'right' },
      { header: L.total[lang], width: 75, align: 'right' },
      { header: L.paid[lang], width: 75, align: 'right' },
    ],
    evidence.invoices.map((i) => [
      i.number,
      i.memberName,
      money(i.subsidyCents, lang),
      money(i.totalCents, lang),
      money(i.paidCents, lang),
    ]),
  );
  heading(doc, both(L, 'payments', lang));
  table(
    doc,
    [
      { header: L.number[lang], width: 70 },
      { header: L.firm[lang], width: 170 },
      { header: L.date[lang], width: 70 },
      { header: L.amount[lang], width: 75, align: 'right' },
      { header: L.method[lang], width: 60 },
      { header: L.reference[lang], width: 67 },
    ],
    evidence.payments.map((p) => [
      p.number,
      p.memberName,
      p.receivedOn,
      money(p.amountCents, lang),
      p.method,
      p.reference,
    ]),
  );
  heading(doc, both(L, 'attendance', lang));
  table(
    doc,
    [
      { header: L.activity[lang], width: 140 },
      { header: L.participant[lang], width: 110 },
      { header: L.firm[lang], width: 120 },
      { header: L.day[lang], width: 62 },
      { header: L.present[lang], width: 40 },
      { header: L.hours[lang], width: 40, align: 'right' },
    ],
    evidence.attendance.map((a) => [
      a.sessionTitle,
      a.participant,
      a.memberName,
      a.day,
      a.present ? L.yes[lang] : L.no[lang],
      String(a.hours),
    ]),
  );
  heading(doc, both(L, 'attestations', lang));
  table(
    doc,
    [
      { header: L.number[lang], width: 110 },
      { header: L.participant[lang], width: 110 },
      { header: L.firm[lang], width: 110 },
      { header: L.activity[lang], width: 122 },
      { header: L.hours[lang], width: 60, align: 'right' },
    ],
    evidence.attestations.map((a) => [a.number, a.participant, a.memberName, a.course, String(a.hours)]),
  );
  doc.end();
  return bytes;
}
