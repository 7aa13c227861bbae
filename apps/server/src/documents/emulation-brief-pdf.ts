import type { EmulationScenario } from '@mutualis/contracts';
import { scianLabel } from '@mutualis/domain/reference/scian';
import PDFDocument from 'pdfkit';

// The emulation planner's brief: a page a funder can hand to a minister's office or a board. The
// result on the left, the assumptions it rests on beside it on the right, then the table of the
// participation levels run.

const LABELS = {
  fr: {
    title: 'Note d’émulation — une mutuelle de formation ici ?',
    territory: 'Territoire',
    issued: 'Produite le',
    result: 'Résultat au taux de participation retenu',
    notRun: 'Le scénario n’a pas encore été calculé.',
    firms: 'Entreprises participantes',
    firmsIn: 'Entreprises du territoire',
    sessions: 'Sessions mutualisées',
    firmsPerSession: 'Entreprises par session',
    seats: 'Places servies',
    pooled: 'Coût mutualisé',
    alone: 'Coût si chacune achète seule',
    savings: 'Économies',
    perFirm: 'Économie par entreprise',
    needed: 'Membres nécessaires pour être viable',
    neededNone: 'non atteint aux taux calculés',
    viableRule: 'Viable : les économies couvrent les coûts de fonctionnement que le financement public ne couvre pas.',
    assumptions: 'Hypothèses',
    participation: 'Taux de participation',
    needsPerFirm: 'Besoins par entreprise (micro / petite / moyenne / grande)',
    topics: 'Sujets de formation demandés',
    periods: 'Mois de formation',
    virtual: 'Part des besoins servis à distance',
    price: 'Prix d’une session (fixe + par place)',
    seatsRange: 'Places par session (min – max)',
    minFirms: 'Entreprises minimum par session',
    operating: 'Coût annuel de fonctionnement',
    publicShare: 'Part couverte par le financement public',
    seed: 'Graine du tirage',
    counts: 'Entreprises par secteur et taille',
    levels: 'Selon la participation',
    rate: 'Taux',
    viable: 'Viable',
    yes: 'oui',
    no: 'non',
    method:
      'Méthode : Mutualis tire des entreprises et des besoins fictifs à partir des effectifs d’entreprises et des hypothèses, puis les soumet au moteur de mutualisation qu’utilisent les mutuelles (sessions interentreprises au moindre coût, aucun membre ne paie plus que seul).',
  },
  en: {
    title: 'Emulation brief — would a training mutual work here?',
    territory: 'Territory',
    issued: 'Produced on',
    result: 'Result at the chosen participation rate',
    notRun: 'The scenario has not been run yet.',
    firms: 'Participating firms',
    firmsIn: 'Firms in the territory',
    sessions: 'Pooled sessions',
    firmsPerSession: 'Firms per session',
    seats: 'Seats served',
    pooled: 'Pooled cost',
    alone: 'Cost if each firm bought alone',
    savings: 'Savings',
    perFirm: 'Savings per firm',
    needed: 'Members needed to be viable',
    neededNone: 'not reached at the rates run',
    viableRule: 'Viable: the savings cover the operating cost that public funding does not.',
    assumptions: 'Assumptions',
    participation: 'Participation rate',
    needsPerFirm: 'Needs per firm (micro / small / medium / large)',
    topics: 'Training topics asked for',
    periods: 'Months of training',
    virtual: 'Share of needs served online',
    price: 'Price of a session (fixed + per seat)',
    seatsRange: 'Seats per session (min – max)',
    minFirms: 'Fewest firms per session',
    operating: 'Yearly operating cost',
    publicShare: 'Share covered by public funding',
    seed: 'Seed of the draw',
    counts: 'Firms by sector and size',
    levels: 'As participation varies',
    rate: 'Rate',
    viable: 'Viable',
    yes: 'yes',
    no: 'no',
    method:
      'Method: Mutualis draws fictitious firms and needs from the firm counts and the assumptions, then gives them to the pooling engine the mutuals use (inter-firm sessions at least cost, no member paying more than alone).',
  },
} as const;

const SIZE_NAMES = {
  fr: { micro: 'micro', small: 'petite', medium: 'moyenne', large: 'grande' },
  en: { micro: 'micro', small: 'small', medium: 'medium', large: 'large' },
} as const;

/** The scenario's brief as a PDF in one language. */
export async function renderEmulationBriefPdf(
  s: EmulationScenario,
  lang: 'fr' | 'en',
  issuedOn: string,
): Promise<Buffer> {
  const L = LABELS[lang];
  const locale = lang === 'fr' ? 'fr-CA' : 'en-CA';
  const money = (cents: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'CAD', maximumFractionDigits: 0 })
      .format(cents / 100)
      .replace(/\u202f|\u00a0/g, ' ');
  const pct = (x: number) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(x * 100)} %`;
  const num = (x: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(x).replace(/\u202f|\u00a0/g, ' ');
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 50,
    compress: false,
    info: { Title: `${L.title} — ${s.name}`, Author: 'Mutualis' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(15).text(L.title);
  doc.font('Helvetica-Bold').fontSize(12).text(s.name);
  doc.font('Helvetica').fontSize(10).text(`${L.territory} : ${s.territory}`);
  doc.text(`${L.issued} : ${issuedOn}`);
  doc.moveDown();

  const top = doc.y;
  const left = { x: 50, w: 290 };
  const right = { x: 360, w: 202 };
  const pair = (label: string, value: string, col: { x: number; w: number }, y: number) => {
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor('#444')
      .text(label, col.x, y, { width: col.w * 0.62 });
    const h = doc.y;
    doc
      .font('Helvetica-Bold')
      .fillColor('#000')
      .text(value, col.x + col.w * 0.64, y, { width: col.w * 0.36, align: 'right' });
    return Math.max(h, doc.y) + 3;
  };

  // left column: the result
  doc.font('Helvetica-Bold').fontSize(11).text(L.result, left.x, top, { width: left.w });
  let y = doc.y + 4;
  const r = s.result;
  if (!r) {
    doc.font('Helvetica').fontSize(10).text(L.notRun, left.x, y, { width: left.w });
    y = doc.y;
  } else {
    const c = r.chosen;
    y = pair(L.firmsIn, num(r.firmsInTerritory), left, y);
    y = pair(L.firms, `${num(c.firms)} (${pct(c.participationRate)})`, left, y);
    y = pair(L.sessions, num(c.sessions), left, y);
    y = pair(L.firmsPerSession, num(c.firmsPerSession), left, y);
    y = pair(L.seats, `${num(c.seatsServed)} / ${num(c.seats)}`, left, y);
    y = pair(L.pooled, money(c.pooledCostCents), left, y);
    y = pair(L.alone, money(c.standaloneCostCents), left, y);
    y = pair(L.savings, `${money(c.savingsCents)} (${pct(c.savingsShare)})`, left, y);
    y = pair(L.perFirm, money(c.savingsPerFirmCents), left, y);
    y = pair(L.needed, r.membersNeeded === null ? L.neededNone : num(r.membersNeeded), left, y);
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555')
      .text(L.viableRule, left.x, y + 2, { width: left.w });
    doc.fillColor('#000');
    y = doc.y;
  }
  const leftBottom = y;

  // right column: the assumptions, beside the result
  const a = s.assumptions;
  doc.font('Helvetica-Bold').fontSize(11).fillColor('#000').text(L.assumptions, right.x, top, { width: right.w });
  y = doc.y + 4;
  y = pair(L.participation, pct(a.participationRate), right, y);
  y = pair(
    L.needsPerFirm,
    `${num(a.needsPerFirm.micro)} / ${num(a.needsPerFirm.small)} / ${num(a.needsPerFirm.medium)} / ${num(a.needsPerFirm.large)}`,
    right,
    y,
  );
  y = pair(L.topics, num(a.topics), right, y);
  y = pair(L.periods, num(a.periods), right, y);
  y = pair(L.virtual, pct(a.virtualShare), right, y);
  y = pair(L.price, `${money(a.coursePrice.fixedCostCents)} + ${money(a.coursePrice.seatCostCents)}`, right, y);
  y = pair(L.seatsRange, `${a.coursePrice.minSeats} – ${a.coursePrice.maxSeats}`, right, y);
  y = pair(L.minFirms, num(a.minFirmsPerSession), right, y);
  y = pair(L.operating, money(a.operatingCostCents), right, y);
  y = pair(L.publicShare, pct(a.publicFundingShare), right, y);
  y = pair(L.seed, String(a.seed), right, y);
  doc
    .font('Helvetica-Bold')
    .fontSize(9)
    .text(L.counts, right.x, y + 4, { width: right.w });
  y = doc.y + 2;
  for (const fc of s.firmCounts.slice(0, 24)) {
    const sector = scianLabel(fc.scianCode, lang) ?? fc.scianCode;
    y = pair(`${fc.scianCode} ${sector.slice(0, 28)} · ${SIZE_NAMES[lang][fc.sizeClass]}`, num(fc.firms), right, y);
  }
  if (s.firmCounts.length > 24) {
    doc
      .font('Helvetica')
      .fontSize(8)
      .text(`+ ${s.firmCounts.length - 24}`, right.x, y, { width: right.w });
    y = doc.y;
  }

  // the levels run, below both columns
  y = Math.max(leftBottom, y) + 16;
  if (r) {
    doc.font('Helvetica-Bold').fontSize(11).text(L.levels, 50, y);
    y = doc.y + 4;
    const cols = [50, 110, 170, 235, 320, 410, 490];
    const head = [L.rate, L.firms, L.sessions, L.pooled, L.savings, L.perFirm, L.viable];
    const line = (cells: string[], bold: boolean) => {
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
      cells.forEach((cell, i) => {
        doc.text(cell, cols[i], y, { width: (cols[i + 1] ?? 562) - cols[i] - 4, align: i === 0 ? 'left' : 'right' });
      });
      y = doc.y + 3;
    };
    line(head, true);
    doc
      .moveTo(50, y - 1)
      .lineTo(562, y - 1)
      .stroke();
    for (const p of r.points) {
      line(
        [
          pct(p.participationRate),
          num(p.firms),
          num(p.sessions),
          money(p.pooledCostCents),
          `${money(p.savingsCents)} (${pct(p.savingsShare)})`,
          money(p.savingsPerFirmCents),
          p.viable ? L.yes : L.no,
        ],
        false,
      );
    }
  }
  doc.moveDown(1.5);
  doc.font('Helvetica').fontSize(8).fillColor('#555').text(L.method, 50, doc.y, { width: 512 });
  doc.end();
  return finished;
}
