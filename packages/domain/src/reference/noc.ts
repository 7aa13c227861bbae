// NOC 2021 (CNP 2021): the 10 broad occupational categories (1st digit of a 5-digit code)
// and the 6 TEER levels (2nd digit: Training, Education, Experience and Responsibilities).

export interface NocBroadCategory {
  code: string;
  fr: string;
  en: string;
}

export interface TeerLevel {
  teer: number;
  fr: string;
  en: string;
  descriptionFr: string;
  descriptionEn: string;
}

export const NOC_BROAD_CATEGORIES: readonly NocBroadCategory[] = [
  {
    code: '0',
    fr: 'Membres des corps législatifs et cadres supérieurs',
    en: 'Legislative and senior management occupations',
  },
  { code: '1', fr: 'Affaires, finance et administration', en: 'Business, finance and administration occupations' },
  {
    code: '2',
    fr: 'Sciences naturelles et appliquées et domaines apparentés',
    en: 'Natural and applied sciences and related occupations',
  },
  { code: '3', fr: 'Secteur de la santé', en: 'Health occupations' },
  {
    code: '4',
    fr: 'Enseignement, droit et services sociaux, communautaires et gouvernementaux',
    en: 'Occupations in education, law and social, community and government services',
  },
  { code: '5', fr: 'Arts, culture, sports et loisirs', en: 'Occupations in art, culture, recreation and sport' },
  { code: '6', fr: 'Vente et services', en: 'Sales and service occupations' },
  {
    code: '7',
    fr: 'Métiers, transport, machinerie et domaines apparentés',
    en: 'Trades, transport and equipment operators and related occupations',
  },
  {
    code: '8',
    fr: 'Ressources naturelles, agriculture et production connexe',
    en: 'Natural resources, agriculture and related production occupations',
  },
  { code: '9', fr: "Fabrication et services d'utilité publique", en: 'Occupations in manufacturing and utilities' },
];

export const TEER_LEVELS: readonly TeerLevel[] = [
  {
    teer: 0,
    fr: 'FEER 0 – Gestion',
    en: 'TEER 0 – Management',
    descriptionFr: 'Postes de gestion.',
    descriptionEn: 'Management occupations.',
  },
  {
    teer: 1,
    fr: 'FEER 1 – Diplôme universitaire',
    en: 'TEER 1 – University degree',
    descriptionFr:
      "Diplôme universitaire (baccalauréat, maîtrise ou doctorat); ou expérience d'une profession de FEER 2 dans certains cas.",
    descriptionEn:
      "Completion of a university degree (bachelor's, master's or doctorate); or previous experience in a TEER 2 occupation, when applicable.",
  },
  {
    teer: 2,
    fr: 'FEER 2 – Collégial de 2 ans ou plus, apprentissage de 2 ans ou plus, supervision',
    en: 'TEER 2 – College program of 2+ years, apprenticeship of 2+ years, supervision',
    descriptionFr:
      "Programme d'études postsecondaires de deux à trois ans (collège, institut technique, cégep); ou programme d'apprentissage de deux à cinq ans; ou postes de supervision ou à responsabilités importantes en santé et sécurité.",
    descriptionEn:
      'Completion of a post-secondary education program of two to three years at a community college, institute of technology or CÉGEP; or an apprenticeship training program of two to five years; or supervisory or significant safety occupations.',
  },
  {
    teer: 3,
    fr: "FEER 3 – Collégial de moins de 2 ans, apprentissage de moins de 2 ans, plus de 6 mois de formation en cours d'emploi",
    en: 'TEER 3 – College program under 2 years, apprenticeship under 2 years, over 6 months of on-the-job training',
    descriptionFr:
      "Programme d'études postsecondaires de moins de deux ans; ou programme d'apprentissage de moins de deux ans; ou plus de six mois de formation en cours d'emploi, de cours de formation ou d'expérience de travail précise, avec un diplôme d'études secondaires.",
    descriptionEn:
      'Completion of a post-secondary education program of less than two years; or an apprenticeship training of less than two years; or more than six months of on-the-job training, training courses or specific work experience with some secondary school education.',
  },
  {
    teer: 4,
    fr: "FEER 4 – Études secondaires, quelques semaines de formation en cours d'emploi",
    en: 'TEER 4 – Secondary school, several weeks of on-the-job training',
    descriptionFr: "Diplôme d'études secondaires; ou plusieurs semaines de formation en cours d'emploi.",
    descriptionEn:
      'Completion of secondary school; or several weeks of on-the-job training with some secondary school education.',
  },
  {
    teer: 5,
    fr: 'FEER 5 – Courte démonstration de travail, aucune exigence scolaire',
    en: 'TEER 5 – Short work demonstration, no formal education',
    descriptionFr: 'Courte démonstration de travail et aucune exigence scolaire officielle.',
    descriptionEn: 'Short work demonstration and no formal educational requirements.',
  },
];

/** True for a NOC 2021 unit group code: exactly 5 digits whose 2nd digit is a TEER level (0–5). */
export function isValidNoc(code: string): boolean {
  return /^[0-9][0-5][0-9]{3}$/.test(code);
}

/** The TEER level of a 5-digit NOC 2021 code (its 2nd digit); undefined when the code is not valid. */
export function teerOfNoc(code: string): number | undefined {
  return isValidNoc(code) ? Number(code[1]) : undefined;
}

/** The broad occupational category (1st digit) of a NOC code; undefined when the code is not valid. */
export function nocBroadCategoryOf(code: string): NocBroadCategory | undefined {
  return isValidNoc(code) ? NOC_BROAD_CATEGORIES.find((c) => c.code === code[0]) : undefined;
}
