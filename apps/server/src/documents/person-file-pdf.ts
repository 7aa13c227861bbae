import type { PersonFile } from '@mutualis/contracts';
import PDFDocument from 'pdfkit';

const LABELS = {
  fr: {
    title: 'Dossier de renseignements personnels',
    intro: 'Tout ce que la mutuelle détient dans Mutualis sur cette personne (Loi 25, demande d’accès).',
    issued: 'Produit le',
    erased: (at: string) =>
      `Cette personne a été anonymisée le ${at}. Ne restent que les renseignements que le Règlement sur les mutuelles de formation oblige la mutuelle à garder : inscriptions et présences (registre des activités, art. 15) et attestations de participation, qui gardent son nom (art. 14).`,
    identity: 'Identité et emploi',
    firm: 'Entreprise',
    name: 'Nom',
    email: 'Courriel',
    job: 'Poste',
    noc: 'CNP',
    education: 'Scolarité',
    language: 'Langue',
    birthYear: 'Année de naissance',
    hired: 'Embauche',
    ended: 'Fin d’emploi',
    wages: 'Salaires',
    from: 'à compter du',
    perHour: '/ h',
    jobChanges: 'Changements de poste',
    needs: 'Besoins de formation où la personne est nommée',
    enrolments: 'Inscriptions',
    outcome: 'résultat',
    attendance: 'Présences',
    present: 'présent',
    absent: 'absent',
    evaluations: 'Questionnaires d’évaluation',
    level: 'niveau',
    answered: 'répondu le',
    notAnswered: 'sans réponse',
    attestations: 'Attestations de participation',
    consents: 'Consentements (le plus récent d’abord; un retrait est un nouvel enregistrement)',
    consentKinds: {
      evaluation_emails: 'questionnaires à son courriel',
      research_use: 'recherche sur ses données de résultats',
    },
    granted: 'donné',
    colon: ' : ',
    withdrawn: 'retiré ou refusé',
    methods: {
      signed_form: 'formulaire signé',
      email: 'courriel',
      in_app: 'dans l’application',
      verbal: 'verbalement',
    },
    recordedBy: 'inscrit par',
    reads: 'Qui a consulté ces renseignements',
    none: 'Aucun.',
    unknownReader: 'compte supprimé',
  },
  en: {
    title: 'Personal information file',
    intro: 'Everything the mutual holds in Mutualis about this person (Law 25 access request).',
    issued: 'Produced on',
    erased: (at: string) =>
      `This person was anonymised on ${at}. Only what the Regulation respecting training mutuals obliges the mutual to keep remains: enrolments and attendance (activity register, s.15) and attestations of participation, which keep their name (s.14).`,
    identity: 'Identity and employment',
    firm: 'Firm',
    name: 'Name',
    email: 'E-mail',
    job: 'Job',
    noc: 'NOC',
    education: 'Education',
    language: 'Language',
    birthYear: 'Birth year',
    hired: 'Hired',
    ended: 'Employment ended',
    wages: 'Wages',
    from: 'from',
    perHour: '/ h',
    jobChanges: 'Job changes',
    needs: 'Training needs that name the person',
    enrolments: 'Enrolments',
    outcome: 'result',
    attendance: 'Attendance',
    present: 'present',
    absent: 'absent',
    evaluations: 'Evaluation questionnaires',
    level: 'level',
    answered: 'answered on',
    notAnswered: 'not answered',
    attestations: 'Attestations of participation',
    consents: 'Consents (latest first; a withdrawal is a new record)',
    consentKinds: {
      evaluation_emails: 'questionnaires to their e-mail',
      research_use: 'research on their outcome data',
    },
    granted: 'given',
    colon: ': ',
    withdrawn: 'withdrawn or refused',
    methods: { signed_form: 'signed form', email: 'e-mail', in_app: 'in the app', verbal: 'verbally' },
    recordedBy: 'recorded by',
    reads: 'Who read this information',
    none: 'None.',
    unknownReader: 'deleted account',
  },
} as const;

function money(cents: number, lang: 'fr' | 'en') {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency: 'CAD' })
    .format(cents / 100)
    .replace(/\u202f|\u00a0/g, ' ');
}

/** A person's file as a readable PDF in one language (the reader's), one section per kind of data. */
export async function renderPersonFilePdf(file: PersonFile, lang: 'fr' | 'en', issuedOn: string): Promise<Buffer> {
  const L = LABELS[lang];
  // uncompressed so that the text can be checked
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 50,
    compress: false,
    info: { Title: L.title, Author: 'Mutualis' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const e = file.employee;

  doc.font('Helvetica-Bold').fontSize(16).text(L.title);
  doc.font('Helvetica').fontSize(10).fillColor('#555').text(L.intro);
  doc.text(`${L.issued} ${issuedOn}`);
  doc.fillColor('#000').moveDown();
  if (file.erasedAt) {
    doc
      .font('Helvetica-Bold')
      .fontSize(9)
      .fillColor('#8a1c1c')
      .text(L.erased(file.erasedAt.slice(0, 10)), { width: 512 });
    doc.fillColor('#000').moveDown();
  }

  const section = (title: string, lines: string[]) => {
    doc.font('Helvetica-Bold').fontSize(12).text(title, 50, doc.y, { width: 512 });
    doc.font('Helvetica').fontSize(9);
    if (lines.length === 0) doc.text(L.none, { width: 512 });
    for (const line of lines) doc.text(line, { width: 512 });
    doc.moveDown(0.7);
  };

  section(L.identity, [
    `${L.name} : ${e.firstName} ${e.lastName}`,
    `${L.firm} : ${e.memberName}`,
    `${L.email} : ${e.email ?? '—'}`,
    `${L.job} : ${e.jobTitle} (${L.noc} ${e.nocCode}, TEER ${e.teer})`,
    `${L.education} : ${e.educationLevel}`,
    `${L.language} : ${e.language}`,
    `${L.birthYear} : ${e.birthYear ?? '—'}`,
    `${L.hired} : ${e.hireDate}`,
    ...(e.endDate ? [`${L.ended} : ${e.endDate} (${e.endReason ?? '—'})`] : []),
  ]);
  section(
    L.wages,
    file.wages.map((w) => `${L.from} ${w.effectiveOn} : ${money(w.hourlyWageCents, lang)} ${L.perHour}`),
  );
  section(
    L.jobChanges,
    file.jobChanges.map((j) => `${L.from} ${j.effectiveOn} : ${j.jobTitle} (${L.noc} ${j.nocCode}, TEER ${j.teer})`),
  );
  section(
    L.needs,
    file.needs.map(
      (n) =>
        `${n.createdAt.slice(0, 10)} — ${n.topicCode} ${lang === 'fr' ? n.topicNameFr : n.topicNameEn} (${n.status})`,
    ),
  );
  section(
    L.enrolments,
    file.enrolments.map(
      (en) =>
        `${en.createdAt.slice(0, 10)} — ${en.sessionTitle ?? en.sessionId} (${en.status}${en.outcome ? `, ${L.outcome} ${en.outcome}` : ''})`,
    ),
  );
  section(
    L.attendance,
    file.attendance.map((a) => `${a.day} — ${a.present ? L.present : L.absent}, ${a.hours} h`),
  );
  section(
    L.evaluations,
    file.evaluations.map(
      (q) => `${L.level} ${q.level} — ${q.answeredAt ? `${L.answered} ${q.answeredAt.slice(0, 10)}` : L.notAnswered}`,
    ),
  );
  section(
    L.attestations,
    file.attestations.map(
      (a) =>
        `${a.number} — ${a.participantName} — ${lang === 'fr' ? a.courseTitleFr : a.courseTitleEn} (${a.dateFrom} – ${a.dateTo}, ${a.hours} h)`,
    ),
  );
  section(
    L.consents,
    file.consents.map(
      (c) =>
        `${c.recordedAt.slice(0, 10)} — ${L.consentKinds[c.kind]}${L.colon}${c.granted ? L.granted : L.withdrawn} (${L.methods[c.method]}${c.recordedByName ? `, ${L.recordedBy} ${c.recordedByName}` : ''})${c.note ? ` — ${c.note}` : ''}`,
    ),
  );
  section(
    L.reads,
    file.reads.map(
      (r) => `${r.at.slice(0, 16).replace('T', ' ')} UTC — ${r.actorName ?? L.unknownReader} — ${r.purpose}`,
    ),
  );
  doc.end();
  return finished;
}
